/** The vote page, /e/:code: the attendee's phone. */
import '../styles/base.css';
import './vote.css';
import { render } from 'hono/jsx/dom';
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
render(<VoteApp code={codeFromPath()} rawCode={rawCode} />, document.getElementById('app')!);
