import {
  ADDRESS,
  AVERAGE_SALARY,
  CAREERS_TITLE,
  COUNTED_POSITIONS,
  DATELINE,
  EMPLOYERS_IN_GENERAL,
  GUIDE_QUESTION,
  GUIDE_WORDS,
  HOW_TO_BECOME,
  LETTERED_ENTRY,
  NO_OPENINGS,
  PHOTO_LINE,
  PLACE_DATELINE,
  PRESS_RELEASE,
  RELATED_ARTICLES,
  SELF_ARTICLE,
  STOCK_PHOTO,
  TITLE_PARTS,
} from './document-kind-words';
import { newPageMarks, type PageKind, pageCues, readPageLine } from './page-marks';
import { reportMarks } from './report-marks';
import { REPORTED_AFTER, REPORTING } from './report-words';
import { type Clause, clauseText, fold, type Token } from './tokenize';
import { wordClass } from './word-classes';

/**
 * What kind of document a text reads as when it is not one job ad although it uses an ad's words:
 * an article or press release about hiring, an occupation guide ("What does a … do?"), a careers
 * page or a list of openings. Each cue is how such documents are written in general, in the
 * languages of Europe's job markets; one cue of weight 2, or two of weight 1, decide.
 */

export interface DocumentKind {
  kind: 'an article' | 'an occupation guide' | PageKind;
  quote: string;
}

export interface Cue {
  kind: DocumentKind['kind'];
  weight: 1 | 2;
  quote: string;
}

/** Enough of a page to see what it is: cues past this point would not change the reading. */
const HEAD = 20_000;
const MAX_LINES = 400;
/** A heading, a title segment or a credit is short. */
const SHORT_LINE = 80;
const QUOTE = 160;

/** Words a text needs before its not addressing anyone says something. */
const ADDRESS_WORDS = 80;
/** Words before "average salary" that make it an ad's promise ("above-average salary", "over gjennomsnittet"). */
const ABOVE = new Set(['above', 'over', 'uber', 'ueber', 'yli', 'nad', 'peste', 'boven', 'sopra', 'encima', 'acima']);

/** Phrases found by one pass over a text's words: each list's cue, and the weight it carries. */
const TOKEN_CUES: { phrases: string[][]; kind: Cue['kind']; weight: Cue['weight']; name: string }[] = [
  { phrases: SELF_ARTICLE, kind: 'an article', weight: 2, name: 'self' },
  { phrases: STOCK_PHOTO, kind: 'an article', weight: 2, name: 'stock' },
  { phrases: NO_OPENINGS, kind: 'a careers page', weight: 2, name: 'none open' },
  { phrases: AVERAGE_SALARY, kind: 'an occupation guide', weight: 1, name: 'average' },
  { phrases: EMPLOYERS_IN_GENERAL, kind: 'an occupation guide', weight: 1, name: 'employers' },
  // Counted apart (see readWords): each distinct reporting phrase adds to the weight.
  { phrases: REPORTING, kind: 'an article', weight: 1, name: 'reporting' },
  { phrases: [...REPORTED_AFTER.keys()].map((w) => [w]), kind: 'an article', weight: 1, name: 'reporting' },
];
const REPORTING_CUE = TOKEN_CUES.findIndex((c) => c.name === 'reporting');
const AFTER_CUE = TOKEN_CUES.length - 1;
/** First word → the phrases it opens, with their cue. */
const BY_FIRST = new Map<string, { rest: string[]; cue: number }[]>();
TOKEN_CUES.forEach(({ phrases }, cue) => {
  for (const [first, ...rest] of phrases) {
    if (!first) continue;
    const list = BY_FIRST.get(first) ?? [];
    list.push({ rest, cue });
    BY_FIRST.set(first, list);
  }
});

/**
 * One pass over the text's words (the title's excluded): the phrases of TOKEN_CUES, and whether a
 * text of some length never speaks to its reader nor as its writer's company.
 */
