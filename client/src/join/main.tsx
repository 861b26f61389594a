/** The join page, /: attendees type the event code; organisers create an event. */
import './join.css';
import { render } from 'hono/jsx/dom';
import { startI18n } from '../i18n/i18n.js';
import { JoinApp } from './join-app.js';

try {
  await startI18n({ parts: ['attendee'] });
} catch {
  // The reader's catalogue did not arrive (a flaky line): English, or at worst the bare keys.
  await startI18n({ parts: ['attendee'], language: 'en' }).catch(() => {});
}
render(<JoinApp />, document.getElementById('app')!);
