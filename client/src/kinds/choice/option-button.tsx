/**
 * One answer as a full-width tap target. A real <button> with aria-pressed,
 * so it is keyboard operable and screen readers hear whether it is chosen;
 * the trailing badge says "sending…" until the server's ack, then "Your vote".
 */
import { t } from '../../i18n/i18n.js';

export type OptionMark = 'none' | 'selected' | 'sending' | 'counted';

export interface OptionButtonProps {
  label: string;
  /** Radio-like (single choice) or checkbox-like (multiple choice) indicator. */
  shape: 'radio' | 'check';
  mark: OptionMark;
  /** Closed poll or a final vote: the button is inert. */
  disabled: boolean;
  /** Multiple choice at its limit: still focusable, but says why it does nothing. */
  unavailable?: boolean;
  onChoose: () => void;
}

export function OptionButton(props: OptionButtonProps) {
  const chosen = props.mark !== 'none';
  return (
    <button
      type="button"
      class={`vote-tile vote-option vote-option--${props.shape}`}
      data-mark={props.mark}
      aria-pressed={chosen ? 'true' : 'false'}
      aria-disabled={props.unavailable ? 'true' : undefined}
      disabled={props.disabled}
      onClick={() => {
        if (!props.unavailable) props.onChoose();
      }}
    >
      <span class="vote-option__indicator" aria-hidden="true" />
      <span class="vote-option__label">{props.label}</span>
      {props.mark === 'sending' && (
        <span class="vote-option__badge vote-option__badge--sending">
          <span class="spinner" aria-hidden="true" />
          {t('common.sending')}
        </span>
      )}
      {props.mark === 'counted' && (
        <span class="vote-option__badge vote-option__badge--counted">{t('vote.yourVote')}</span>
      )}
    </button>
  );
}