/** An address word's entry in a language's look-up: no phrase starts with it, or some do besides. */
const ADDRESS_ONLY: { rest: string[]; cue: number }[] = [];
/** Per ad language, one look-up for both: address words and phrase starts (one Map get per word). */
const LOOKUP = new Map<string, Map<string, { rest: string[]; cue: number }[]>>();
function lookupFor(adLanguage: string | null): {
  map: Map<string, { rest: string[]; cue: number }[]>;
  address: boolean;
} {
  const address = adLanguage ? ADDRESS[adLanguage] : undefined;
  if (!adLanguage || !address) return { map: BY_FIRST, address: false };
  let map = LOOKUP.get(adLanguage);
  if (!map) {
    map = new Map(BY_FIRST);
    for (const w of address) if (!map.has(w)) map.set(w, ADDRESS_ONLY);
    LOOKUP.set(adLanguage, map);
  }
  return { map, address: true };
}

/** Token class of the words readWords looks up in any language: a phrase's first word or an address word. */
const READ_WORDS = new Set([...BY_FIRST.keys(), ...Object.values(ADDRESS).flatMap((words) => [...words])]);
const READ_WORD = wordClass((k) => READ_WORDS.has(k));

/** Fewer address words than this per word: a text that hardly speaks to anyone (an ad does, often). */
const RARE_ADDRESS = 0.02;
/** Words a text needs before how rarely it addresses anyone says something. */
const RARE_ADDRESS_WORDS = 30;

/** Whether the words from `i` on are `rest` (a loop, not .every(): no closure for each common first word). */
function restAt(tokens: Token[], i: number, rest: string[]): boolean {
  for (let k = 0; k < rest.length; k++) if (tokens[i + k]?.key !== rest[k]) return false;
  return true;
}

/** Reads the text's words into cues; says whether the text hardly ever speaks to anyone, and its length. */
function readWords(
  clauses: Clause[],
  adLanguage: string | null,
  add: (c: Cue) => void,
): { rare: boolean; words: number } {
  const { map, address } = lookupFor(adLanguage);
  const addressWords = address && adLanguage ? ADDRESS[adLanguage] : undefined;
  let addressed = 0;
  let words = 0;
  const seen = new Set<number>();
  const reported = new Map<string, Clause>();
  for (const c of clauses) {
    if (c.section === 'title') continue;
    const tokens = c.tokens;
    words += tokens.length;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if ((t.classes & READ_WORD) === 0) continue;
      const key = t.key;
      const starts = map.get(key);
      if (starts === undefined) continue;
      if (addressWords?.has(key)) addressed++;
      for (const { rest, cue } of starts) {
        if (seen.has(cue) || !restAt(tokens, i + 1, rest)) continue;
        if (cue === REPORTING_CUE || (cue === AFTER_CUE && REPORTED_AFTER.get(key)?.has(tokens[i - 1]?.key ?? ''))) {
          reported.set([key, ...rest].join(' '), c);
          continue;
        }
        if (cue === AFTER_CUE) continue;
        if (TOKEN_CUES[cue]?.name === 'average' && ABOVE.has(tokens[i - 1]?.key ?? '')) continue;
        seen.add(cue);
        const { kind, weight } = TOKEN_CUES[cue] as (typeof TOKEN_CUES)[number];
        add({ kind, weight, quote: clauseText(c) });
      }
    }
  }
  if (address && addressed === 0 && words >= ADDRESS_WORDS)
    add({ kind: 'an article', weight: 1, quote: 'no "you" and no "we" in the text' });
  // News reports who made the hiring known ("announced", "uppger"): twice, or once in a text that
  // hardly speaks to its reader, it is a report about jobs, not an ad.
  const rare = address && words >= RARE_ADDRESS_WORDS && addressed / words < RARE_ADDRESS;
  if (reported.size > 0) {
    const weight = reported.size >= 2 || rare ? 2 : 1;
    add({ kind: 'an article', weight, quote: clauseText(reported.values().next().value as Clause) });
  }
  return { rare, words };
}

function cut(s: string): string {
  return s.trim().slice(0, QUOTE);
}

