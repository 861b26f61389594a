/**
 * One WebSocket's conversation: parse each message with the shared schema,
 * join a room, cast votes, answer pings. Bad input gets a typed `error` and
 * costs nothing else; only abuse (too big, too fast, never joining) closes
 * the socket.
 */
import { CLOSE, ERRORS, type ErrorCode } from '../../shared/codes.js';
import {
  ClientMessage,
  LIMITS,
  type AskMessage,
  type NameMessage,
  type UpvoteMessage,
  describeIssues,
  type JoinMessage,
  type Role,
  type ServerMessage,
  type VoteMessage,
  validVote,
} from '../../shared/protocol.js';
import type { Decision } from '../domain/errors.js';
import { canVote } from '../domain/permissions.js';
import type { LiveEvent, Voxpop } from '../service/index.js';
import { KeyedRateLimiter, TokenBucket } from '../rate-limit.js';
import { admit, type Peer } from './admission.js';
import type { Hub } from './hub.js';
import type { Room, Member } from './room.js';
import type { PeerSocket } from './socket.js';

const UNLIMITED_PEER: Peer = { key: 'unknown', limiter: new KeyedRateLimiter(null) };

export interface ConnectionOptions {
  joinTimeoutMs: number;
  /** Sustained messages per second a socket may send... */
  messagesPerSecond: number;
  /** ...with bursts up to this many. */
  messageBurst: number;
  /** Messages over the limit tolerated (each answered rate_limited) before the socket is closed. */
  rateLimitStrikes: number;
}

export const DEFAULT_CONNECTION_OPTIONS: ConnectionOptions = {
  joinTimeoutMs: 10_000,
  messagesPerSecond: 20,
  messageBurst: 40,
  rateLimitStrikes: 10,
};

/** Messages that arrive while a join is being answered wait, up to this many. */
const MAX_EARLY_MESSAGES = 16;

type State =
  | { kind: 'new' }
  | { kind: 'joining'; early: string[] }
  | { kind: 'joined'; event: LiveEvent; room: Room; member: Member }
  | { kind: 'closed' };

export class Connection {
  private state: State = { kind: 'new' };
  private readonly joinTimer: NodeJS.Timeout;
  private readonly bucket: TokenBucket;
  private strikes = 0;

  constructor(
    private readonly socket: PeerSocket,
    private readonly voxpop: Voxpop,
    private readonly hub: Hub,
    private readonly options: ConnectionOptions = DEFAULT_CONNECTION_OPTIONS,
    private readonly peer: Peer = UNLIMITED_PEER,
  ) {
    this.bucket = new TokenBucket(options.messagesPerSecond, options.messageBurst);
    this.joinTimer = setTimeout(() => {
      if (this.state.kind === 'new' || this.state.kind === 'joining') {
        this.closeWith(CLOSE.joinTimeout, 'join timeout');
      }
    }, options.joinTimeoutMs);
    this.joinTimer.unref();
  }

  get role(): Role | null {
    return this.state.kind === 'joined' ? this.state.member.role : null;
  }

  receiveText(data: string): void {
    if (!this.admit()) return;
    if (this.state.kind === 'joining') {
      if (this.state.early.length >= MAX_EARLY_MESSAGES)
        this.fail('not_joined', 'wait for welcome');
      else this.state.early.push(data);
      return;
    }
    this.handle(data);
  }

  /** A ping or pong frame: no content, but a frame the server must handle, so it counts. */
  receiveControl(): void {
    this.admit();
  }

  receiveBinary(): void {
    if (this.admit()) this.fail('invalid_message', 'send JSON text frames, not binary');
  }

  /** Rate limit: over it, each message is answered rate_limited; persisting closes the socket. */
  private admit(): boolean {
    if (this.state.kind === 'closed') return false;
    if (this.bucket.take()) return true;
    this.strikes++;
    if (this.strikes > this.options.rateLimitStrikes) {
      this.closeWith(CLOSE.policyViolation, 'rate limited');
    } else {
      this.fail('rate_limited', `more than ${this.options.messagesPerSecond} messages per second`);
    }
    return false;
  }

