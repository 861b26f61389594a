/**
 * A word cloud's live ranking, kept as answers are counted so that the top
 * words are read, never searched for: every word's count and spellings, and
 * two ordered sets (count descending, then key in code-unit order), one of
 * every word (the host's results) and one of the words everyone may see
 * (neither flagged by the profanity filter, when the poll filters, nor
 * hidden by the host). Each answer moves a few entries, in O(log n); the
 * results walk the first 100.
 */
import { createRequire } from 'node:module';
import type { ISortedMap } from 'sorted-btree';
import { isProfane } from './profanity.js';

// sorted-btree is CommonJS with its class on `exports.default`; an ES default
// import of it is that class or the whole exports object depending on the
// loader (Node or Vite), so it is required, which means the same everywhere.
const { default: BTree } = createRequire(import.meta.url)('sorted-btree') as {
  default: new <K, V>(entries: undefined, compare: (a: K, b: K) => number) => ISortedMap<K, V>;
};

interface Word {
  key: string;
  count: number;
  /** Each spelling given for the key, with how many give it, in the order first given. */
  spellings: Map<string, number>;
  /** The spelling given most often (ties: the first given). */
  shown: string;
  flagged: boolean;
}

/** A word's place in a ranking: more given first, then by key. */
interface Rank {
  count: number;
  key: string;
}

const byRank = (a: Rank, b: Rank) =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Which words everyone may see: the poll's settings that decide it. */
export interface Exclusions {
  filterProfanity: boolean;
  hidden: ReadonlySet<string>;
}

export interface RankedWord {
  text: string;
  count: number;
  flagged: boolean;
  hidden: boolean;
}

export class WordIndex {
  private readonly words = new Map<string, Word>();
  private readonly all = new BTree<Rank, Word>(undefined, byRank);
  private readonly seen = new BTree<Rank, Word>(undefined, byRank);
  private exclusions: Exclusions = { filterProfanity: true, hidden: new Set() };

  /** Add `weight` givers of `spelling` under `key` (−1 takes one away). */
  add(key: string, spelling: string, weight: number): void {
    let word = this.words.get(key);
    if (!word) {
      if (weight <= 0) return;
      word = { key, count: 0, spellings: new Map(), shown: spelling, flagged: isProfane(key) };
      this.words.set(key, word);
    }
    this.unrank(word);
    word.count += weight;
    const given = (word.spellings.get(spelling) ?? 0) + weight;
    // A spelling nobody gives any more is forgotten: if given again it
    // comes last, as it would in a rebuild from the answers as they stand.
    if (given > 0) word.spellings.set(spelling, given);
    else word.spellings.delete(spelling);
    word.shown = weight > 0 ? this.afterGain(word, spelling, given) : this.mostGiven(word);
    if (word.count > 0) this.rank(word);
    else this.words.delete(key);
  }

  /** Apply the poll's current exclusions (a word hidden or shown again, the filter switched). */
  exclude(exclusions: Exclusions): void {
    const before = this.exclusions;
    this.exclusions = exclusions;
    for (const word of this.words.values()) {
      if (this.isExcluded(word, before) !== this.isExcluded(word, exclusions)) {
        if (this.isExcluded(word, exclusions)) this.seen.delete(word);
        else this.seen.set(word, word);
      }
    }
  }

  /** The first `limit` words of everyone's ranking, or of the host's (with every word, marked). */
  top(limit: number, forHost: boolean): RankedWord[] {
    const ranking = forHost ? this.all : this.seen;
    const top: RankedWord[] = [];
    for (const [, word] of ranking.entries()) {
      if (top.length === limit) break;
      top.push({
        text: word.shown,
        count: word.count,
        flagged: word.flagged && this.exclusions.filterProfanity,
        hidden: this.exclusions.hidden.has(word.key),
      });
    }
    return top;
  }

  /** Distinct words given. */
  get size(): number {
    return this.words.size;
  }

  private isExcluded(word: Word, exclusions: Exclusions): boolean {
    return (word.flagged && exclusions.filterProfanity) || exclusions.hidden.has(word.key);
  }

  private rank(word: Word): void {
    // The word is its own rank key: its count and key are read as they are
    // now, so it must leave both sets before either changes (unrank).
    this.all.set(word, word);
    if (!this.isExcluded(word, this.exclusions)) this.seen.set(word, word);
  }

  private unrank(word: Word): void {
    if (word.count === 0) return;
    this.all.delete(word);
    this.seen.delete(word);
  }

  /** One more gave `spelling`: it is shown if now given more often than the shown one, or as often and first. */
  private afterGain(word: Word, spelling: string, given: number): string {
    if (spelling === word.shown) return spelling;
    const shownGiven = word.spellings.get(word.shown) ?? 0;
    if (given > shownGiven) return spelling;
    if (given < shownGiven) return word.shown;
    for (const candidate of word.spellings.keys()) {
      if (candidate === spelling || candidate === word.shown) return candidate;
    }
    return word.shown;
  }

  /** The spelling given most often, the first given among equals. */
  private mostGiven(word: Word): string {
    let shown = word.shown;
    let most = -1;
    for (const [spelling, given] of word.spellings) {
      if (given > most) {
        most = given;
        shown = spelling;
      }
    }
    return shown;
  }
}
