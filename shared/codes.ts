/**
 * Every error voxpop can answer with, in one place: a stable snake_case code,
 * the HTTP status it travels with, and a default message. docs/API.md lists the
 * same table in prose; clients switch on `code`, never on `message`.
 */
export const ERRORS = {
  invalid_body: { status: 400, message: 'The request body does not match the expected shape.' },
  invalid_message: { status: 400, message: 'The message does not match the expected shape.' },
  unauthorized: { status: 401, message: 'A credential is required (Authorization: Bearer ...).' },
  forbidden: { status: 403, message: 'The credential is not valid for this event.' },
  origin_not_allowed: { status: 403, message: 'This origin may not open a socket here.' },
  not_found: { status: 404, message: 'No such resource.' },
  event_not_found: { status: 404, message: 'No event has this code.' },
  poll_not_found: { status: 404, message: 'No poll with this id in this event.' },
  poll_not_open: { status: 409, message: 'This poll is not open for voting yet.' },
  poll_closed: { status: 409, message: 'Voting on this poll is closed.' },
  vote_locked: {
    status: 409,
    message: 'Your vote is recorded and this poll does not allow changes.',
  },
  poll_has_votes: { status: 409, message: 'Options can only be edited before the first vote.' },
  entry_not_found: { status: 404, message: 'No entry with this id in this poll.' },
  question_not_found: { status: 404, message: 'No question with this id in this poll.' },
  question_limit: {
    status: 409,
    message: 'You have asked as many questions as this poll allows (10).',
  },
  invalid_state: { status: 409, message: 'A poll cannot move to that state from its current one.' },
  upgrade_required: { status: 426, message: 'This endpoint speaks WebSocket only.' },
  payload_too_large: { status: 413, message: 'The request body is larger than 64 KiB.' },
  invalid_choice: { status: 422, message: 'The choices are not valid for this poll.' },
  invalid_answer: { status: 422, message: 'The answer is not valid for this poll.' },
  invalid_name: { status: 422, message: 'This name is not allowed; choose another.' },
  invalid_query: { status: 422, message: 'A query parameter is not valid.' },
  rate_limited: { status: 429, message: 'Too many requests; slow down and retry.' },
  not_joined: { status: 400, message: 'Send a join message first.' },
  already_joined: { status: 400, message: 'This socket has already joined an event.' },
  participant_required: { status: 400, message: 'Only attendees can vote.' },
  event_deleted: { status: 410, message: 'The event has been deleted.' },
  shutting_down: { status: 503, message: 'The server is restarting; reconnect shortly.' },
  images_busy: { status: 503, message: 'Too many images are being drawn; try again shortly.' },
  store_unavailable: {
    status: 503,
    message: 'The database cannot be reached; nothing was stored. Send it again shortly.',
  },
  internal_error: { status: 500, message: 'Something went wrong on the server.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** WebSocket close codes voxpop uses (RFC 6455 ranges; 4xxx are voxpop's own). */
export const CLOSE = {
  normal: 1000,
  goingAway: 1001,
  policyViolation: 1008,
  messageTooBig: 1009,
  joinTimeout: 4408,
} as const;
