/** The join page, /: attendees type the event code; organisers create an event. */
import '../styles/base.css';
import './join.css';
import { render } from 'hono/jsx/dom';
import { JoinApp } from './join-app.js';

render(<JoinApp />, document.getElementById('app')!);
