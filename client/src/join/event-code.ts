/**
 * What people type as an event code: "123 456", "123-456" or a pasted join
 * link all mean 123456. Only the digits count.
 */
import { t } from '../i18n/i18n.js';

export const CODE_LENGTH = 6;

/** Digits only, at most six, taken from a typed code or a pasted /e/123456 link. */
export function cleanCode(input: string): string {
  const fromLink = /\/e\/(\d{6})(?:[/?#]|$)/.exec(input);
  if (fromLink) return fromLink[1]!;
  return input.replace(/\D+/g, '').slice(0, CODE_LENGTH);
}

/** Why a cleaned code cannot be an event code, in words, or null when it can. */
export function codeProblem(code: string): string | null {
  if (code.length === 0) return t('join.codeEmpty');
  if (code.length < CODE_LENGTH) return t('join.codeShort', { count: code.length });
  return null;
}
