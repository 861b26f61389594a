/**
 * The language the presenter screen speaks: the event's, or, when the host
 * has it alternate, each of the event's languages in turn. The poll is shown
 * in that language where it has a translation; the screen's own words switch
 * too where the pages speak that language.
 */
import { useEffect, useState } from 'hono/jsx/dom';
import type { EventInfo } from '../../../shared/protocol.js';
import { currentLanguage, preloadLanguage, setLanguage } from '../i18n/i18n.js';
import { ALTERNATE_SECONDS, matchLanguage } from '../i18n/languages.js';

/** The event's languages in the order they take turns: its own first. */
export const screenLanguages = (event: EventInfo): string[] =>
  event.alternateLanguages ? [event.language, ...event.languages] : [event.language];

export function useScreenLanguage(event: EventInfo | null | undefined): string | null {
  const languages = event ? screenLanguages(event) : [];
  const key = languages.join();
  const [turn, setTurn] = useState(0);

  useEffect(() => {
    setTurn(0);
    if (languages.length < 2) return;
    // The next languages' words are fetched ahead, so a turn never waits on the network.
    for (const tag of languages) {
      const ui = matchLanguage([tag]);
      if (ui) void preloadLanguage(ui).catch(() => {});
    }
    const timer = setInterval(() => setTurn((n) => n + 1), ALTERNATE_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [key]);

  const shown = languages.length ? languages[turn % languages.length]! : null;

  useEffect(() => {
    if (!shown) return;
    const ui = matchLanguage([shown]);
    if (ui && ui !== currentLanguage()) void setLanguage(ui).catch(() => {});
  }, [shown]);

  return shown;
}
