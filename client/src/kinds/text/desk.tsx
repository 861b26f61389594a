/**
 * The moderation desk on an open-text poll's card: how many answers wait,
 * are shown and are hidden; the queue of waiting answers, oldest first (the
 * order they came in, so nobody waits behind later arrivals), each with
 * Approve and Hide; the answers on the wall, newest first, each with Hide;
 * and the hidden ones, folded, with Show again. One click changes an entry
 * (PATCH entries/<id>); the wall follows through the next push.
 *
 * Keyboard: each list is one tab stop; the focused answer takes A (approve,
 * or show again), H (hide), J / K or the arrow keys (next, previous), Home
 * and End. Keys typed into a field are never taken.
 */
import { useLayoutEffect, useRef, useState } from 'hono/jsx/dom';
import { formatNumber, t, tNodes } from '../../i18n/i18n.js';
import type { MiniProps, ResultsFor } from '../kind.js';
import { clockTime } from './words.js';
import { ShowAllButton } from '../../lib/show-all.js';

type Entry = ResultsFor<'text'>['entries'][number];
type Status = 'visible' | 'hidden';

/** A count for a message that shows it in bold: "<strong>3</strong> waiting". */
const count = (n: number) => ({ count: n, number: <strong>{formatNumber(n)}</strong> });

/** Answers listed before a "Show all", per list. */
const FOLD = { pending: 8, visible: 5, hidden: 5 } as const;

const pathOf = (entry: Entry) => `entries/${entry.id}`;

interface ListProps {
  /** Which list: pending (the queue), visible (the wall), hidden. */
  kind: keyof typeof FOLD;
  entries: Entry[];
  poll: MiniProps<'text'>['poll'];
  labelledBy: string;
  hintId: string;
  set(entry: Entry, status: Status): void;
  busy(path: string): boolean;
}

