/**
 * Between questions: a calm screen that says what happens next, so nobody
 * reloads. The pulse is decoration and stops when the system asks for less
 * motion. A poll put on screen but not yet open is shown as "up next".
 */
import type { Poll } from '../../../shared/protocol.js';

export function WaitingScreen({ upNext }: { upNext: Poll | null }) {
  return (
    <section class="vote-waiting" aria-labelledby="vote-waiting-title">
      <div class="vote-waiting__pulse" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      {upNext ? (
        <>
          <p class="vote-waiting__kicker">Up next</p>
          <h1 id="vote-waiting-title" class="vote-waiting__title vote-waiting__title--question">
            {upNext.question}
          </h1>
          <p class="vote-waiting__text">
            Voting opens in a moment. The answers will appear here by themselves.
          </p>
        </>
      ) : (
        <>
          <h1 id="vote-waiting-title" class="vote-waiting__title">
            Waiting for the next question
          </h1>
          <p class="vote-waiting__text">
            The moderator will open the next question. It will appear here by itself — no need to
            reload.
          </p>
        </>
      )}
    </section>
  );
}
