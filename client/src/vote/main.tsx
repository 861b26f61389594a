import '../styles/base.css';
import { render } from 'hono/jsx/dom';

function App() {
  return <main><h1>vote</h1></main>;
}

render(<App />, document.getElementById('app')!);
