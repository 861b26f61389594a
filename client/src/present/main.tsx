import './present.css';
import { render } from 'hono/jsx/dom';
import { startI18n } from '../i18n/i18n.js';
import { codeFromPath } from '../lib/identity.js';
import { App } from './app.js';
import { screenOptions } from './screen-options.js';

// ?theme=dark for a dark room or a stream overlay; light (the projector's friend) otherwise.
const params = new URLSearchParams(location.search);
document.documentElement.dataset.theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const screen = screenOptions(params);
// The stylesheet drops the page's background and chrome for an overlay.
if (screen.overlay) document.documentElement.dataset.overlay = '';

// This browser's language for now; English if that one cannot load.
const parts = ['attendee', 'kinds', 'staff'] as const;
await startI18n({ parts }).catch(() => startI18n({ parts, language: 'en' }));

render(<App code={codeFromPath()} screen={screen} />, document.getElementById('app')!);