/** A field the host is typing in: its keys are its own. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

function EntryList({ kind, entries, poll, labelledBy, hintId, set, busy }: ListProps) {
  const [all, setAll] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  // The place of an answer that just left the list under focus: focus goes on from there.
  const refocus = useRef<number | null>(null);
  const shown = all ? entries : entries.slice(0, FOLD[kind]);
  const activeId = shown.some((e) => e.id === active) ? active : (shown[0]?.id ?? null);
  const ids = shown.map((e) => e.id).join();

  const items = () => [...(list.current?.querySelectorAll<HTMLElement>('[data-entry-id]') ?? [])];
  const focusAt = (index: number) => {
    const all = items();
    const item = all[Math.max(0, Math.min(index, all.length - 1))];
    if (!item) return;
    setActive(Number(item.dataset.entryId));
    item.focus();
  };

  useLayoutEffect(() => {
    const index = refocus.current;
    if (index === null) return;
    const element = list.current;
    // Focus went with the answer (to the page's body): put it on the one now in its place.
    if (element && !element.contains(document.activeElement)) {
      refocus.current = null;
      if (document.activeElement === document.body || document.activeElement === null)
        focusAt(index);
    }
  }, [ids]);

  const act = (entry: Entry, status: Status, index: number) => {
    refocus.current = index;
    set(entry, status);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-entry-id]');
    if (!item) return;
    const index = items().indexOf(item);
    const entry = shown[index];
    if (!entry) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    let handled = true;
    if (key === 'j' || key === 'ArrowDown') focusAt(index + 1);
    else if (key === 'k' || key === 'ArrowUp') focusAt(index - 1);
    else if (key === 'Home') focusAt(0);
    else if (key === 'End') focusAt(shown.length - 1);
    else if (key === 'a' && kind !== 'visible') {
      if (!event.repeat && !busy(pathOf(entry))) act(entry, 'visible', index);
    } else if (key === 'h' && kind !== 'hidden') {
      if (!event.repeat && !busy(pathOf(entry))) act(entry, 'hidden', index);
    } else handled = false;
    if (handled) event.preventDefault();
  };

  if (entries.length === 0) return null;
  return (
    <>
      <ul
        ref={list}
        class={`text-desk__list text-desk__list--${kind}`}
        aria-labelledby={labelledBy}
        aria-describedby={hintId}
        data-testid={`desk-${kind}`}
        onKeyDown={onKeyDown}
      >
        {shown.map((entry, index) => {
          const textId = `text-entry-${poll.id}-${entry.id}`;
          const waiting = busy(pathOf(entry));
          return (
            <li
              key={entry.id}
              class="text-desk__entry"
              data-entry-id={entry.id}
              tabindex={entry.id === activeId ? 0 : -1}
              aria-keyshortcuts={
                kind === 'pending' ? 'A H J K' : kind === 'visible' ? 'H J K' : 'A J K'
              }
              onFocus={() => setActive(entry.id)}
            >
              <p id={textId} class="text-desk__text">
                {entry.text}
              </p>
              <span class="text-desk__time">{clockTime(entry.at)}</span>
              <span class="text-desk__actions">
                {kind !== 'visible' && (
                  <button
                    type="button"
                    class={`btn btn-sm ${kind === 'pending' ? '' : 'btn-secondary'}`}
                    aria-describedby={textId}
                    disabled={waiting}
                    onClick={() => act(entry, 'visible', index)}
                  >
                    {t(kind === 'pending' ? 'desk.approve' : 'desk.showAgain')}
                  </button>
                )}
                {kind !== 'hidden' && (
                  <button
                    type="button"
                    class="btn btn-sm btn-secondary"
                    aria-describedby={textId}
                    disabled={waiting}
                    onClick={() => act(entry, 'hidden', index)}
                  >
                    {t('desk.hide')}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {entries.length > FOLD[kind] && (
        <ShowAllButton
          expanded={all}
          all={t('desk.showAll', { count: entries.length })}
          fewer={t('desk.showFewer')}
          onToggle={() => setAll(!all)}
        />
      )}
    </>
  );
}

export function TextDesk({ poll, results, labelledBy, moderate, busy }: MiniProps<'text'>) {
  const counts = results?.counts ?? { pending: 0, visible: 0, hidden: 0 };
  const entries = results?.entries ?? [];
  const of = (status: Entry['status']) => entries.filter((e) => e.status === status);
  // The host's entries come newest first; the queue is served in the order it formed.
  const queue = of('pending').reverse();
  const wall = of('visible');
  const hidden = of('hidden');
  const set = (entry: Entry, status: Status) =>
    moderate(
      t(status === 'visible' ? 'desk.failed.approveAnswer' : 'desk.failed.hideAnswer'),
      'PATCH',
      pathOf(entry),
      { status },
    );
  const id = (part: string) => `poll-${poll.id}-${part}`;
  const common = { poll, hintId: id('keys'), set, busy };

  return (
    <div class="text-desk" data-testid="text-desk">
      <p class="text-desk__counts" data-testid="text-counts">
        <span data-status="pending">{tNodes('desk.waiting', count(counts.pending))}</span> ·{' '}
        <span>{tNodes('desk.text.shown', count(counts.visible))}</span> ·{' '}
        <span>{tNodes('desk.hiddenCount', count(counts.hidden))}</span>
      </p>

      {(poll.moderation === 'pre' || queue.length > 0) && (
        <section class="text-desk__part" aria-labelledby={id('queue')}>
          <h4 id={id('queue')} class="text-desk__title">
            {t('desk.queue')}
          </h4>
          {queue.length === 0 ? (
            <p class="text-desk__none">{t('desk.queueEmpty')}</p>
          ) : (
            <EntryList kind="pending" entries={queue} labelledBy={id('queue')} {...common} />
          )}
        </section>
      )}

      <section class="text-desk__part" aria-labelledby={id('wall')}>
        <h4 id={id('wall')} class="text-desk__title">
          {t('desk.text.wall')}
        </h4>
        {wall.length === 0 ? (
          <p class="text-desk__none">{t('desk.text.wallEmpty')}</p>
        ) : (
          <EntryList kind="visible" entries={wall} labelledBy={id('wall')} {...common} />
        )}
      </section>

      {hidden.length > 0 && (
        <details class="text-desk__part text-desk__hidden">
          <summary class="text-desk__title" id={id('hidden')}>
            {t('desk.hiddenTitle', { count: hidden.length })}
          </summary>
          <EntryList kind="hidden" entries={hidden} labelledBy={id('hidden')} {...common} />
        </details>
      )}

      {entries.length > 0 && (
        <p id={id('keys')} class="text-desk__keys">
          {tNodes('desk.text.keys', {
            a: <kbd>A</kbd>,
            h: <kbd>H</kbd>,
            j: <kbd>J</kbd>,
            k: <kbd>K</kbd>,
          })}
        </p>
      )}
    </div>
  );
}
