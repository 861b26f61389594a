/** The presenter's live connection as a hook: the event state from every push, plus the connection status. */
import { useEffect, useReducer, useState } from 'hono/jsx/dom';
import { eventReducer, initialEventState, type EventState } from '../lib/event-state.js';
import { LiveSocket, type ConnectionStatus } from '../lib/live-socket.js';
import { setServerClock } from '../lib/server-clock.js';

export function usePresenterSocket(code: string | null): {
  state: EventState;
  status: ConnectionStatus;
} {
  const [state, dispatch] = useReducer(eventReducer, initialEventState());
  const [status, setStatus] = useState<ConnectionStatus>('connecting');

  useEffect(() => {
    if (code === null) return;
    const socket = new LiveSocket({
      join: () => ({ type: 'join', event: code, role: 'presenter' }),
      onMessage: dispatch,
      onStatus: setStatus,
      onFatal: (fatalCode) => dispatch({ type: 'fatal', code: fatalCode }),
      onClock: setServerClock,
    });
    socket.start();
    return () => socket.stop();
  }, [code]);

  return { state, status };
}
