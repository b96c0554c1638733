import type { Evidence } from '../posting/posting';
import { documentKind, speaksAsAnAd } from './document-kind';
import { headerKind } from './place-cues';
import { type Layout, LIST_TITLES, readLayout } from './posting-layout';
import { AD_PARTS, FIRST_PERSON, HEADLINE, NOT_A_JOB, REPORTED_SPEECH } from './posting-words';
import { type Clause, clauseText, type Token, tokenAt } from './tokenize';
import { wordClass } from './word-classes';

/** word → which part of an ad it belongs to */
const PART_OF = new Map<string, number>();
AD_PARTS.forEach(({ words }, n) => {
  for (const w of words) PART_OF.set(w, n);
});
/** Every word postingSignals counts: most words are none, and one look-up lets them pass. */
const SIGNAL_WORDS = new Set([
  ...PART_OF.keys(),
  ...NOT_A_JOB,
  ...Object.values(FIRST_PERSON).flatMap((s) => [...s]),
  ...Object.values(REPORTED_SPEECH).flatMap((s) => [...s]),
]);
const SIGNAL_WORD = wordClass((k) => SIGNAL_WORDS.has(k));
const APPLY = 0;
const NO_WORDS = new Set<string>();
const QUOTE = 160;
/** Fields a job record has at least: a place, a duration, a pay, a deadline. */
const FIELDS = 3;
/** Entries that make a list: one ad may repeat its title or its button twice. */
const LIST = 3;

export interface PostingFinding {
  isPosting: boolean;
  evidence: Evidence[];
}

function verdict(isPosting: boolean, quote: string, rule: string): PostingFinding {
  return {
    isPosting,
    evidence: [{ field: 'isPosting', value: String(isPosting), quote: quote.slice(0, QUOTE), rule }],
  };
}

/** What a document shows of an ad and of an article: the numbers findIsPosting decides by. */
export interface PostingSignals {
  words: number;
  firstPerson: number;
  /** Reported speech: a "says" verb beside a quote, a comma or a name. */
  speech: number;
  speechClause?: Clause;
  notAJob: number;
  notAJobClause?: Clause;
  /** The parts of an ad it has (apply, requirements, tasks, offer, terms), each with its first clause. */
  parts: Map<number, Clause>;
  quotes: number;
  layout: Layout;
}

const QUOTE_MARKS = /[«»“”„"]/g;
const BEFORE_SPEECH = /[«»“”„"'–—,:]/;

export function postingSignals(text: string, clauses: Clause[], adLanguage: string | null): PostingSignals {
  const s: PostingSignals = {
    words: 0,
    firstPerson: 0,
    speech: 0,
    notAJob: 0,
    parts: new Map(),
    quotes: 0,
    layout: { listEntries: [], titles: new Map(), buttons: [], fields: new Set(), repeatedSections: [] },
  };
  const firstPersonWords = (adLanguage && FIRST_PERSON[adLanguage]) || NO_WORDS;
  const speechWords = (adLanguage && REPORTED_SPEECH[adLanguage]) || NO_WORDS;
  for (const c of clauses) {
    const tokens = c.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.key.charCodeAt(0) > 57) s.words++;
      // "I" is English for me, but Scandinavian for "in".
      const me = t.raw === 'I' && adLanguage === 'en';
      if ((t.classes & SIGNAL_WORD) === 0) {
        if (me) s.firstPerson++;
        continue;
      }
      if (firstPersonWords.has(t.key) || me) s.firstPerson++;
      if (speechWords.has(t.key)) {
        const prev = tokenAt(tokens, i - 1);
        const next = tokens[i + 1];
        // "…,” popisuje Zabloudil", "sier Nybø", "Anna kertoo": not "as our handbook explains".
        // "…,” he added": the quote may stand before the speaker's pronoun.
        const quoted = (p?: Token) => p !== undefined && BEFORE_SPEECH.test(p.gapAfter);
        if ((prev && (prev.upper || quoted(prev) || quoted(tokenAt(tokens, i - 2)))) || next?.upper) {
          s.speech++;
          s.speechClause ??= c;
        }
      }
      if (NOT_A_JOB.has(t.key)) {
        s.notAJob++;
        s.notAJobClause ??= c;
      }
      const part = PART_OF.get(t.key);
      if (part !== undefined && !s.parts.has(part)) s.parts.set(part, c);
    }
  }
  s.quotes = (text.slice(0, 20_000).match(QUOTE_MARKS) ?? []).length;
  s.layout = readLayout(text, clauses);
  return s;
}

/**
 * Whether a document is one job ad rather than an article, a blog post, a company page, a list of
 * jobs, a course or a CV. Articles carry a byline, photo credits, quotes, reported speech ("sier
 * Nybø") and first-person stories; lists repeat entries; ads carry the apply / requirements /
 * tasks / offer / terms vocabulary. Needs some words to say yes.
 */
