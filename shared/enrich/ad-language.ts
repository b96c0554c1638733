import { STOP_WORDS } from './stop-words';
import type { Clause } from './tokenize';

const MAX_TOKENS = 3000;
/** word → the languages it is a function word of */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of words) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);
}
const MIN_HITS = 3;

/**
 * The ad's own language, by counting function words per language.
 * Rules rather than a library: a library (franc, cld3) knows more languages, but ads are short,
 * full of English job jargon and names, and the distinctive-word lists decide da vs no, which
 * trigram models often confuse; this is transparent, dependency-free and fast.
 */
export function detectAdLanguage(clauses: Clause[]): string | null {
  const hits = new Map<string, number>();
  let seen = 0;
  outer: for (const clause of clauses) {
    for (const t of clause.tokens) {
      if (++seen > MAX_TOKENS) break outer;
      for (const lang of LANGUAGES_OF.get(t.key) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, count] of hits) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return bestCount >= MIN_HITS ? best : null;
}
