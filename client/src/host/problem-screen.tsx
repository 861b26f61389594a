/**
 * What a host sees instead of the console when the link cannot work: the
 * cause in one sentence and the one thing to do about it.
 */
import { Icon, type IconName } from './icons.js';
import type { Problem } from './host-session.js';

interface Explanation {
  icon: IconName;
  title: string;
  text: string;
}

function explain(problem: Problem | 'bad_link', code: string | null): Explanation {
  switch (problem) {
    case 'wrong_key':
      return {
        icon: 'key',
        title: `This host link is not valid for event ${code} — check you copied the whole link`,
        text: 'The part after #key= does not match this event. Open the host link exactly as you saved it when you created the event.',
      };
    case 'missing_key':
      return {
        icon: 'key',
        title: `This host link is incomplete for event ${code} — check you copied the whole link`,
        text: 'A host link ends with #key= followed by a long secret. Without it this page cannot moderate the event. Attendees join at the event link instead.',
      };
    case 'event_not_found':
      return {
        icon: 'alert',
        title: `There is no event ${code}`,
        text: 'Check the six digits in the link. The event may also have been deleted.',
      };
    case 'event_deleted':
      return {
        icon: 'trash',
        title: 'This event has been deleted',
        text: 'Its polls, votes and attendees are gone. Attendees and the presenter screen have been told.',
      };
    case 'unreachable':
      return {
        icon: 'alert',
        title: 'The voxpop server cannot be reached',
        text: 'Check your connection, then reload this page.',
      };
    case 'bad_link':
      return {
        icon: 'link',
        title: 'This is not a host link',
        text: 'A host link looks like /host/123456#key=… — check you copied the whole link.',
      };
  }
}

export function ProblemScreen(props: { problem: Problem | 'bad_link'; code: string | null }) {
  const { icon, title, text } = explain(props.problem, props.code);
  return (
    <main class="problem">
      <div class="card problem-card" data-testid="problem">
        <span class="problem-icon" aria-hidden="true">
          <Icon name={icon} size={28} />
        </span>
        <h1>{title}</h1>
        <p>{text}</p>
        <a class="btn" href="/">
          {props.problem === 'event_deleted' ? 'Create a new event' : 'Go to voxpop'}
        </a>
      </div>
    </main>
  );
}