/** The cues a document's title and lines give. */
export function documentCues(title: string, text: string, clauses: Clause[], adLanguage: string | null): Cue[] {
  const cues: Cue[] = [];
  const head = text.slice(0, HEAD);
  const add = (kind: Cue['kind'], weight: Cue['weight'], quote: string) =>
    cues.push({ kind, weight, quote: cut(quote) });

  const t = title.slice(0, 300);
  const parts = t
    .split(TITLE_PARTS)
    .map((p) => p.trim())
    .filter(Boolean);
  // Every part of the title names a careers page, or the first one does and the rest is a brand or a slogan.
  const careers = parts.filter((p) => CAREERS_TITLE.test(p));
  if (parts.length > 0 && (careers.length >= 2 || (careers.length === 1 && parts[0] === careers[0])))
    add('a careers page', 2, t);
  if (GUIDE_QUESTION.test(t) || HOW_TO_BECOME.test(t) || GUIDE_WORDS.test(t)) add('an occupation guide', 2, t);

  let n = 0;
  let start = 0;
  let photo = false;
  let guide = false;
  let press = false;
  let related = false;
  const entries = new Set<string>();
  const page = newPageMarks();
  while (start < head.length && n < MAX_LINES) {
    const end = head.indexOf('\n', start);
    const line = head.slice(start, end === -1 ? head.length : end);
    start = end === -1 ? head.length : end + 1;
    const trimmed = line.trim();
    if (trimmed.length === 0) continue;
    n++;
    if (n === 1 && (DATELINE.test(line) || PLACE_DATELINE.test(line))) add('an article', 2, trimmed);
    if (trimmed.length > SHORT_LINE) continue;
    readPageLine(page, trimmed, n);
    if (!photo && PHOTO_LINE.test(line)) {
      photo = true;
      add('an article', 1, trimmed);
    }
    if (!related && RELATED_ARTICLES.test(line)) {
      related = true;
      add('an article', 1, trimmed);
    }
    if (!press && n <= 3 && PRESS_RELEASE.test(line)) {
      press = true;
      add('an article', 2, trimmed);
    }
    // A guide asks its questions as headings.
    if (!guide && trimmed.endsWith('?') && GUIDE_QUESTION.test(line)) {
      guide = true;
      add('an occupation guide', 2, trimmed);
    }
    if (LETTERED_ENTRY.test(line) || (trimmed.includes('(') && COUNTED_POSITIONS.test(line)))
      entries.add(trimmed.toLowerCase());
  }
  if (entries.size >= 2) add('a list of jobs', 2, [...entries].slice(0, 3).join(' · '));
  for (const c of pageCues(page)) add(c.kind, c.weight, c.quote);
  const read = readWords(clauses, adLanguage, (c) => cues.push({ ...c, quote: cut(c.quote) }));
  const weight = cues.reduce((sum, c) => sum + c.weight, 0);
  // Below two, what the text says of job ads and figures may decide (read only then).
  if (weight < 2) reportMarks(head, clauses, weight, read, (c) => cues.push({ ...c, quote: cut(c.quote) }));
  return cues;
}

/** What the document reads as when its cues outweigh its being one ad, or null. */
export function documentKind(
  title: string,
  text: string,
  clauses: Clause[],
  adLanguage: string | null,
): DocumentKind | null {
  const cues = documentCues(title, text, clauses, adLanguage);
  const weight = cues.reduce((sum, c) => sum + c.weight, 0);
  if (weight < 2) return null;
  const first = cues.find((c) => c.weight === 2) ?? cues[0];
  if (!first) return null;
  return { kind: first.kind, quote: cues.map((c) => c.quote).join(' · ') };
}

/** Headings an ad speaks in, to the candidate or as the employer ("What you will do", "Co od tebe očekáváme"). */
const AD_HEADINGS = 3;
const MAX_HEADING = 60;
const HEADING_WORDS = 8;

/**
 * Whether a text's headings speak to the candidate or as the employer, as an ad's sections do
 * ("What you will do", "Was wir bieten", "Na co se u nás můžeš těšit"), often enough that quotes
 * in its title or text do not make it an article.
 */
export function speaksAsAnAd(text: string, adLanguage: string | null): boolean {
  const address = adLanguage ? ADDRESS[adLanguage] : undefined;
  if (!address) return false;
  let headings = 0;
  let start = 0;
  let n = 0;
  while (start < text.length && n++ < MAX_LINES && start < HEAD) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const line = text.slice(start, Math.min(stop, start + MAX_HEADING + 10));
    const long = stop - start > MAX_HEADING + 10;
    start = stop + 1;
    if (long) continue;
    const heading = line.replace(/^[\s#*>-]+|[\s*:]+$/g, '');
    if (heading.length < 4 || heading.length > MAX_HEADING || /[.!,;]$/.test(heading)) continue;
    const words = heading.split(/[^\p{L}\d]+/u).filter(Boolean);
    if (words.length < 2 || words.length > HEADING_WORDS) continue;
    if (words.some((w) => address.has(fold(w))) && ++headings >= AD_HEADINGS) return true;
  }
  return false;
}
