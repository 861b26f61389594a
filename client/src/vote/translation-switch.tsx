/**
 * Under a translated question: that it is a translation, and a button to
 * read the original (and back). Shown only when the poll has a translation
 * for the reader's language.
 */
import { t } from '../i18n/i18n.js';
import { languageName } from '../i18n/languages.js';

export function TranslationSwitch(props: {
  /** The translation's tag. */
  tag: string;
  original: boolean;
  toggle: () => void;
}) {
  return (
    <p class="translation-switch" data-testid="translation-switch">
      <span class="translation-switch__what">
        {props.original ? t('vote.originalShown') : t('vote.translated')}
      </span>
      <button
        type="button"
        class="link-button"
        aria-pressed={props.original}
        onClick={props.toggle}
      >
        {props.original
          ? t('vote.showTranslation', { language: languageName(props.tag) })
          : t('vote.showOriginal')}
      </button>
    </p>
  );
}
