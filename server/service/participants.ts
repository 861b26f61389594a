/** Use cases of a participant: become one (durable before the token is handed out), be found by token. */
import { hashSecret, newSecret } from '../domain/credentials.js';
import { DomainError } from '../domain/errors.js';
import { StoreClosedError, type Store } from '../store/port.js';
import type { LiveEvent } from './catalog.js';
import type { Clock } from './clock.js';

export class ParticipantService {
  constructor(
    private readonly store: Store,
    private readonly now: Clock,
  ) {}

  /** A new participant, durable before its token is handed out. */
  async add(event: LiveEvent): Promise<{ id: number; token: string }> {
    const gone = () => new DomainError('event_not_found', 'the event was deleted');
    if (event.deleted) throw gone();
    const token = newSecret();
    const id = await new Promise<number>((resolve, reject) =>
      this.store.participants.add(event.record.id, hashSecret(token), this.now(), (error, id) => {
        if (error === null) resolve(id!);
        else reject(error instanceof StoreClosedError ? new DomainError('shutting_down') : error);
      }),
    );
    // A delete of the event makes queued writes durable first: a participant
    // queued before it is committed, then deleted with the event. Its token is no use.
    if (event.deleted) throw gone();
    return { id, token };
  }

  find(event: LiveEvent, token: string): Promise<number | null> {
    return this.store.participants.findByTokenHash(event.record.id, hashSecret(token));
  }

  /** `find`, with the participant's display name (a join's welcome shows it). */
  findNamed(event: LiveEvent, token: string): Promise<{ id: number; name: string | null } | null> {
    return this.store.participants.findNamed(event.record.id, hashSecret(token));
  }
}
