/**
 * The host's live line to the event: one LiveSocket joined as `host` (so it
 * always gets tallies), every push folded into the event state. Without a key
 * there is nothing to join, so the page only asks whether the event exists,
 * to say which of the two problems the link has.
 */
import { useReducer, useState } from 'hono/jsx/dom';
import { useDedupedEffect } from '../lib/deduped-effect.js';
import { ApiError, api } from '../lib/api.js';
import { LiveSocket, type ConnectionStatus } from '../lib/live-socket.js';
import { setServerClock } from '../lib/server-clock.js';
import { forgetHostKey, rememberHostKey } from './host-key.js';
import {
  eventReducer,
  initialEventState,
  type EventAction,
  type EventState,
} from '../lib/event-state.js';

export type Problem =
  'missing_key' | 'wrong_key' | 'event_not_found' | 'event_deleted' | 'unreachable';

export interface HostSession {
  state: EventState;
  dispatch: (action: EventAction) => void;
  status: ConnectionStatus;
  problem: Problem | null;
}

export function useHostSession(code: string, key: string | null): HostSession {
  const [state, dispatch] = useReducer(eventReducer, initialEventState());
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [problem, setProblem] = useState<Problem | null>(null);

  // Deduped: a second socket for the same host would double every push.
  useDedupedEffect(() => {
    if (key === null) {
      api.getEvent(code).then(
        () => setProblem('missing_key'),
        (error: unknown) =>
          setProblem(
            error instanceof ApiError && error.code === 'event_not_found'
              ? 'event_not_found'
              : 'missing_key',
          ),
      );
      return;
    }
    const socket = new LiveSocket({
      join: () => ({ type: 'join', event: code, role: 'host', hostKey: key }),
      onMessage: (message) => {
        if (message.type === 'welcome') rememberHostKey(code, key);
        dispatch(message);
      },
      onStatus: setStatus,
      onClock: setServerClock,
      onFatal: (fatal) => {
        if (fatal === 'forbidden' || fatal === 'unauthorized') forgetHostKey(code, key);
        setProblem(
          fatal === 'forbidden' || fatal === 'unauthorized'
            ? 'wrong_key'
            : fatal === 'event_not_found'
              ? 'event_not_found'
              : fatal === 'event_deleted'
                ? 'event_deleted'
                : 'unreachable',
        );
      },
    });
    socket.start();
    return () => socket.stop();
  }, [code, key]);

  return { state, dispatch, status, problem };
}
