import type { Evidence } from '../posting/posting';
import { LETTER_WEIGHT, letterLanguages } from './language-letters';
import { STOP_WORD_FORMS, writtenForm } from './stop-words';
import { type Clause, clauseText, fold, type Token } from './tokenize';
import { wordClass } from './word-classes';

const MAX_TOKENS = 3000;
const LANGUAGES = Object.keys(STOP_WORD_FORMS);
const GREEK = LANGUAGES.indexOf('el');
// Croatian and Serbian in Latin script share nearly every function word: a clause of shared words
// is Croatian's, and the words only one of them writes ("tjedan" / "nedelje", "tko" / "ko",
// "također" / "takođe") decide the document.
const HR = LANGUAGES.indexOf('hr');
const SR = LANGUAGES.indexOf('sr');
/** word as written → the languages (indexes into LANGUAGES) it is a function word of */
const LANGUAGES_OF = new Map<string, number[]>();
/** folded key → the languages it is a function word of, however it is written */
const LANGUAGES_OF_KEY = new Map<string, number[]>();
function note(map: Map<string, number[]>, word: string, n: number): void {
  const langs = map.get(word) ?? [];
  if (!langs.includes(n)) map.set(word, [...langs, n]);
}
LANGUAGES.forEach((lang, n) => {
  for (const w of STOP_WORD_FORMS[lang] ?? []) {
    note(LANGUAGES_OF, w, n);
    note(LANGUAGES_OF_KEY, fold(w), n);
  }
});
/** Token class of the function words by key, elided ("l'") or not: most words of an ad are none. */
const FUNCTION_WORD = wordClass((k) => LANGUAGES_OF_KEY.has(k) || LANGUAGES_OF_KEY.has(`${k}'`));

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * The languages a word is a function word of. A word written with diacritics is read as written
 * ("až" is none of Hungarian's "az", Icelandic "í" none of Norwegian's "i"); one without may be
 * any of them, as ads typed without diacritics write Romanian "si" and "in" for "și" and "în".
 */
function functionWordLanguages(t: Token): number[] | undefined {
  const elided = t.gapAfter === "'" || t.gapAfter === '\u2019';
  const langs = LANGUAGES_OF_KEY.get(elided ? `${t.key}'` : t.key);
  return langs === undefined || t.raw === t.key ? langs : asWritten(t, langs, elided);
}

/** Of a function word's languages by its key, those that write it as this token does. */
function asWritten(t: Token, byKey: number[], elided: boolean): number[] | undefined {
  if (isAscii(t.raw)) return byKey;
  const form = writtenForm(t.raw);
  return LANGUAGES_OF.get(elided ? `${form}'` : form);
}

// Each group of languages a telling letter names, as indexes into LANGUAGES.
const LETTER_INDEXES = new Map<string[], number[]>();
function tellingLetter(t: Token): number[] | undefined {
  // Most words are lower-case ASCII, which the key then equals: only others are scanned (a word
  // whose only telling letter is one folding keeps, as "ø" or "ł", goes unread unless capitalised).
  if (t.raw === t.key && t.key.charCodeAt(0) < 0x80) return undefined;
  const codes = letterLanguages(t.raw);
  if (codes === undefined) return undefined;
  let indexes = LETTER_INDEXES.get(codes);
  if (indexes === undefined) {
    indexes = codes.map((c) => LANGUAGES.indexOf(c)).filter((n) => n >= 0);
    LETTER_INDEXES.set(codes, indexes);
  }
  return indexes;
}

/** Adds each telling letter's share to a clause's scores; says whether it found one. */
function addTellingLetters(clause: Clause, score: Float64Array): boolean {
  let found = false;
  for (const t of clause.tokens) {
    const telling = tellingLetter(t);
    if (telling === undefined) continue;
    found = true;
    for (const l of telling) score[l] = (score[l] as number) + LETTER_WEIGHT / telling.length;
  }
  return found;
}

