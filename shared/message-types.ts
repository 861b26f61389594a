/**
 * The `type` of every message the server sends on a socket, without zod, so
 * pages can tell a message they understand from one they do not without
 * bundling the schemas. protocol.ts builds the schema union from this list
 * and its types check that neither has a type the other lacks.
 */
export const SERVER_MESSAGE_TYPES = [
  'welcome',
  'poll',
  'event',
  'poll_deleted',
  'poll_reset',
  'active',
  'tally',
  'presence',
  'ack',
  'error',
  'pong',
  'event_deleted',
  'score',
  'leaderboard',
] as const;

export type ServerMessageType = (typeof SERVER_MESSAGE_TYPES)[number];
