import type { Evidence } from '../posting/posting';
import { STOP_WORDS } from './stop-words';
import { type Clause, clauseText } from './tokenize';

const MAX_TOKENS = 3000;
const LANGUAGES = Object.keys(STOP_WORDS);
const GREEK = LANGUAGES.indexOf('el');
const ICELANDIC = LANGUAGES.indexOf('is');

/** A word with "ð" or "þ", letters of Icelandic alone among the languages here (lower case: keys are folded). */
function icelandicWord(key: string): boolean {
  return key.indexOf('ð') >= 0 || key.indexOf('þ') >= 0;
}
/** word → the languages (indexes into LANGUAGES) it is a function word of */
const LANGUAGES_OF = new Map<string, number[]>();
LANGUAGES.forEach((lang, n) => {
  for (const w of STOP_WORDS[lang] ?? []) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), n]);
});
/** The winner needs this many function words in the whole text: three words are no evidence. */
const MIN_HITS = 3;
/** A language with this share of the winner's text, met earlier, is the ad's main one (a bilingual ad). */
const BILINGUAL_SHARE = 0.6;
const SAMPLE = 80;

export interface AdLanguageFinding {
  language: string | null;
  evidence?: Evidence[];
}

function isGreek(code: number): boolean {
  return (code >= 0x370 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff);
}

/**
 * The ad's own language. Each clause votes for the language whose function words it holds most
 * (a word shared by several languages counts a share to each), weighted by its letters, so a long
 * Finnish sentence with one "ja" weighs as much as its English translation full of "the". Greek
 * needs no words: its script is its own. Of a bilingual ad the language it opens with is the main
 * one. Rules rather than a library: a library (franc, cld3) knows more languages, but ads are
 * short, full of English job jargon and names, and the distinctive words decide da vs no or cs vs
 * sk, which trigram models often confuse; this is transparent, dependency-free and fast.
 */
export function findAdLanguage(clauses: Clause[]): AdLanguageFinding {
  const weight = new Float64Array(LANGUAGES.length);
  const hits = new Uint32Array(LANGUAGES.length);
  const firstClause = new Int32Array(LANGUAGES.length).fill(-1);
  const bestClause = new Int32Array(LANGUAGES.length).fill(-1);
  const bestClauseHits = new Uint32Array(LANGUAGES.length);
  const score = new Float64Array(LANGUAGES.length);
  const clauseHits = new Uint32Array(LANGUAGES.length);
  let seen = 0;
  let previous = -1;
  let previousLine = -1;
  let dirty = false;
  for (let ci = 0; ci < clauses.length && seen < MAX_TOKENS; ci++) {
    const clause = clauses[ci] as Clause;
    // Most clauses hold no function word: the tallies are cleared only after one that did.
    if (dirty) {
      score.fill(0);
      clauseHits.fill(0);
      dirty = false;
    }
    let letters = 0;
    let greekWords = 0;
    let words = 0;
    let prevGap = ' ';
    for (const t of clause.tokens) {
      if (++seen > MAX_TOKENS) break;
      const first = t.key.charCodeAt(0);
      const gap = prevGap;
      prevGap = t.gapAfter;
      if (first <= 57) continue;
      words++;
      letters += t.key.length;
      if (first >= 0x370 && isGreek(first)) greekWords++;
      // Parts of an address ("example.com", "jobs@…") are no words of any language.
      if (gap === '.' || gap === '@' || gap === '/') continue;
      // "verða", "þú", "Aðalverkefni": the letters say Icelandic where its function words are shared ("og", "til").
      if (ICELANDIC >= 0 && t.key.length > 1 && icelandicWord(t.key)) {
        score[ICELANDIC] = (score[ICELANDIC] as number) + 1;
        clauseHits[ICELANDIC] = (clauseHits[ICELANDIC] as number) + 1;
        dirty = true;
      }
      // An elided article or preposition ("l'", "dell'", "qu'") is keyed with its apostrophe.
      const elided = t.gapAfter === "'" || t.gapAfter === '\u2019';
      const langs = LANGUAGES_OF.get(elided ? `${t.key}'` : t.key);
      if (langs === undefined) continue;
      dirty = true;
      for (const l of langs) {
        score[l] = (score[l] as number) + 1 / langs.length;
        clauseHits[l] = (clauseHits[l] as number) + 1;
      }
    }
    let winner = -1;
    let best = 0;
    if (greekWords * 2 > words) {
      winner = GREEK;
      clauseHits[GREEK] = greekWords;
      dirty = true;
    } else if (dirty) {
      let second = 0;
      for (let l = 0; l < LANGUAGES.length; l++) {
        const s = score[l] as number;
        if (s > best) {
          second = best;
          best = s;
          winner = l;
        } else if (s > second) second = s;
      }
      // A clause votes only when one language leads: a clause of shared words ("i", "en") does
      // not, but its words count towards the minimum of each language tied at the top.
      if (best > 0 && best === second) {
        winner = -1;
        for (let l = 0; l < LANGUAGES.length; l++) {
          if (score[l] === best) hits[l] = (hits[l] as number) + (clauseHits[l] as number);
        }
      }
    }
    if (winner < 0) {
      // A sentence without a vote is in the language around it: one whose words are shared ("ja"
      // in Finnish and Estonian) in that of the last clause that voted if it is one of them, one
      // without function words (a Finnish sentence without "ja") in that of its paragraph.
      const carried = best === 0 ? previousLine === clause.line : score[previous] === best;
      if (previous >= 0 && carried) {
        weight[previous] = (weight[previous] as number) + letters;
      }
      continue;
    }
    previous = winner;
    previousLine = clause.line;
    weight[winner] = (weight[winner] as number) + letters;
    const h = clauseHits[winner] as number;
    hits[winner] = (hits[winner] as number) + h;
    if (firstClause[winner] === -1) firstClause[winner] = ci;
    if (h > (bestClauseHits[winner] as number)) {
      bestClauseHits[winner] = h;
      bestClause[winner] = ci;
    }
  }
  let top = -1;
  for (let l = 0; l < LANGUAGES.length; l++) {
    if ((hits[l] as number) < MIN_HITS) continue;
    if (top < 0 || (weight[l] as number) > (weight[top] as number)) top = l;
  }
  if (top < 0) return { language: null };
  let main = top;
  for (let l = 0; l < LANGUAGES.length; l++) {
    const bilingual =
      (hits[l] as number) >= MIN_HITS && (weight[l] as number) >= BILINGUAL_SHARE * (weight[top] as number);
    if (bilingual && (firstClause[l] as number) < (firstClause[main] as number)) main = l;
  }
  const language = LANGUAGES[main] as string;
  const sample = clauses[bestClause[main] as number];
  return {
    language,
    evidence: sample
      ? [
          {
            field: 'adLanguage',
            value: language,
            quote: clauseText(sample, SAMPLE),
            rule: main === GREEK ? 'script' : 'stop words',
          },
        ]
      : [],
  };
}
