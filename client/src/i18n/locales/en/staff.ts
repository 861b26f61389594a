/**
 * English, what the host console and the presenter screen add to
 * attendee.ts. The keys of this file are the keys every language's staff.ts
 * must have.
 */
export default {
  'staff.placeholder': 'Host',
} as const;
