import { classesOf, onWordClassAdded } from './word-classes';

/**
 * The words tokenize has met, found again by a hash of their characters that tokenize takes
 * while scanning: a word met again costs no slice, no lower-casing or folding, no asking of its
 * classes (word-classes.ts), and its strings' hashes (every table look-up needs them) are
 * already computed. A JS Map keyed by the word would need the slice and its hash first: that
 * look-up alone was a tenth of enrichment's time.
 */

// Open addressing, each slot's hash beside its entry (one cache line a probe); emptied when full
// (bounded: a long-lived Lambda meets many words). 64k words: the 350 labelled documents hold 28k
// distinct ones in two dozen languages, and a table emptied every few hundred ads meets every word anew.
const WORD_SLOTS = 1 << 17;
const MAX_WORDS = WORD_SLOTS >> 1;
// A word whose slot is this far from its hash's is not kept: words made to share one hash cost no more than new words.
const MAX_PROBES = 16;
/** Slot s: [2s] the word's hash, [2s + 1] its index in `words` plus one (0: empty). */
const slots = new Int32Array(2 * WORD_SLOTS);
export const words = { raw: [] as string[], key: [] as string[], classes: [] as number[] };

/** A slot for a hash: its high bits mixed into the low ones the table is indexed by. */
function spread(hash: number): number {
  return (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 17) & (WORD_SLOTS - 1);
}

/** The index in `words` of the word `src[start, end)` whose characters hash to `hash`, or -1. */
export function knownWord(src: string, start: number, end: number, hash: number): number {
  const length = end - start;
  let slot = spread(hash);
  for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & (WORD_SLOTS - 1)) {
    const entry = (slots[2 * slot + 1] as number) - 1;
    if (entry < 0) return -1;
    if (slots[2 * slot] !== hash) continue;
    const raw = words.raw[entry] as string;
    if (raw.length !== length) continue;
    let same = true;
    for (let j = 0; j < length && same; j++) same = raw.charCodeAt(j) === src.charCodeAt(start + j);
    if (same) return entry;
  }
  return -1;
}

/** Empties the table: a class registered later (word-classes.ts) must be asked of every word. */
export function forgetWords(): void {
  slots.fill(0);
  words.raw.length = 0;
  words.key.length = 0;
  words.classes.length = 0;
}

onWordClassAdded(forgetWords);

/**
 * Keeps a word, its folded key and its classes (one met first, see knownWord) and returns its
 * index in `words`; a word with no free slot near its hash's is kept only until the table empties.
 */
export function rememberWord(raw: string, key: string, hash: number): number {
  if (words.raw.length >= MAX_WORDS) forgetWords();
  const entry = words.raw.length;
  // A copy, not a slice: a long word's slice would keep its whole document alive in the table.
  const own = raw.length >= 13 ? ` ${raw}`.slice(1) : raw;
  words.raw.push(own);
  words.key.push(key === raw ? own : key);
  words.classes.push(classesOf(key));
  let slot = spread(hash);
  for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & (WORD_SLOTS - 1)) {
    if (slots[2 * slot + 1] === 0) {
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = entry + 1;
      break;
    }
  }
  return entry;
}
