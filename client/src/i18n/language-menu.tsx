/**
 * The language menu: a native select (every phone renders it well, screen
 * readers announce it), each language named in itself. The choice is
 * remembered on this browser.
 */
import { LANGUAGES, isLanguage } from './languages.js';
import { setLanguage, t, useLanguage } from './i18n.js';

export function LanguageMenu({ class: className = '' }: { class?: string }) {
  const language = useLanguage();
  return (
    <label class={`language-menu ${className}`}>
      <svg
        class="language-menu__icon"
        viewBox="0 0 24 24"
        aria-hidden="true"
        width="18"
        height="18"
      >
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8" />
        <path
          d="M3 12h18M12 3c2.6 2.8 2.6 15.2 0 18M12 3c-2.6 2.8-2.6 15.2 0 18"
          fill="none"
          stroke="currentColor"
          stroke-width="1.8"
        />
      </svg>
      <span class="visually-hidden">{t('language.label')}</span>
      <select
        class="language-menu__select"
        data-testid="language-menu"
        value={language}
        onChange={(e: Event) => {
          const tag = (e.target as HTMLSelectElement).value;
          if (isLanguage(tag)) void setLanguage(tag, { remember: true });
        }}
      >
        {LANGUAGES.map((l) => (
          <option value={l.tag} lang={l.tag} selected={l.tag === language}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
