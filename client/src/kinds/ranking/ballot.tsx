/**
 * Ranking on the phone: the options as a list the attendee puts in order,
 * by dragging an item by its grip (touch or mouse) or with the up and down
 * buttons on every item (keyboard and screen reader: each move is announced,
 * and focus stays on the moved item's button). One submit sends the whole
 * order; after a reload the order on record comes back.
 */
import './ranking.css';
import { useRef, useState } from 'hono/jsx/dom';
import { formatNumber, t } from '../../i18n/i18n.js';
import { useDedupedEffect } from '../../lib/deduped-effect.js';
import { listOf } from '../../lib/words.js';
import { ballotHint, type BallotKind, type BallotProps } from '../kind.js';
import {
  moveAnnouncement,
  moveBy,
  moveTo,
  ordinal,
  sameOrder,
  startingOrder,
  type RankingPoll,
} from './order.js';

function Arrow({ up }: { up: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" class="ranking-arrow">
      <path
        d={up ? 'M6 15l6-6 6 6' : 'M6 9l6 6 6-6'}
        fill="none"
        stroke="currentColor"
        stroke-width="2.6"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

function Grip() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" class="ranking-grip__icon">
      {[7, 12, 17].map((y) => (
        <>
          <circle cx="9" cy={y} r="1.7" />
          <circle cx="15" cy={y} r="1.7" />
        </>
      ))}
    </svg>
  );
}

function RankingBallot({
  poll,
  counted,
  sending,
  canVote,
  vote,
  labelledBy,
}: BallotProps<'ranking'>) {
  const onRecord = sending?.order ?? counted?.order;
  // The attendee's unsent order; null mirrors the answer on record (or the poll's order).
  const [edited, setEdited] = useState<number[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const order = edited ?? startingOrder(poll, onRecord);
  const labelOf = (id: number) => poll.options.find((o) => o.id === id)?.label ?? String(id);

  /** Takes the order `next` in which option `id` has moved; `focus` is the button that moved it. */
  const apply = (next: number[], id: number, focus?: 'up' | 'down') => {
    if (!canVote || sameOrder(next, order)) return;
    setEdited(next);
    setAnnouncement(moveAnnouncement(labelOf(id), next.indexOf(id), next.length));
    if (focus) {
      // Keep the keyboard on the item that moved, or on its other button once it reaches an end.
      requestAnimationFrame(() => {
        const item = list.current?.querySelector(`[data-id="${id}"]`);
        const wanted = item?.querySelector<HTMLButtonElement>(
          `[data-move="${focus}"]:not(:disabled)`,
        );
        (wanted ?? item?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)'))?.focus();
      });
    }
  };

  // Drag arrives a moment after the page (its library is loaded apart); the buttons work at once.
  const ids = order.join();
  useDedupedEffect(() => {
    const element = list.current;
    if (!element || !canVote) return;
    let cleanup: (() => void) | null = null;
    let cancelled = false;
    import('./drag.js').then(
      ({ attachDrag }) => {
        if (!cancelled)
          cleanup = attachDrag(element, (from, to) => apply(moveTo(order, from, to), order[from]!));
      },
      () => {
        /* no drag on this device today: the buttons do the same */
      },
    );
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [ids, canVote]);

  const changed = onRecord === undefined || !sameOrder(order, onRecord);
  const submittable = canVote && edited !== null ? changed : canVote && onRecord === undefined;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!submittable) return;
    vote({ order });
    setEdited(null);
  };

  return (
    <form class="vote-form ranking-ballot" onSubmit={submit} aria-labelledby={labelledBy}>
      <ol
        ref={list}
        class="ranking-list"
        aria-labelledby={labelledBy}
        aria-describedby="vote-hint"
        data-testid="ranking-list"
      >
        {order.map((id, index) => (
          <li
            key={id}
            class="ranking-item"
            data-id={id}
            data-index={index}
            data-state={sending !== undefined && edited === null ? 'sending' : undefined}
          >
            <span class="ranking-position" aria-hidden="true">
              {formatNumber(index + 1)}
            </span>
            <span class="ranking-label">
              <span class="visually-hidden">
                {t('ranking.place', { place: ordinal(index + 1) })}{' '}
              </span>
              {labelOf(id)}
            </span>
            {canVote && (
              <span class="ranking-tools">
                <button
                  type="button"
                  class="ranking-move"
                  data-move="up"
                  aria-label={t('ranking.moveUp', { option: labelOf(id) })}
                  disabled={index === 0}
                  onClick={() => apply(moveBy(order, index, -1), id, 'up')}
                >
                  <Arrow up />
                </button>
                <button
                  type="button"
                  class="ranking-move"
                  data-move="down"
                  aria-label={t('ranking.moveDown', { option: labelOf(id) })}
                  disabled={index === order.length - 1}
                  onClick={() => apply(moveBy(order, index, 1), id, 'down')}
                >
                  <Arrow up={false} />
                </button>
                <span
                  class="ranking-grip"
                  data-drag-handle
                  aria-hidden="true"
                  title={t('ranking.drag')}
                >
                  <Grip />
                </span>
              </span>
            )}
          </li>
        ))}
      </ol>
      <p class="visually-hidden" aria-live="assertive" data-testid="ranking-announcement">
        {announcement}
      </p>
      <p id="vote-hint" class="vote-hint">
        {hintText(poll, onRecord !== undefined, canVote)}
      </p>
      {canVote && (
        <div class="vote-submit">
          <button type="submit" class="btn vote-submit__button" disabled={!submittable}>
            {onRecord !== undefined ? t('ranking.update') : t('ranking.submit')}
          </button>
        </div>
      )}
    </form>
  );
}

function hintText(poll: RankingPoll, voted: boolean, canVote: boolean): string {
  return ballotHint(poll, canVote, voted, {
    final: t('ranking.final'),
    change: t('ranking.canChange'),
    how: t('ranking.how'),
    howOnce: t('ranking.howOnce'),
  });
}

export const rankingBallot: BallotKind<'ranking'> = {
  Ballot: RankingBallot,
  rule: () => t('ranking.rule'),
  describe: (poll, answer) =>
    listOf(
      answer.order.map(
        (id, i) => `${formatNumber(i + 1)}. ${poll.options.find((o) => o.id === id)?.label ?? id}`,
      ),
    ),
};