export function findIsPosting(
  title: string,
  text: string,
  clauses: Clause[],
  adLanguage: string | null,
  fromJobSource = false,
): PostingFinding {
  // A job API's record whose text is a stub ("About Us", "..."): its title and the source's own
  // location or work-model field are all there is, and a job board lists jobs.
  if (fromJobSource && isStub(text) && isJobTitle(title)) return verdict(true, title, 'title from a job source');
  const s = postingSignals(text, clauses, adLanguage);
  const { layout, parts, words, firstPerson } = s;
  const opening = text.slice(0, 200).trim().split('\n', 1)[0] ?? '';
  if (words < 5) return verdict(false, opening, 'too few words');
  if (layout.cv) return verdict(false, layout.cv, 'a CV');
  const entries =
    layout.listEntries.length >= LIST
      ? layout.listEntries
      : layout.titles.size >= LIST_TITLES
        ? [...layout.titles.values()]
        : layout.buttons.length >= LIST
          ? layout.buttons
          : [];
  if (entries.length > 0) return verdict(false, entries.slice(0, LIST).join(' · '), 'a list of jobs');
  if (layout.repeatedSections.length > 0)
    return verdict(false, layout.repeatedSections.slice(0, LIST).join(' · '), 'several jobs, each with its sections');
  const apply = parts.get(APPLY);
  // An ad may open with the company and leave applying to a button: a page that names no
  // requirements, tasks or terms either is the company's own ("we offer" is said of products too).
  const adPart = [...parts.keys()].some((p) => AD_PARTS[p]?.part !== 'offer');
  if (layout.aboutUs && !adPart) {
    // A job source's record under a job title is one ad even when its text is all about the company.
    if (fromJobSource && isJobTitle(title)) return verdict(true, title, 'title from a job source');
    return verdict(false, layout.aboutUs, 'a company page');
  }
  if (s.notAJob >= 3 && s.notAJob > parts.size && s.notAJobClause) {
    return verdict(false, clauseText(s.notAJobClause), 'a course or volunteering');
  }
  let article = 0;
  const said: string[] = [];
  if (layout.byline) {
    article += 2;
    said.push(layout.byline);
  }
  if (layout.photo) {
    article += 1;
    said.push(layout.photo);
  }
  if (layout.related) {
    article += 1;
    said.push(layout.related);
  }
  if (HEADLINE.test(title.slice(0, 300))) {
    article += 1;
    said.push(title.slice(0, 100));
  }
  if (s.speechClause) {
    article += Math.min(2, s.speech);
    said.push(clauseText(s.speechClause));
  }
  if (firstPerson / words > 0.01) article += 1;
  if (s.quotes >= 4) article += 1;
  // Headings that speak to the candidate ("Co od tebe očekáváme") make quotes and a quoting title an ad's.
  // So do a record's fields ("Lieu de stage : Paris", "Durée du stage : 6 mois", "Indemnité : …").
  if (
    article > 0 &&
    !layout.byline &&
    !s.speechClause &&
    (layout.fields.size >= FIELDS || speaksAsAnAd(text, adLanguage))
  )
    article = 0;
  // A job record heads its text with a location line ("Sted: Tromsø", "Arbeitsort: Kassel"): its
  // quotes are a manager's words in an ad, not a reporter's. A byline still makes it an article.
  if (article > 0 && !layout.byline && locationLineAtTop(clauses)) article = 0;
  const story = said.join(' · ') || opening;
  // A first-person story that barely touches the vocabulary of an ad is a blog post, even
  // without a byline (a feed's blog entries often carry their date in front matter instead).
  if (firstPerson / words > 0.03 && parts.size < 2) return verdict(false, story, 'a first-person story');
  if (article >= 1 && parts.size === 0) return verdict(false, story, 'an article');
  if (article >= 2 && parts.size < 3) return verdict(false, story, 'an article');
  // Ad words in an occupation guide, a careers page or a news story: document-kind.ts reads which.
  const kind = documentKind(title, text, clauses, adLanguage);
  if (kind) return verdict(false, kind.quote, kind.kind);
  const cue = apply ?? parts.values().next().value;
  return verdict(true, cue ? clauseText(cue) : opening, 'ad vocabulary');
}

/** Clauses at a text's top where a job record's location line stands. */
const TOP_CLAUSES = 6;
function locationLineAtTop(clauses: Clause[]): boolean {
  let n = 0;
  for (const c of clauses) {
    if (c.section === 'title') continue;
    if (n++ >= TOP_CLAUSES) return false;
    if (c.lineStart && headerKind(c) === 'header') return true;
  }
  return false;
}

/** Text too short to be read as anything: at most a heading's worth of words. */
function isStub(text: string): boolean {
  return text.length < 200 && (text.match(/\p{L}+/gu) ?? []).length < STUB_WORDS;
}
const STUB_WORDS = 8;

/** A title a job could carry: a few words, no headline's quotes or listicle count. */
function isJobTitle(title: string): boolean {
  const n = (title.match(/\p{L}+/gu) ?? []).length;
  return n >= 1 && n <= 12 && !HEADLINE.test(title);
}
