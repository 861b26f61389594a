/**
 * What people type as an event code: "123 456", "123-456" or a pasted join
 * link all mean 123456. Only the digits count.
 */
export const CODE_LENGTH = 6;

/** Digits only, at most six, taken from a typed code or a pasted /e/123456 link. */
export function cleanCode(input: string): string {
  const fromLink = /\/e\/(\d{6})(?:[/?#]|$)/.exec(input);
  if (fromLink) return fromLink[1]!;
  return input.replace(/\D+/g, '').slice(0, CODE_LENGTH);
}

/** Why a cleaned code cannot be an event code, or null when it can. */
export function codeProblem(code: string): string | null {
  if (code.length === 0) return 'Enter the 6-digit code shown on the screen.';
  if (code.length < CODE_LENGTH) {
    return `An event code has 6 digits; this one has ${code.length}.`;
  }
  return null;
}
