/**
 * Classes of words, each a test on a folded word, asked once per distinct word and kept as a bit
 * on every token of it (`Token.classes`).
 *
 * Why: each finder asked its own sets and maps about every word of an ad, some 7,500 hash
 * look-ups an ad, a third of enrichment's time; each look-up in a table of thousands of words is
 * a likely cache miss, so cutting instructions elsewhere did not move the clock. Now a word met
 * again costs one look-up (in tokenize), and a finder passes over the words none of its tables
 * hold by testing a bit. A class must answer exactly as the look-ups it stands for: a bit says
 * "maybe", the finder still asks its table for the words that have it.
 */

/** At most this many classes: the bits stay a small integer. */
const MAX_CLASSES = 30;
const tests: ((key: string) => boolean)[] = [];

/** What tokenize keeps of a word as written: its folded key and its classes. */
export interface Word {
  key: string;
  classes: number;
}

// Bounded: a long-lived Lambda meets many words.
const MAX_WORDS = 50_000;
const words = new Map<string, Word>();

/**
 * Registers a class of words (at module load) and returns its bit. `test` must read only tables
 * that do not change after load, and must answer for the folded word alone.
 */
export function wordClass(test: (key: string) => boolean): number {
  if (tests.length >= MAX_CLASSES) throw new Error(`word-classes: more than ${MAX_CLASSES} classes`);
  tests.push(test);
  // A word kept before this class existed lacks its bit.
  words.clear();
  return 1 << (tests.length - 1);
}

/** The bits of every class a folded word belongs to. */
export function classesOf(key: string): number {
  let bits = 0;
  for (let i = 0; i < tests.length; i++) if ((tests[i] as (key: string) => boolean)(key)) bits |= 1 << i;
  return bits;
}

/** The word kept for `raw`, if it was met before. */
export function knownWord(raw: string): Word | undefined {
  return words.get(raw);
}

/** Keeps `raw`'s folded key and classes; the key string is then shared by every token of the word. */
export function keepWord(raw: string, key: string): Word {
  const word: Word = { key, classes: classesOf(key) };
  if (words.size >= MAX_WORDS) words.clear();
  words.set(raw, word);
  return word;
}