  private handle(data: string): void {
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      this.fail('invalid_message', 'the message is not valid JSON');
      return;
    }
    // The hot path first: a valid vote skips the schema's allocations.
    const vote = validVote(json);
    if (vote) {
      this.vote(vote);
      return;
    }
    const parsed = ClientMessage.safeParse(json);
    if (!parsed.success) {
      this.fail('invalid_message', describeIssues(parsed.error), refOf(json));
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'join':
        void this.join(message);
        return;
      case 'vote':
        this.vote(message);
        return;
      case 'ask':
        this.ask(message);
        return;
      case 'upvote':
        this.upvote(message);
        return;
      case 'name':
        this.rename(message);
        return;
      case 'ping':
        this.send({ type: 'pong', serverTime: this.voxpop.views.serverTime() });
        return;
    }
  }

  private async join(message: JoinMessage): Promise<void> {
    if (this.state.kind !== 'new') {
      this.fail('already_joined');
      return;
    }
    const early: string[] = [];
    this.state = { kind: 'joining', early };
    const admitted = await admit(this.voxpop, message, this.peer);
    if (this.state.kind !== 'joining') return; // closed while we waited
    if (!admitted.ok) {
      if (admitted.goingAway) return this.closeWith(CLOSE.goingAway, 'server shutting down');
      this.fail(admitted.code, admitted.message, undefined, admitted.retryAfter);
      return this.closeWith(CLOSE.policyViolation, admitted.code);
    }
    const { event, role, participant } = admitted;
    // A participant made by this join has answered nothing: no read for a crowd joining at once.
    const answers = !participant
      ? null
      : participant.isNew
        ? this.voxpop.answers.none(participant.id)
        : await this.voxpop.answers.of(participant.id).catch(() => null);
    const questions =
      participant && !participant.isNew
        ? await this.voxpop.questions.of(event, participant.id).catch(() => null)
        : {};
    if (this.state.kind !== 'joining') return;
    if (event.deleted) return this.refuse('event_not_found', 'the event was deleted');
    if (participant && (!answers || !questions))
      return this.closeWith(CLOSE.goingAway, 'try again');

    clearTimeout(this.joinTimer);
    const member: Member = { socket: this.socket, role, participantId: participant?.id ?? null };
    // Membership and welcome in one synchronous step: every push published
    // after this point reaches the socket after its welcome.
    const room = this.hub.join(event.record.code, member);
    const welcome = this.voxpop.views.welcome(
      event,
      role,
      participant && answers ? { ...participant, answers, questions: questions ?? {} } : null,
      this.hub.attendeesIn(room),
    );
    this.hub.fanoutOf(role).sendOne(this.socket, JSON.stringify(welcome));
    this.state = { kind: 'joined', event, room, member };
    for (const data of early) this.handle(data);
  }

  private vote(message: VoteMessage): void {
    const { ref } = message;
    const voter = this.voter(ref);
    if (!voter) return;
    const { pollId } = message;
    // The kind reads its answer's fields from the message itself.
    this.voxpop.answers.answer(
      voter.event,
      voter.participantId,
      pollId,
      message,
      ref,
      (outcome) => {
        if (!outcome.ok) this.fail(outcome.code, outcome.message, ref);
        else if (this.socket.isOpen) this.socket.send(encodeAck(pollId, ref));
      },
    );
  }

  /** Q&A: a question, acked with its id once it is durable. */
  private ask(message: AskMessage): void {
    const voter = this.voter(message.ref);
    if (!voter) return;
    const { ref, pollId } = message;
    this.voxpop.questions.ask(voter.event, voter.participantId, pollId, message, ref, (outcome) =>
      this.answered(outcome, pollId, ref),
    );
  }

  /** Q&A: an upvote given or taken back, acked with the question's id once it is durable. */
  private upvote(message: UpvoteMessage): void {
    const voter = this.voter(message.ref);
    if (!voter) return;
    const { ref, pollId, questionId, on } = message;
    this.voxpop.questions.upvote(
      voter.event,
      voter.participantId,
      pollId,
      questionId,
      on,
      (outcome) => this.answered(outcome, pollId, ref),
    );
  }

  /** Quiz: a display name set, acked (without a poll) once it is durable. */
  private rename(message: NameMessage): void {
    const voter = this.voter(message.ref);
    if (!voter) return;
    const { ref } = message;
    this.voxpop.scoreboard.setName(voter.participantId, message.name, (outcome) => {
      if (!outcome.ok) return this.fail(outcome.code, outcome.message, ref);
      this.send({ type: 'ack', ...(ref === undefined ? {} : { ref }) });
    });
  }

  /** The joined attendee who may answer, or null once told why not. */
  private voter(ref: string | undefined): { event: LiveEvent; participantId: number } | null {
    if (this.state.kind !== 'joined') {
      this.fail('not_joined', undefined, ref);
      return null;
    }
    const { event, member } = this.state;
    if (!canVote(member.role) || member.participantId === null) {
      this.fail('participant_required', `a ${member.role} cannot vote`, ref);
      return null;
    }
    return { event, participantId: member.participantId };
  }

  private answered(
    outcome: Decision<{ questionId: number }>,
    pollId: number,
    ref: string | undefined,
  ): void {
    if (!outcome.ok) return this.fail(outcome.code, outcome.message, ref);
    const { questionId } = outcome.value;
    this.send({ type: 'ack', ...(ref === undefined ? {} : { ref }), pollId, questionId });
  }

  /** Socket closed by the peer or by us: leave the room. */
  closed(): void {
    if (this.state.kind === 'joined') this.hub.leave(this.state.room, this.state.member);
    this.state = { kind: 'closed' };
    clearTimeout(this.joinTimer);
  }

  private send(message: ServerMessage): void {
    if (this.socket.isOpen) this.socket.send(JSON.stringify(message));
  }

  private fail(
    code: ErrorCode,
    message: string = ERRORS[code].message,
    ref?: string,
    retryAfter?: number,
  ): void {
    this.send({
      type: 'error',
      ...(ref === undefined ? {} : { ref }),
      code,
      message,
      ...(retryAfter === undefined ? {} : { retryAfter }),
    });
  }

  /** A join that cannot succeed: say why, then close (the client must not retry blindly). */
  private refuse(code: ErrorCode, message: string): void {
    this.fail(code, message);
    this.closeWith(CLOSE.policyViolation, code);
  }

  private closeWith(code: number, reason: string): void {
    if (this.state.kind === 'joined') this.hub.leave(this.state.room, this.state.member);
    this.state = { kind: 'closed' };
    clearTimeout(this.joinTimer);
    this.socket.close(code, reason);
  }
}

/** The `ref` of a message that failed its schema, when it had a usable one. */
function refOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const ref = (json as { ref?: unknown }).ref;
  // Echo any ref of a usable length, even one the schema refused (a lone
  // surrogate): the client matches the error to its vote by it.
  return typeof ref === 'string' && ref.length > 0 && ref.length <= LIMITS.refLength
    ? ref
    : undefined;
}

/**
 * `encode({ type: 'ack', ref, pollId })`, written out: the message sent once
 * per vote, built without the object and the stringifier's scratch space.
 */
export function encodeAck(pollId: number, ref: string | undefined): string {
  return ref === undefined
    ? `{"type":"ack","pollId":${pollId}}`
    : `{"type":"ack","ref":${JSON.stringify(ref)},"pollId":${pollId}}`;
}
