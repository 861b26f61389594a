/**
 * Open-text results: on the presenter, the wall of answers (wall.tsx); on a
 * phone, the newest answers on the wall as a plain list, which also tells
 * the ballot above it whether the attendee's answer is there. Only visible
 * entries ever reach these views (the server sends nothing else to anyone
 * but the host), and each results object replaces the last, so an answer
 * the host hides leaves with the next push.
 */
import './text.css';
import { useState } from 'hono/jsx/dom';
import { t } from '../../i18n/i18n.js';
import { useDedupedEffect } from '../../lib/deduped-effect.js';
import type { ResultsKind, ResultsProps } from '../kind.js';
import { PreviewNote } from '../options/preview.js';
import { showWall } from './on-wall.js';
import type { TextPoll } from './settings.js';
import { Wall } from './wall.js';
import { ShowAllButton } from '../../lib/show-all.js';

/** The phone lists this many answers before a "Show all". */
const PHONE_FOLD = 20;

function Bubble() {
  return (
    <svg class="text-bubble" viewBox="0 0 24 24" aria-hidden="true">
      <path
        d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A1.5 1.5 0 0 1 4 14.5z"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linejoin="round"
      />
      <path d="M8 8h8M8 11.5h5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}

function Empty({ poll }: { poll: TextPoll }) {
  return (
    <div class="text-empty" data-testid="text-empty">
      <Bubble />
      <p class="text-empty__title">{t('text.noAnswers')}</p>
      <p class="text-empty__detail">
        {poll.moderation === 'pre' ? t('text.emptyPre') : t('text.emptyPost')}
      </p>
    </div>
  );
}

function PhoneList({ poll, results, caption }: ResultsProps<'text'>) {
  const entries = results?.entries ?? [];
  const [all, setAll] = useState(false);
  const texts = entries.map((e) => e.text);
  const key = texts.join('\u0000');
  useDedupedEffect(() => {
    showWall(poll.id, texts);
    return () => showWall(poll.id, null);
  }, [poll.id, key]);

  if (entries.length === 0) {
    return (
      <div class="text-results text-results--compact">
        <p class="text-list__empty">{t('text.noneOnWall')}</p>
      </div>
    );
  }
  const shown = all ? entries : entries.slice(0, PHONE_FOLD);
  return (
    <div class="text-results text-results--compact">
      <ul class="text-list" aria-label={t('text.listLabel', { caption })} data-testid="text-list">
        {shown.map((entry) => (
          <li key={entry.id} class="text-list__item" data-entry-id={entry.id}>
            {entry.text}
          </li>
        ))}
      </ul>
      {entries.length > PHONE_FOLD && (
        <ShowAllButton
          class="text-more"
          expanded={all}
          all={t('text.showAll', { count: entries.length })}
          fewer={t('text.showFewer')}
          onToggle={() => setAll(!all)}
        />
      )}
    </div>
  );
}

function TextResults(props: ResultsProps<'text'>) {
  if (props.size === 'compact') return <PhoneList {...props} />;
  return (
    <div class="results text-results text-results--large">
      <Wall
        entries={props.results?.entries ?? []}
        live={props.live}
        caption={props.caption}
        empty={<Empty poll={props.poll} />}
      />
    </div>
  );
}

function Preview({ poll, note }: { poll: TextPoll; note: string }) {
  return (
    <div class="preview text-preview" data-testid="options-preview">
      <div class="text-preview__box">
        <Bubble />
        <p class="text-preview__title">{t('text.previewTitle')}</p>
        <p class="text-preview__detail">
          {t(poll.moderation === 'pre' ? 'text.previewPre' : 'text.previewPost', {
            max: poll.maxLength,
          })}
        </p>
      </div>
      <PreviewNote note={note} />
    </div>
  );
}

export const textResults: ResultsKind<'text'> = {
  Results: TextResults,
  Preview,
  tag: () => t('text.rule'),
  // The wall wants the height: the question yields room as for a long list.
  lines: () => 8,
  stats: () => null,
};
