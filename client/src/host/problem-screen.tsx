/**
 * What a host sees instead of the console when the link cannot work: the
 * cause in one sentence and the one thing to do about it.
 */
import { t } from '../i18n/i18n.js';
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
        title: t('host.problem.wrongKey', { code: code ?? '' }),
        text: t('host.problem.wrongKeyText'),
      };
    case 'missing_key':
      return {
        icon: 'key',
        title: t('host.problem.missingKey', { code: code ?? '' }),
        text: t('host.problem.missingKeyText'),
      };
    case 'event_not_found':
      return {
        icon: 'alert',
        title: t('host.problem.noEvent', { code: code ?? '' }),
        text: t('host.problem.noEventText'),
      };
    case 'event_deleted':
      return {
        icon: 'trash',
        title: t('host.problem.deleted'),
        text: t('host.problem.deletedText'),
      };
    case 'unreachable':
      return {
        icon: 'alert',
        title: t('host.problem.unreachable'),
        text: t('host.problem.unreachableText'),
      };
    case 'bad_link':
      return {
        icon: 'link',
        title: t('host.problem.badLink'),
        text: t('host.problem.badLinkText'),
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
          {t(props.problem === 'event_deleted' ? 'host.problem.newEvent' : 'host.problem.home')}
        </a>
      </div>
    </main>
  );
}
