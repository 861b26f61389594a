import '../styles/base.css';
import './present.css';
import { render } from 'hono/jsx/dom';
import { codeFromPath } from '../lib/identity.js';
import { App } from './app.js';

// ?theme=dark for a dark room or a stream overlay; light (the projector's friend) otherwise.
const params = new URLSearchParams(location.search);
document.documentElement.dataset.theme = params.get('theme') === 'dark' ? 'dark' : 'light';

render(
  <App code={codeFromPath()} forceStats={params.get('stats') === '1'} />,
  document.getElementById('app')!,
);
