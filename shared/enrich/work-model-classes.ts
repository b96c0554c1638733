import { wordClass } from './word-classes';
import { mayMatter, OPEN, REGULAR, WHERE, WHEREVER } from './work-model-words';

// The work-model finders' word classes (word-classes.ts): each finder passes over the words whose
// bit is not set, and still asks its own table for the words that have it.

/** Token class of the words mayMatter passes: readClause skips the others by a bit. */
export const MAY_MATTER = wordClass(mayMatter);
/** Token class of "open": regionIn reads it and the words mayMatter passes. */
export const OPEN_WORD = wordClass((k) => OPEN.has(k));
/** Token class of "regular" words: regularVisits reads nothing else. */
export const REGULAR_WORD = wordClass((k) => REGULAR.has(k));
/** Token class of the words wherever() starts from. */
export const WHERE_WORD = wordClass((k) => WHEREVER.has(k) || WHERE.has(k));
