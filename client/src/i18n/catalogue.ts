/**
 * The shape of a message catalogue. A message is a string with {name}
 * placeholders, or, for anything counted, one string per plural category of
 * the language (Intl.PluralRules: "one", "few", "many", "other"...), chosen
 * by the `count` parameter.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalogue = Readonly<Record<string, Message>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The names of a message's placeholders, over every plural form, sorted. */
export function placeholdersOf(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const form of forms) for (const m of form!.matchAll(PLACEHOLDER)) names.add(m[1]!);
  return [...names].sort();
}

export type Params = Readonly<Record<string, string | number>>;

/** Splits a message at its placeholders: ["Event ", {name:"code"}, " is over"]. */
export function partsOf(text: string): (string | { name: string })[] {
  const parts: (string | { name: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ name: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
