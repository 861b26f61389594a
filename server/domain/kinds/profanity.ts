/**
 * Whether a word is profane, by obscenity's English dataset with its
 * recommended transformers: it sees through leetspeak ("sh1t"), repeated
 * letters ("fuuuck") and look-alike Unicode, and its whitelist keeps
 * "Scunthorpe" and "assessment" clean. English only: words in other
 * languages pass (the host can still hide them).
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';

let matcher: RegExpMatcher | null = null;

export function isProfane(word: string): boolean {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return matcher.hasMatch(word);
}
