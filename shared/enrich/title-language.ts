import type { Evidence } from '../posting/posting';
import { findAdLanguage, functionWordCodes } from './ad-language';
import { COMPOUNDING, JOB_WORDS } from './job-words';
import { LETTER_WEIGHT, letterLanguages } from './language-letters';
import { type Clause, clauseText } from './tokenize';

/**
 * The gender note a job title carries says which language's conventions the ad follows:
 * German "(m/w/d)", French "(H/F)", Dutch "(m/v)", Polish "(K/M)", Spanish "(H/M)"; "(m/f/d)" is
 * how an English ad of a German employer writes it; "(m/ž)" is shared by the Czech, Slovak and
 * South Slavic languages, so its title's words decide between them. Each note's letters, folded,
 * in any order.
 */
const GENDER_NOTES: [letters: Set<string>, languages: string[]][] = [
  [new Set(['m', 'w']), ['de']],
  [new Set(['m', 'w', 'd']), ['de']],
  [new Set(['m', 'w', 'x']), ['de']],
  [new Set(['m', 'w', 'i']), ['de']],
  [new Set(['h', 'f']), ['fr']],
  [new Set(['f', 'h', 'x']), ['fr']],
  [new Set(['m', 'v']), ['nl']],
  [new Set(['m', 'v', 'x']), ['nl']],
  [new Set(['k', 'm']), ['pl']],
  [new Set(['h', 'm']), ['es']],
  [new Set(['m', 'f', 'd']), ['en']],
  [new Set(['m', 'ž']), ['cs', 'sk', 'sl', 'hr', 'sr']],
];
// In parentheses or bare ("Účetní m/ž"); the closing parenthesis may be gone: a clause's text
// ends at its last word.
const NOTE = /(?<![\p{L}\p{N}/])(\p{L})\s*\/\s*(\p{L})(?:\s*\/\s*(\p{L}))?(?![\p{L}\p{N}/])/giu;

/** German writes both genders into one word: "Kaufmann/-frau", "Berater/in", "Referent:in", "Pfleger*in". */
const GERMAN_GENDER_FORM = /\p{Ll}(?:\/-?in|:in|\*in|_in|\(in\)|Innen)\b/u;

function noteLanguages(text: string): string[] | null {
  for (const m of text.matchAll(NOTE)) {
    const letters = new Set([m[1], m[2], m[3]].filter((l): l is string => l !== undefined).map((l) => l.toLowerCase()));
    const found = GENDER_NOTES.find(([l]) => l.size === letters.size && [...l].every((x) => letters.has(x)));
    if (found) return found[1];
  }
  return null;
}

/** Each job word → the languages that write it. */
const JOB_LANGUAGES = new Map<string, string[]>();
/** Each job word of a compounding language, long enough to end a compound → those languages. */
const COMPOUND_TAILS = new Map<string, string[]>();
const MIN_TAIL = 5;
for (const [language, words] of Object.entries(JOB_WORDS)) {
  for (const w of words) {
    JOB_LANGUAGES.set(w, [...(JOB_LANGUAGES.get(w) ?? []), language]);
    if (COMPOUNDING.has(language) && w.length >= MIN_TAIL) {
      COMPOUND_TAILS.set(w, [...(COMPOUND_TAILS.get(w) ?? []), language]);
    }
  }
}

function jobWordLanguages(key: string): string[] | undefined {
  const whole = JOB_LANGUAGES.get(key);
  if (whole) return whole;
  for (let i = 1; i + MIN_TAIL <= key.length; i++) {
    const tail = COMPOUND_TAILS.get(key.slice(i));
    if (tail) return tail;
  }
  return undefined;
}

/**
 * A function word says which language a title is written in more surely than a job word, which
 * languages borrow ("Analyst", "Remote" in a German title).
 */
const FUNCTION_WORD_WEIGHT = 1.5;

interface Tally {
  scores: Map<string, number>;
  /** The first clause that counted for each language: the evidence quoted. */
  firstClause: Map<string, Clause>;
}

