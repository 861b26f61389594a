/**
 * The size limits of wire contract v1, in a module without zod, so browser
 * pages can check a form against the server's limits without bundling the
 * schema library. `protocol.ts` re-exports them.
 */
/**
 * Characters as people count them, and as the server measures texts:
 * code points, so an emoji is one, not two UTF-16 units.
 */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export const LIMITS = {
  titleLength: 200,
  questionLength: 300,
  optionLength: 120,
  minOptions: 2,
  maxOptions: 20,
  refLength: 64,
  /** HTTP bodies and WebSocket messages alike. */
  maxPayloadBytes: 64 * 1024,
} as const;
