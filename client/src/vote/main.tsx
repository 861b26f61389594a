/** The vote page, /e/:code: the attendee's phone. */
import './vote.css';
import { render } from 'hono/jsx/dom';
import { addParts, startI18n } from '../i18n/i18n.js';
import { codeFromPath } from '../lib/identity.js';
import { VoteApp } from './vote-app.js';

/** What followed /e/ in the address, to quote back when it is not an event code. */
function pathCode(): string {
  const raw = location.pathname.replace(/^\/e\/?/, '').replace(/\/$/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const rawCode = pathCode();
try {
  await startI18n({ parts: ['attendee'] });
} catch {
  // The reader's catalogue did not arrive (a flaky line): English, or at worst the bare keys.
  await startI18n({ parts: ['attendee'], language: 'en' }).catch(() => {});
}
render(<VoteApp code={codeFromPath()} rawCode={rawCode} />, document.getElementById('app')!);
// The kinds' words, fetched while the socket connects (a kind's code waits for them too).
addParts(['kinds']).catch(() => {});
