/**
 * Joins the event as an attendee over the live socket and keeps the vote
 * state in step with it. The participant token is stored per event so a
 * reload is the same person; answers are sent through the socket, which keeps
 * re-sending them (same ref) across reconnects until the server answers.
 */
import type { Answer } from '../../../shared/protocol.js';
import { useCallback, useReducer, useRef, useState } from 'hono/jsx/dom';
import { LiveSocket, type ConnectionStatus, type VoteFailure } from '../lib/live-socket.js';
import { loadToken, saveToken } from '../lib/identity.js';
import { initialVoteState, reduceVote, type VoteState } from './vote-state.js';
import { useDedupedEffect } from '../lib/deduped-effect.js';
import { t } from '../i18n/i18n.js';
import { setServerClock } from '../lib/server-clock.js';

export interface VoteSession {
  state: VoteState;
  connection: ConnectionStatus;
  vote(pollId: number, answer: Answer): void;
  /** Q&A: a question, and an upvote; each settles on the server's answer (the kind shows how). */
  ask(pollId: number, text: string): Promise<number | null>;
  upvote(pollId: number, questionId: number, on: boolean): Promise<void>;
  /** Quiz: the attendee's display name; resolves on the server's ack, rejects with its refusal. */
  setName(name: string): Promise<void>;
}

/** The refusal of what is asked before the socket is there, in words at the moment it is made. */
const notJoined = (): VoteFailure => ({ code: 'not_joined', message: t('vote.notConnected') });

export function useVoteSession(code: string | null): VoteSession {
  const [state, dispatch] = useReducer(reduceVote, initialVoteState(code !== null));
  const [connection, setConnection] = useState<ConnectionStatus>('connecting');
  const socket = useRef<LiveSocket | null>(null);

  useDedupedEffect(() => {
    if (code === null) return;
    const live = new LiveSocket({
      join: () => ({ type: 'join', event: code, role: 'attendee', token: loadToken(code) }),
      onMessage: (message) => {
        if (
          message.type === 'welcome' &&
          message.participant &&
          message.participant.token !== loadToken(code)
        ) {
          saveToken(code, message.participant.token);
        }
        dispatch({ type: 'server', message });
      },
      onStatus: setConnection,
      onFatal: (fatalCode) => dispatch({ type: 'fatal', code: fatalCode }),
      onClock: setServerClock,
    });
    socket.current = live;
    live.start();
    return () => live.stop();
  }, [code]);

  const vote = useCallback((pollId: number, answer: Answer) => {
    const live = socket.current;
    if (!live) return;
    dispatch({ type: 'sending', pollId, answer });
    live.vote(pollId, answer).then(
      () => dispatch({ type: 'counted', pollId, answer }),
      (failure: VoteFailure) => {
        // A newer vote on the same poll took this one's place; its own answer will come.
        if (failure.code === 'superseded') return;
        dispatch({ type: 'refused', pollId, failure });
      },
    );
  }, []);

  const ask = useCallback(
    (pollId: number, text: string) =>
      socket.current ? socket.current.ask(pollId, text) : Promise.reject(notJoined()),
    [],
  );
  const upvote = useCallback(
    (pollId: number, questionId: number, on: boolean) =>
      socket.current ? socket.current.upvote(pollId, questionId, on) : Promise.reject(notJoined()),
    [],
  );

  const setName = useCallback((name: string) => {
    const live = socket.current;
    if (!live) return Promise.reject(notJoined());
    return live.name(name).then(() => dispatch({ type: 'named', name }));
  }, []);

  return { state, connection, vote, ask, upvote, setName };
}
