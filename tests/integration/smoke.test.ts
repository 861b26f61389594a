import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createEvent, createPoll } from '../support/http.js';
import { TestSocket } from '../support/ws-client.js';
import { optionsOf } from '../support/results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.dispose());

test('an attendee votes over the socket and the presenter sees the tally', async () => {
  const { code, hostKey } = await createEvent(server.url);
  const poll = await createPoll(server.url, code, hostKey);
  const presenter = await TestSocket.join(server.url, { event: code, role: 'presenter' });
  const attendee = await TestSocket.join(server.url, { event: code, role: 'attendee' });
  expect(attendee.welcome.participant?.token).toBeTruthy();
  const answer = await attendee.socket.vote(poll.id, [poll.options[0]!.id], 'r1');
  expect(answer).toEqual({ type: 'ack', ref: 'r1', pollId: poll.id });
  const tally = await presenter.socket.next('tally', (t) => t.total === 1);
  expect(optionsOf(tally)[0]).toEqual({
    id: poll.options[0]!.id,
    label: poll.options[0]!.label,
    count: 1,
    percent: 100,
  });
  presenter.socket.close();
  attendee.socket.close();
});