let rankBest = 0;
let rankSecond = 0;
/** The language scoring most (its score and the runner-up's left in rankBest and rankSecond). */
function rank(score: Float64Array): number {
  let winner = -1;
  // Locals in the loop, the module's variables set once.
  let best = 0;
  let second = 0;
  for (let l = 0; l < score.length; l++) {
    const s = score[l] as number;
    if (s > best) {
      second = best;
      best = s;
      winner = l;
    } else if (s > second) second = s;
  }
  rankBest = best;
  rankSecond = second;
  return winner;
}

/** The codes of the languages a word is a function word of. */
export function functionWordCodes(t: Token): string[] | undefined {
  return functionWordLanguages(t)?.map((n) => LANGUAGES[n] as string);
}

/** The winner needs this many function words in the whole text: three words are no evidence. */
const MIN_HITS = 3;
/** A language with this share of the winner's text, met earlier, is the ad's main one (a bilingual ad). */
const BILINGUAL_SHARE = 0.6;
const SAMPLE = 80;

function tiedAtTop(score: Float64Array, best: number): number {
  let n = 0;
  for (const s of score) if (s === best) n++;
  return n;
}

// The tallies per language, kept between calls (cleared at each): a dozen typed arrays allocated for
// every ad cost more than the clearing. findAdLanguage is not reentrant.
const TALLIES = {
  weight: new Float64Array(LANGUAGES.length),
  hits: new Uint32Array(LANGUAGES.length),
  firstClause: new Int32Array(LANGUAGES.length),
  bestClause: new Int32Array(LANGUAGES.length),
  bestClauseHits: new Uint32Array(LANGUAGES.length),
  score: new Float64Array(LANGUAGES.length),
  clauseHits: new Uint32Array(LANGUAGES.length),
  /** Function words only that language writes. */
  own: new Uint32Array(LANGUAGES.length),
};

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
  const { weight, hits, firstClause, bestClause, bestClauseHits, score, clauseHits, own } = TALLIES;
  weight.fill(0);
  hits.fill(0);
  bestClauseHits.fill(0);
  score.fill(0);
  clauseHits.fill(0);
  own.fill(0);
  firstClause.fill(-1);
  bestClause.fill(-1);
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
      if ((t.classes & FUNCTION_WORD) === 0) continue;
      // An elided article or preposition ("l'", "dell'", "qu'") is keyed with its apostrophe.
      // (functionWordLanguages, written out: this loop runs for every word of every ad.)
      const elided = t.gapAfter === "'" || t.gapAfter === '\u2019';
      const byKey = LANGUAGES_OF_KEY.get(elided ? `${t.key}'` : t.key);
      if (byKey === undefined) continue;
      const langs = t.raw === t.key ? byKey : asWritten(t, byKey, elided);
      if (langs === undefined) continue;
      dirty = true;
      if (langs.length === 1) own[langs[0] as number] = (own[langs[0] as number] as number) + 1;
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
      winner = rank(score);
      best = rankBest;
      let second = rankSecond;
      // Letters only a few languages write ("ř", "ő") tip a clause whose function words they share.
      if (best > 0 && best === second && addTellingLetters(clause, score)) {
        winner = rank(score);
        best = rankBest;
        second = rankSecond;
      }
      // A clause votes only when one language leads: a clause of shared words ("i", "en") does
      // not, but its words count towards the minimum of each language tied at the top.
      if (best > 0 && best === second && score[HR] === best && score[SR] === best && tiedAtTop(score, best) === 2) {
        winner = HR;
      } else if (best > 0 && best === second) {
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
  // Words every candidate shares decide nothing: some clause must have voted for the winner.
  if (top < 0 || (weight[top] as number) === 0) return { language: null };
  let main = top;
  for (let l = 0; l < LANGUAGES.length; l++) {
    const bilingual =
      (hits[l] as number) >= MIN_HITS && (weight[l] as number) >= BILINGUAL_SHARE * (weight[top] as number);
    if (bilingual && (firstClause[l] as number) < (firstClause[main] as number)) main = l;
  }
  const sample = clauses[bestClause[main] as number];
  if ((main === HR || main === SR) && own[HR] !== own[SR]) main = (own[SR] as number) > (own[HR] as number) ? SR : HR;
  const language = LANGUAGES[main] as string;
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
