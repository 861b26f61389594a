import './host.css';
import { render } from 'hono/jsx/dom';
import { startI18n } from '../i18n/i18n.js';
import { codeFromPath } from '../lib/identity.js';
import { HostApp } from './host-app.js';
import { resolveHostKey } from './host-key.js';
import { ProblemScreen } from './problem-screen.js';

// `?theme=dark|light` overrides the system's choice, as on the presenter screen.
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;

// The host's own language (their choice, else the browser's); English if that one cannot load.
const parts = ['attendee', 'kinds', 'staff'] as const;
await startI18n({ parts }).catch(() => startI18n({ parts, language: 'en' }));

const code = codeFromPath();
const root = document.getElementById('app')!;

if (code === null) {
  render(<ProblemScreen problem="bad_link" code={null} />, root);
} else {
  render(<HostApp code={code} hostKey={resolveHostKey(code)} />, root);
}
