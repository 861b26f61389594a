/**
 * The poll editor's translations: one folding section per language the
 * event offers (and any the poll already has), with the question, each
 * option and a scale's words, the original shown as the placeholder.
 */
import { t } from '../i18n/i18n.js';
import { languageName } from '../i18n/languages.js';
import {
  emptyDraft,
  type Originals,
  type TranslationDraft,
  type TranslationDrafts,
} from './translation-draft.js';

export interface TranslationFieldsProps {
  /** The event's further languages. */
  languages: readonly string[];
  drafts: TranslationDrafts;
  change: (drafts: TranslationDrafts) => void;
  question: string;
  originals: Originals;
  scale?: { min?: string; max?: string };
  problems: Record<string, string>;
  uid: string;
}

export function TranslationFields(props: TranslationFieldsProps) {
  const tags = [...new Set([...props.languages, ...Object.keys(props.drafts)])];
  if (tags.length === 0)
    return (
      <div class="field translations" data-testid="translations">
        <p class="field-label">{t('host.translations.title')}</p>
        <p class="field-hint">{t('host.translations.noLanguages')}</p>
      </div>
    );
  const set = (tag: string, patch: Partial<TranslationDraft>) =>
    props.change({ ...props.drafts, [tag]: { ...(props.drafts[tag] ?? emptyDraft()), ...patch } });

  return (
    <div class="field translations" data-testid="translations">
      <p class="field-label">{t('host.translations.title')}</p>
      <p class="field-hint">{t('host.translations.hint')}</p>
      {tags.map((tag) => {
        const draft = props.drafts[tag] ?? emptyDraft();
        const id = `${props.uid}-tr-${tag}`;
        const problem = props.problems[tag];
        const done = draft.question.trim() !== '';
        return (
          <details class="translation" open={problem !== undefined} data-language={tag}>
            <summary class="translation-summary">
              <span lang={tag}>{languageName(tag)}</span>
              <span class={`translation-state${done ? ' translation-state--done' : ''}`}>
                {t(done ? 'host.translations.translated' : 'host.translations.notTranslated')}
              </span>
            </summary>
            <div class="translation-fields" lang={tag}>
              <label class="field-label" for={`${id}-q`}>
                {t('host.translations.question')}
              </label>
              <textarea
                id={`${id}-q`}
                class="input textarea"
                rows={2}
                value={draft.question}
                placeholder={props.question}
                aria-invalid={problem ? 'true' : undefined}
                aria-describedby={problem ? `${id}-error` : undefined}
                onInput={(e: Event) =>
                  set(tag, { question: (e.target as HTMLTextAreaElement).value })
                }
              />
              {props.originals.options.map((original, i) => (
                <>
                  <label class="visually-hidden" for={`${id}-o${i}`}>
                    {t('host.translations.option', { number: i + 1, original })}
                  </label>
                  <input
                    id={`${id}-o${i}`}
                    class="input"
                    value={draft.options[i] ?? ''}
                    placeholder={original}
                    onInput={(e: Event) => {
                      const options = [...draft.options];
                      options[i] = (e.target as HTMLInputElement).value;
                      set(tag, { options });
                    }}
                  />
                </>
              ))}
              {props.originals.scale &&
                (['min', 'max'] as const).map((end) => (
                  <>
                    <label class="field-label" for={`${id}-${end}`}>
                      {t(
                        end === 'min' ? 'host.translations.scaleMin' : 'host.translations.scaleMax',
                      )}
                    </label>
                    <input
                      id={`${id}-${end}`}
                      class="input"
                      value={draft.labels[end]}
                      placeholder={props.scale?.[end] ?? ''}
                      onInput={(e: Event) =>
                        set(tag, {
                          labels: { ...draft.labels, [end]: (e.target as HTMLInputElement).value },
                        })
                      }
                    />
                  </>
                ))}
              {problem && (
                <p id={`${id}-error`} class="field-error">
                  {problem}
                </p>
              )}
            </div>
          </details>
        );
      })}
    </div>
  );
}
