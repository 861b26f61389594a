/**
 * Who may join an event's room, and as whom: the event must exist, a host
 * must hold its key, and an attendee is the participant their token names,
 * or a new one, limited per client address (minting one is a durable write).
 */
import { StoreUnavailableError } from '../store/port.js';
import { ERRORS, type ErrorCode } from '../../shared/codes.js';
import type { JoinMessage, Role } from '../../shared/protocol.js';
import type { KeyedRateLimiter } from '../rate-limit.js';
import type { LiveEvent, Voxpop } from '../service/index.js';
import { decideName } from '../domain/names.js';

/** Where a socket comes from, for the per-address limit on minting participants. */
export interface Peer {
  /** The rate-limit key of the client's address (see client-address.ts). */
  key: string;
  limiter: KeyedRateLimiter;
}

export type Admission =
  | {
      ok: true;
      event: LiveEvent;
      role: Role;
      /** `isNew`: made by this join, so nothing answered yet. */
      /** `name`: the display name given with the join (set and durable), else the one on record, or null. */
      participant: { id: number; token: string; isNew: boolean; name: string | null } | null;
    }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      retryAfter?: number;
      /** The server is going away: close with 1001, say nothing. */
      goingAway?: boolean;
    };

const refuse = (code: ErrorCode, message: string, retryAfter?: number): Admission => ({
  ok: false,
  code,
  message,
  ...(retryAfter === undefined ? {} : { retryAfter }),
});

export async function admit(voxpop: Voxpop, message: JoinMessage, peer: Peer): Promise<Admission> {
  try {
    return await decide(voxpop, message, peer);
  } catch (error) {
    // PostgreSQL out of reach (finding the event or the participant): come back shortly.
    if (error instanceof StoreUnavailableError) {
      return refuse('store_unavailable', 'the database cannot be reached; try again shortly', 2);
    }
    throw error;
  }
}

async function decide(voxpop: Voxpop, message: JoinMessage, peer: Peer): Promise<Admission> {
  const event = await voxpop.events.resolve(message.event);
  if (!event) return refuse('event_not_found', `no event has the code ${message.event}`);
  const { role } = message;
  if (role === 'host') {
    if (!message.hostKey) return refuse('unauthorized', 'the host role needs hostKey');
    if (!voxpop.events.isHost(event, message.hostKey)) return refuse('forbidden', 'wrong host key');
  }
  if (role !== 'attendee') return { ok: true, event, role, participant: null };

  const known = message.token ? await voxpop.participants.findNamed(event, message.token) : null;
  if (known !== null) {
    const named = await nameWith(voxpop, known.id, message.name);
    if (!named.ok) return named;
    // The name given with this join, else the one on record.
    const name = named.name ?? known.name;
    return {
      ok: true,
      event,
      role,
      participant: { id: known.id, token: message.token!, isNew: false, name },
    };
  }
  // A name refused before a participant is made for it.
  if (message.name !== undefined) {
    const decided = decideName(message.name);
    if (!decided.ok) return refuse(decided.code, decided.message ?? ERRORS[decided.code].message);
  }

  // A new participant is a durable write: limited per client address, as over HTTP.
  const admission = peer.limiter.take(peer.key);
  if (!admission.ok) {
    const wait = admission.retryAfterSeconds;
    return refuse(
      'rate_limited',
      `too many new participants from this address; retry in ${wait} s`,
      wait,
    );
  }
  try {
    const added = await voxpop.participants.add(event);
    const named = await nameWith(voxpop, added.id, message.name);
    if (!named.ok) return named;
    return { ok: true, event, role, participant: { ...added, isNew: true, name: named.name } };
  } catch (error) {
    if (event.deleted) return refuse('event_not_found', 'the event was deleted');
    if (error instanceof StoreUnavailableError) throw error;
    return { ok: false, code: 'shutting_down', message: 'server shutting down', goingAway: true };
  }
}

/** The join's name set for the participant (durable), or why not; no name given: null. */
async function nameWith(
  voxpop: Voxpop,
  participantId: number,
  name: string | undefined,
): Promise<{ ok: true; name: string | null } | Extract<Admission, { ok: false }>> {
  if (name === undefined) return { ok: true, name: null };
  const outcome = await voxpop.scoreboard.setNameNow(participantId, name);
  if (outcome.ok) return { ok: true, name: outcome.value };
  if (outcome.code === 'shutting_down') {
    return { ok: false, code: 'shutting_down', message: 'server shutting down', goingAway: true };
  }
  return refuse(outcome.code, outcome.message ?? ERRORS[outcome.code].message) as Extract<
    Admission,
    { ok: false }
  >;
}