function add(tally: Tally, languages: string[], weight: number, clause: Clause): void {
  for (const l of languages) {
    tally.scores.set(l, (tally.scores.get(l) ?? 0) + weight / languages.length);
    if (!tally.firstClause.has(l)) tally.firstClause.set(l, clause);
  }
}

/** Function words, job and field words, telling letters and a shared gender note, counted. */
function count(tally: Tally, clauses: Clause[]): void {
  for (const clause of clauses) {
    const note = noteLanguages(clause.tokens.map((t) => t.raw + t.gapAfter).join(''));
    if (note) add(tally, note, 1, clause);
    for (const t of clause.tokens) {
      if (t.key.charCodeAt(0) <= 57) continue;
      const stop = functionWordCodes(t);
      if (stop) add(tally, stop, FUNCTION_WORD_WEIGHT, clause);
      const job = jobWordLanguages(t.key);
      if (job) add(tally, job, 1, clause);
      const letters = letterLanguages(t.raw);
      if (letters) add(tally, letters, letters[0] === 'el' ? 1 : LETTER_WEIGHT, clause);
    }
  }
}

/** The one language ahead of all others with at least a word's weight, or null (Latin Croatian and Serbian tied: Croatian, as ad-language.ts reads them). */
function leader(tally: Tally): string | null {
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [l, s] of tally.scores) {
    if (s > top) {
      second = top;
      top = s;
      best = l;
    } else if (s > second) second = s;
  }
  if (top >= 1 && top === second && tally.scores.get('hr') === top && tally.scores.get('sr') === top) return 'hr';
  return top >= 1 && top > second ? best : null;
}

export interface TitleLanguageFinding {
  language: string | null;
  evidence?: Evidence[];
}

/** A field line ("Lokalita: Plzeň", "type-of-contract: B2B"): a label of a few words, then a colon. */
function isFieldLine(clause: Clause): boolean {
  const n = Math.min(clause.tokens.length - 1, 4);
  for (let i = 0; i < n; i++) if (clause.tokens[i]?.gapAfter.includes(':')) return true;
  return false;
}

/**
 * The language of an ad too short for function words to tell (a board's record of a title and a
 * few field lines: "Skladník / Lokalita: Plzeň / Typ úvazku: plný"). A sentence of its own decides
 * first, read from its function words; else the title, the ad's own text: its gender note, German
 * gender forms, else the language its function words, job words and telling letters point to.
 * Only when the title cannot tell do the field lines, labelled and filled in the board's language.
 */
export function findTitleLanguage(titleClauses: Clause[], bodyClauses: Clause[]): TitleLanguageFinding {
  const firstLine = bodyClauses[0]?.line;
  const titleText = titleClauses.map((c) => clauseText(c)).join(' ');
  // A body that opens with the title repeats it: that line is the title, not a sentence.
  const opening = bodyClauses.filter((c) => c.line === firstLine);
  const repeats = titleClauses.length > 0 && opening.map((c) => clauseText(c)).join(' ') === titleText;
  const title = titleClauses.length > 0 ? titleClauses : opening;
  const prose = bodyClauses.filter((c) => !(repeats && c.line === firstLine) && !isFieldLine(c));
  const read = findAdLanguage(prose);
  if (read.language) return read;
  for (const clause of title) {
    const text = clause.tokens.map((t) => t.raw + t.gapAfter).join('');
    const note = noteLanguages(text);
    const language = note?.length === 1 ? note[0] : GERMAN_GENDER_FORM.test(text) ? 'de' : null;
    if (language) return found(language, clause, 'gender note');
  }
  const tally: Tally = { scores: new Map(), firstClause: new Map() };
  count(tally, title);
  const fromTitle = leader(tally);
  if (fromTitle) return found(fromTitle, tally.firstClause.get(fromTitle) as Clause, 'title words');
  count(tally, bodyClauses.slice(0, 24));
  const fromRecord = leader(tally);
  if (fromRecord) return found(fromRecord, tally.firstClause.get(fromRecord) as Clause, 'record words');
  return { language: null };
}

function found(language: string, clause: Clause, rule: string): TitleLanguageFinding {
  return { language, evidence: [{ field: 'adLanguage', value: language, quote: clauseText(clause, 80), rule }] };
}
