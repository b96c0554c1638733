import type { LanguageLevel } from '../posting/posting';
import { FLUENT_WORDS, GOOD_WORDS, NATIVE_WORDS } from './cue-words';
import type { Token } from './tokenize';

/** A CEFR level, as a token's key or a level lower-cased: "b2". */
export const CEFR = /^[abc][12]$/;
const CEFR_ORDER = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2'];

/** The level stated in a part: the lowest CEFR level accepted, else the lowest word level. */
export function levelOf(tokens: Token[]): LanguageLevel | null {
  let cefr = -1;
  let word = -1;
  for (const t of tokens) {
    const c = CEFR_ORDER.indexOf(t.key);
    if (c >= 0 && (cefr === -1 || c < cefr)) cefr = c;
    const w = NATIVE_WORDS.has(t.key) ? 2 : FLUENT_WORDS.has(t.key) ? 1 : GOOD_WORDS.has(t.key) ? 0 : -1;
    if (w >= 0 && (word === -1 || w < word)) word = w;
  }
  if (cefr >= 0) return (CEFR_ORDER[cefr] ?? 'c1').toUpperCase() as LanguageLevel;
  if (word >= 0) return (['good', 'fluent', 'native'] as const)[word] ?? null;
  return null;
}
