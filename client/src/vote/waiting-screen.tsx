/**
 * Between questions: a calm screen that says what happens next, so nobody
 * reloads. The pulse is decoration and stops when the system asks for less
 * motion. A poll put on screen but not yet open is shown as "up next".
 */
import type { Poll } from '../../../shared/protocol.js';
import { t } from '../i18n/i18n.js';

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
          <p class="vote-waiting__kicker">{t('vote.upNext')}</p>
          <h1 id="vote-waiting-title" class="vote-waiting__title vote-waiting__title--question">
            {upNext.question}
          </h1>
          <p class="vote-waiting__text">{t('vote.upNextText')}</p>
        </>
      ) : (
        <>
          <h1 id="vote-waiting-title" class="vote-waiting__title">
            {t('vote.waitingTitle')}
          </h1>
          <p class="vote-waiting__text">{t('vote.waitingText')}</p>
        </>
      )}
    </section>
  );
}
