/**
 * The console's "Languages" card: the event's language (the presenter
 * screen speaks it), the further languages the host translates polls into,
 * and whether the screen alternates between them. Each change is one PATCH
 * of the event; the console's own language is the host's (the menu above).
 */
import type { EventInfo, PatchEventBody } from '../../../shared/protocol.js';
import { t } from '../i18n/i18n.js';
import { ALTERNATE_SECONDS, LANGUAGES, languageName } from '../i18n/languages.js';

export interface LanguagesCardProps {
  event: EventInfo;
  busy: boolean;
  onChange: (patch: PatchEventBody) => void;
}

export function LanguagesCard({ event, busy, onChange }: LanguagesCardProps) {
  const known = LANGUAGES.some((l) => l.tag === event.language);
  const further = new Set(event.languages);
  // The pages' languages, and any other the API set, so nothing is hidden from the host.
  const offered = [
    ...LANGUAGES.map((l) => l.tag as string),
    ...event.languages.filter((tag) => !LANGUAGES.some((l) => l.tag === tag)),
  ].filter((tag) => tag !== event.language);
  const toggle = (tag: string, on: boolean) =>
    onChange({
      languages: on ? [...event.languages, tag] : event.languages.filter((l) => l !== tag),
    });

  return (
    <section class="card side-card" aria-labelledby="languages-title" data-testid="languages-card">
      <h2 id="languages-title" class="side-title">
        {t('host.languages.title')}
      </h2>
      <div class="field">
        <label class="field-label" for="event-language">
          {t('host.languages.screen')}
        </label>
        <select
          id="event-language"
          class="input"
          disabled={busy}
          value={event.language}
          onChange={(e: Event) => onChange({ language: (e.target as HTMLSelectElement).value })}
        >
          {!known && (
            <option value={event.language} selected>
              {event.language}
            </option>
          )}
          {LANGUAGES.map((l) => (
            <option value={l.tag} lang={l.tag} selected={l.tag === event.language}>
              {l.name}
            </option>
          ))}
        </select>
        <p class="field-hint">{t('host.languages.screenHint')}</p>
      </div>
      <fieldset class="field languages-further">
        <legend class="field-label">{t('host.languages.further')}</legend>
        <p class="field-hint">{t('host.languages.furtherHint')}</p>
        <div class="languages-grid">
          {offered.map((tag) => (
            <label class="check check-compact">
              <input
                type="checkbox"
                checked={further.has(tag)}
                disabled={busy}
                onChange={(e: Event) => toggle(tag, (e.target as HTMLInputElement).checked)}
              />
              <span lang={tag}>{languageName(tag)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={event.alternateLanguages}
          disabled={busy || event.languages.length === 0}
          onChange={(e: Event) =>
            onChange({ alternateLanguages: (e.target as HTMLInputElement).checked })
          }
          data-testid="alternate-languages"
        />
        <span class="switch-track" aria-hidden="true" />
        <span class="switch-text">
          <span class="check-title">{t('host.languages.alternate')}</span>
          <span class="field-hint">
            {t('host.languages.alternateHint', { seconds: ALTERNATE_SECONDS })}
          </span>
        </span>
      </label>
    </section>
  );
}
