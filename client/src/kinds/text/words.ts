/** Open text's counts and times in words (the page's language), shared by its views. */
import { formatDateTime, t } from '../../i18n/i18n.js';

/** "1 answer", "38 answers"; past the wall's limit, "The newest 200 answers". */
export function answersLabel(count: number, cap?: number): string {
  if (cap !== undefined && count >= cap) return t('text.newest', { count: cap });
  return t('vote.answersCount', { count });
}

/** When an entry was given, as the host's clock shows it: "14:05" (or "02:05 PM"). */
export function clockTime(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? ''
    : formatDateTime(date, { hour: '2-digit', minute: '2-digit' });
}
