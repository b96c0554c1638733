import type { LanguageLevel } from '../posting/posting';
import { BASIC_WORDS, FLUENT_WORDS, GOOD_WORDS, INTERMEDIATE_WORDS, LEVEL_NOUNS, NATIVE_WORDS } from './level-words';
import { type Token, tokenAt } from './tokenize';

/** A CEFR level, as a token's key or a level lower-cased: "b2". */
export const CEFR = /^[abc][12]$/;
const CEFR_ORDER = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2'];
// Cyrillic ads often write the level with their own look-alike letters: "В1", "С1" (Cyrillic ve, es).
const CYRILLIC_LEVEL: Record<string, string> = { а: 'a', в: 'b', с: 'c' };

/** A token's key with a level written in Cyrillic look-alike letters read as the Latin level ("в1" → "b1"). */
export function cefrKey(key: string): string {
  if (key.length !== 2) return key;
  const latin = CYRILLIC_LEVEL[key.charAt(0)];
  return latin !== undefined ? latin + key.charAt(1) : key;
}

/** The word levels, lowest first. */
const WORD_LEVELS = ['basic', 'intermediate', 'good', 'fluent', 'native'] as const;

function wordLevel(key: string): number {
  if (NATIVE_WORDS.has(key)) return 4;
  if (FLUENT_WORDS.has(key)) return 3;
  if (GOOD_WORDS.has(key)) return 2;
  if (INTERMEDIATE_WORDS.has(key)) return 1;
  return BASIC_WORDS.has(key) ? 0 : -1;
}

/**
 * The level stated in a part: the lowest CEFR level accepted, else the lowest word level; a word
 * level beside a word for "level" is the one stated ("sehr gute Kenntnisse (muttersprachliches Niveau)").
 */
export function levelOf(tokens: Token[]): LanguageLevel | null {
  let cefr = -1;
  let word = -1;
  let stated = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const c = CEFR_ORDER.indexOf(cefrKey(t.key));
    if (c >= 0 && (cefr === -1 || c < cefr)) cefr = c;
    const w = wordLevel(t.key);
    if (w >= 0 && (word === -1 || w < word)) word = w;
    if (w >= 0 && (LEVEL_NOUNS.has(tokens[i + 1]?.key ?? '') || LEVEL_NOUNS.has(tokenAt(tokens, i - 1)?.key ?? '')))
      stated = stated === -1 ? w : Math.min(stated, w);
  }
  if (stated >= 0) word = stated;
  if (cefr >= 0) return (CEFR_ORDER[cefr] ?? 'c1').toUpperCase() as LanguageLevel;
  if (word >= 0) return WORD_LEVELS[word] ?? null;
  return null;
}
