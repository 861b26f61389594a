/**
 * A poll's options without numbers on the presenter's screen: before voting
 * opens, or while the host keeps results hidden. As large as the stage
 * allows; two columns past six options.
 */
import { useEffect, useRef } from 'hono/jsx/dom';
import { keepFitted } from '../../lib/fit-text.js';

/** The root size the stylesheet scales with the viewport (24 px on a 1920x1080 projector). */
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

export function OptionsPreview(props: {
  options: readonly { id: number; label: string }[];
  note: string;
  /** Number the options (a ranking), instead of colour swatches (a choice). */
  numbered?: boolean;
}) {
  const list = useRef<HTMLOListElement>(null);
  const labels = props.options.map((o) => o.label).join('\n');
  useEffect(() => {
    if (!list.current || innerWidth <= 760) return; // phones scroll instead
    return keepFitted(list.current, () => ({ min: 12, max: Math.round(rem() * 1.4) }));
  }, [labels]);
  return (
    <div class="preview">
      <ol
        ref={list}
        class={`preview-list${props.options.length > 6 ? ' preview-list-many' : ''}`}
        data-testid="options-preview"
      >
        {props.options.map((option, i) => (
          <li key={option.id} class="preview-item" style={`--swatch: var(--bar-${(i % 8) + 1})`}>
            {props.numbered ? (
              <span class="preview-number" aria-hidden="true">
                {i + 1}
              </span>
            ) : (
              <span class="preview-swatch" aria-hidden="true"></span>
            )}
            <span class="preview-label">{option.label}</span>
          </li>
        ))}
      </ol>
      <PreviewNote note={props.note} />
    </div>
  );
}

/** "Voting opens soon", with a clock. */
export function PreviewNote({ note }: { note: string }) {
  return (
    <p class="preview-note" data-testid="results-note">
      <svg viewBox="0 0 24 24" aria-hidden="true" class="note-icon">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.2" />
        <path
          d="M12 7v5l3 2"
          fill="none"
          stroke="currentColor"
          stroke-width="2.2"
          stroke-linecap="round"
        />
      </svg>
      {note}
    </p>
  );
}
