/** The words and numbers the presenter screen shows, kept out of the markup so they read the same everywhere. */
import { formatPercent, t } from '../i18n/i18n.js';

/** "123456" -> "123 456": two groups are easier to read out and to type. */
export function formatCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/**
 * "85% of 367 present", or only "367 present" when the share would mislead
 * (people who voted and then left make it pass 100%).
 */
export function turnout(voters: number, attendees: number): string | null {
  if (attendees <= 0) return null;
  if (voters > attendees) return t('present.present', { count: attendees });
  return t('present.turnout', {
    count: attendees,
    percent: formatPercent((voters / attendees) * 100),
  });
}
