/**
 * The front door: the attendee's code entry first and biggest, the
 * organiser's "Create an event" below it, the demo offered quietly.
 */
import { CreateEventForm } from './create-event-form.js';
import { DemoLink } from './demo-link.js';
import { JoinForm } from './join-form.js';

export function JoinApp() {
  return (
    <div class="join-page">
      <header class="join-top">
        <a class="join-brand" href="/" aria-label="voxpop home">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>voxpop</span>
        </a>
      </header>
      <main class="join-main">
        <section class="join-card card" aria-labelledby="join-title">
          <h1 id="join-title">Join a live poll</h1>
          <p class="join-lead">
            Enter the code from the screen to vote from your phone. No sign-up.
          </p>
          <JoinForm />
          <DemoLink />
        </section>
        <section class="join-organiser" aria-labelledby="organiser-title">
          <h2 id="organiser-title">Running an event?</h2>
          <p>Create live polls, show the results on the big screen as the votes come in.</p>
          <CreateEventForm />
        </section>
      </main>
      <footer class="join-foot">voxpop · self-hosted live polls</footer>
    </div>
  );
}
