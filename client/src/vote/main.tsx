/** The vote page, /e/:code: the attendee's phone. */
import '../styles/base.css';
import './vote.css';
import { render } from 'hono/jsx/dom';
import { codeFromPath } from '../lib/identity.js';
import { VoteApp } from './vote-app.js';

const rawCode = decodeURIComponent(location.pathname.replace(/^\/e\/?/, '').replace(/\/$/, ''));
render(<VoteApp code={codeFromPath()} rawCode={rawCode} />, document.getElementById('app')!);
