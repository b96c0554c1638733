import {
  BUT_WORDS,
  FILLERS,
  LANGUAGE_WORDS,
  NEGATABLE,
  NEGATIONS,
  OPTIONAL_CUES,
  REQUIRED_CUES,
  SPEAK_SUBJECTS,
  SPEAK_VERBS,
  SPEAK_YOU,
} from './cue-words';
import { CEFR, cefrKey } from './language-level';
import { isAnyLanguageName } from './language-names';
import { LEVEL_CUES } from './level-words';
import { CHOICE_NUMBERS, NEED_VERBS, NEGATIONS_AFTER, NOT_REQUIRED, WORKING_WORDS } from './scope-words';
import { ALL_STOP_WORDS } from './stop-words';
import type { Token } from './tokenize';
import { wordClass } from './word-classes';

/** Whether a word makes a language in its clause a requirement: a required cue, "you speak", or a level (CEFR or a word). */
export function isCue(key: string): boolean {
  return REQUIRED_CUES.has(key) || SPEAK_YOU.has(key) || LEVEL_CUES.has(key) || CEFR.test(cefrKey(key));
}

/** Every word cuesOf weighs but a CEFR level: one set, so a new word's class costs one look-up. */
const CUE_WORDS = new Set([
  ...OPTIONAL_CUES,
  ...NEGATIONS,
  ...REQUIRED_CUES,
  ...SPEAK_YOU,
  ...LEVEL_CUES,
  ...SPEAK_VERBS,
  ...WORKING_WORDS,
  ...NOT_REQUIRED,
]);
/** Token class of every word cuesOf weighs: it passes over the others. */
const CUE_WORD = wordClass((k) => CUE_WORDS.has(k) || CEFR.test(cefrKey(k)));

/** What the words of a clause, or of one part of it, say of the languages there. */
export interface ClauseCues {
  req: boolean;
  opt: boolean;
  neg: boolean;
}

/** The cues among tokens `from` to `to` (exclusive); a negated requirement ("not necessary") is a negation only. */
export function cuesOf(tokens: Token[], from: number, to: number): ClauseCues {
  const cues: ClauseCues = { req: false, opt: false, neg: false };
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t === undefined || (t.classes & CUE_WORD) === 0) continue;
    const k = t.key;
    // "B2, preferably C1" is about the level; "plus one of" adds a choice, no plus.
    const next = tokens[i + 1]?.key ?? '';
    if (OPTIONAL_CUES.has(k) && !CEFR.test(cefrKey(next)) && !(k === 'plus' && CHOICE_NUMBERS.has(next)))
      cues.opt = true;
    if (NOT_REQUIRED.has(k)) {
      cues.neg = true;
      continue;
    }
    // "zorunlu değil": the negation follows what it negates.
    const before = i > from ? (tokens[i - 1] as Token).key : '';
    if (NEGATIONS_AFTER.has(k) && NEGATABLE.has(before)) {
      cues.neg = true;
      continue;
    }
    if (NEGATIONS.has(k)) {
      // "Du behöver inte kunna svenska", "you need not speak": a "need" just before is negated.
      if (NEED_VERBS.has(before)) {
        cues.neg = true;
        continue;
      }
      // "not necessary", "inte ett krav", "ikke et krav": the negated word is not a requirement.
      // "No prior knowledge of Swedish is needed": a negation that opens its part reaches further.
      const reach = i === from ? Math.min(to, i + 9) : Math.min(to, i + 4);
      for (let j = i + 1; j < reach; j++) {
        const n = tokens[j]?.key ?? '';
        if (NEGATABLE.has(n)) {
          cues.neg = true;
          i = j;
          break;
        }
        if (BUT_WORDS.has(n) || !(FILLERS.has(n) || (i === from && aboutALanguage(n)))) break;
      }
      continue;
    }
    if (isCue(k) || (SPEAK_VERBS.has(k) && saidOfCandidate(tokens, from, i))) cues.req = true;
    else if (WORKING_WORDS.has(k) && besideLanguageWord(tokens, from, to, i)) cues.req = true;
  }
  return cues;
}

/** A form of "to speak" at `at` opens its part ("- Speaks German") or has "you", "must", "kan" … just before it. */
function saidOfCandidate(tokens: Token[], from: number, at: number): boolean {
  if (at === from) return true;
  for (let j = Math.max(from, at - 3); j < at; j++) if (SPEAK_SUBJECTS.has(tokens[j]?.key ?? '')) return true;
  return false;
}

/** A word for "language" within two words of `at` ("working language", "langue de travail"). */
function besideLanguageWord(tokens: Token[], from: number, to: number, at: number): boolean {
  for (let j = Math.max(from, at - 2); j < Math.min(to, at + 3); j++)
    if (j !== at && LANGUAGE_WORDS.has(tokens[j]?.key ?? '')) return true;
  return false;
}

/** Words a negation that opens its part reaches over: "No (prior) knowledge of Swedish is needed", not "No experience required". */
function aboutALanguage(key: string): boolean {
  return (
    ALL_STOP_WORDS.has(key) ||
    isCue(key) ||
    LANGUAGE_WORDS.has(key) ||
    isAnyLanguageName(key) ||
    key === 'prior' ||
    key === 'previous'
  );
}
