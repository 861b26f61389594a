/**
 * Display names (the quiz leaderboard's). The length and form are the wire
 * schema's (1–24 characters, trimmed, well-formed); what is offensive is a
 * maintained profanity filter's to say, as for the word cloud.
 */
import { allow, deny, type Decision } from './errors.js';
import { isProfane } from './kinds/profanity.js';

export function decideName(name: string): Decision<string> {
  if (isProfane(name)) {
    return deny('invalid_name', 'This name is not allowed on the leaderboard; choose another.');
  }
  return allow(name);
}
