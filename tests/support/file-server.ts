/**
 * One test server for a whole test file: started before its tests and
 * handed to `use`, disposed after them, once every socket the tests joined
 * (through `join`, or pushed to `sockets`) is closed and `cleanup` has run.
 */
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './server.js';
import { TestSocket } from './ws-client.js';

export function serverForFile(
  use: (server: TestServer) => void,
  env?: Record<string, string>,
  cleanup: () => void = () => {},
) {
  const sockets: TestSocket[] = [];
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(env);
    use(server);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    cleanup();
    await server?.dispose();
  });
  /** TestSocket.join, with the socket closed after the file's tests. */
  const join = async (...args: Parameters<typeof TestSocket.join>) => {
    const joined = await TestSocket.join(...args);
    sockets.push(joined.socket);
    return joined;
  };
  return { sockets, join };
}
