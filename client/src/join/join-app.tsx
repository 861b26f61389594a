/**
 * The front door: the attendee's code entry first and biggest, the
 * organiser's "Create an event" below it, the demo offered quietly, and the
 * language menu in the top corner.
 */
import { t, useLanguage } from '../i18n/i18n.js';
import { LanguageMenu } from '../i18n/language-menu.js';
import { CreateEventForm } from './create-event-form.js';
import { DemoLink } from './demo-link.js';
import { JoinForm } from './join-form.js';

export function JoinApp() {
  // A change of language re-renders the page from here down.
  useLanguage();
  return (
    <div class="join-page">
      <header class="join-top">
        <a class="join-brand" href="/" aria-label={t('join.homeLabel')}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>voxpop</span>
        </a>
        <LanguageMenu class="join-language" />
      </header>
      <main class="join-main">
        <section class="join-card card" aria-labelledby="join-title">
          <h1 id="join-title">{t('join.title')}</h1>
          <p class="join-lead">{t('join.lead')}</p>
          <JoinForm />
          <DemoLink />
        </section>
        <section class="join-organiser" aria-labelledby="organiser-title">
          <h2 id="organiser-title">{t('join.organiserTitle')}</h2>
          <p>{t('join.organiserText')}</p>
          <CreateEventForm />
        </section>
      </main>
      <footer class="join-foot">{t('join.footer')}</footer>
    </div>
  );
}
