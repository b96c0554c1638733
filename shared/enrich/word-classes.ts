/**
 * Classes of words, each a test on a folded word, asked once per distinct word (word-table.ts
 * keeps the answer) and carried as a bit on every token of it (`Token.classes`).
 *
 * Why: each finder asked its own sets and maps about every word of an ad, some 7,500 hash
 * look-ups an ad, a third of enrichment's time; each look-up in a table of thousands of words is
 * a likely cache miss, so cutting instructions elsewhere did not move the clock. Now a finder
 * passes over the words none of its tables hold by testing a bit. A class must answer exactly as
 * the look-ups it stands for: a bit says "maybe", the finder still asks its table for the words
 * that have it.
 */

/** At most this many classes: the bits stay a small integer. */
const MAX_CLASSES = 30;
const tests: ((key: string) => boolean)[] = [];
/** Called when a class is added: words whose classes were kept before it lack its bit. */
const onNewClass: (() => void)[] = [];

/**
 * Registers a class of words (at module load) and returns its bit. `test` must read only tables
 * that do not change once built, and answer for the folded word alone.
 */
export function wordClass(test: (key: string) => boolean): number {
  if (tests.length >= MAX_CLASSES) throw new Error(`word-classes: more than ${MAX_CLASSES} classes`);
  tests.push(test);
  for (const forget of onNewClass) forget();
  return 1 << (tests.length - 1);
}

/** `forget` is called whenever a class is added (word-table.ts empties itself). */
export function onWordClassAdded(forget: () => void): void {
  onNewClass.push(forget);
}

/** The bits of every class a folded word belongs to. */
export function classesOf(key: string): number {
  let bits = 0;
  for (let i = 0; i < tests.length; i++) if ((tests[i] as (key: string) => boolean)(key)) bits |= 1 << i;
  return bits;
}
