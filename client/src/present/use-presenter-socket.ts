/** The presenter's live connection as a hook: state from every push, plus the connection status. */
import { useEffect, useState } from 'hono/jsx';
import { LiveSocket, type ConnectionStatus } from '../lib/live-socket.js';
import { applyFatal, applyMessage, initialState, type PresentState } from './state.js';

export function usePresenterSocket(code: string | null): {
  state: PresentState;
  status: ConnectionStatus;
} {
  const [state, setState] = useState<PresentState>(initialState);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');

  useEffect(() => {
    if (code === null) return;
    const socket = new LiveSocket({
      join: () => ({ type: 'join', event: code, role: 'presenter' }),
      onMessage: (message) => setState((current) => applyMessage(current, message)),
      onStatus: setStatus,
      onFatal: (fatalCode) => setState((current) => applyFatal(current, fatalCode)),
    });
    socket.start();
    return () => socket.stop();
  }, [code]);

  return { state, status };
}
