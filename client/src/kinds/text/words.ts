/** Open text's counts and times in words, shared by its views. */

/** "1 answer", "38 answers"; past the wall's limit, "The newest 200 answers". */
export function answersLabel(count: number, cap?: number): string {
  if (cap !== undefined && count >= cap) return `The newest ${cap} answers`;
  return `${count.toLocaleString('en')} ${count === 1 ? 'answer' : 'answers'}`;
}

/** When an entry was given, as the host's clock shows it: "14:05". */
export function clockTime(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
