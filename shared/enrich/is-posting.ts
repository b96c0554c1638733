import type { Evidence } from '../posting/posting';
import { documentKind, speaksAsAnAd } from './document-kind';
import {
  ABOUT_US,
  AD_PARTS,
  BYLINE_BY,
  BYLINE_LINE,
  BYLINE_START,
  CV_DETAILS,
  CV_HEADING,
  CV_PERSONAL_SECTIONS,
  CV_SECTIONS,
  ENTRY_BUTTON,
  FIRST_PERSON,
  GENDER_NOTE,
  HEADLINE,
  NOT_A_JOB,
  PHOTO_CREDIT,
  RELATED_ARTICLE,
  REPORTED_SPEECH,
  WIRE_DATELINE,
} from './posting-words';
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
/** Lines looked at for a document's layout (headings, lists, bylines): enough for any page. */
const MAX_LINES = 400;
/** Longer lines are prose, never a heading, a byline or a list entry. */
const MAX_LAYOUT_LINE = 150;
/** The opening lines, where a byline, a CV's or an "about us" heading stands. */
const OPENING = 4;
const QUOTE = 160;
/** Entries that make a list: one ad may repeat its title or its button twice. */
const LIST = 3;
/** An ad may write its title two or three ways ("Computerlinguist (m/w/d)", "Computerlinguisten (m/w/d)"). */
const LIST_TITLES = 4;

export interface PostingFinding {
  isPosting: boolean;
  evidence: Evidence[];
}

/** What a document's lines show: a byline, a photo credit, a list of jobs, a CV, a company page. */
interface Layout {
  byline?: string;
  photo?: string;
  /** Entries of a list of jobs: "Logistik (2)", a link's slug "kundenbetreuer-in-sofia-gesucht". */
  listEntries: string[];
  /** Distinct job titles with a gender note ("Kundenberater (m/w/d)"), by their words before it. */
  titles: Map<string, string>;
  /** Lines that are a list entry's button ("Apply now", "Mehr erfahren"). */
  buttons: string[];
  /** A link to another article ("Les også …"), a news agency's dateline. */
  related?: string;
  aboutUs?: string;
  cv?: string;
}

const COUNTED_ENTRY = /^[^()]{2,60}\(\d{1,4}\)\s*$/;
/** A heading or a button is short. */
const MAX_HEADING = 40;
const SLUG = /^\s*[\p{L}\d]+(-[\p{L}\d]+){3,}-?\s*$/u;

function readLayout(text: string): Layout {
  const layout: Layout = { listEntries: [], titles: new Map(), buttons: [] };
  let n = 0;
  let start = 0;
  let opening = 0;
  const cvSections = new Set<string>();
  let cvPersonal: string | undefined;
  while (start < text.length && n < MAX_LINES) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : Math.min(end, start + MAX_LAYOUT_LINE + 1));
    start = end === -1 ? text.length : end + 1;
    n++;
    const trimmed = line.trim();
    if (trimmed.length === 0 || line.length > MAX_LAYOUT_LINE) continue;
    if (opening++ < OPENING) {
      if (ABOUT_US.test(line)) layout.aboutUs ??= trimmed;
      if (CV_HEADING.test(line)) layout.cv ??= trimmed;
      if (BYLINE_START.test(line) && BYLINE_BY.test(line)) layout.byline ??= trimmed;
    }
    // Each pattern runs only on lines that hold its mark (":", "(", "-", "/"): most lines hold none.
    if (opening <= 15 && BYLINE_LINE.test(line)) layout.byline ??= trimmed;
    const colon = trimmed.includes(':');
    const paren = trimmed.includes('(');
    if (colon && PHOTO_CREDIT.test(line)) layout.photo ??= trimmed;
    if (RELATED_ARTICLE.test(line) || (paren && WIRE_DATELINE.test(line))) layout.related ??= trimmed;
    if (trimmed.length <= MAX_HEADING) {
      const heading = trimmed.toLowerCase().replace(/\s*:$/, '');
      if (CV_SECTIONS.has(heading)) cvSections.add(heading);
      if (CV_PERSONAL_SECTIONS.has(heading)) cvPersonal ??= trimmed;
      if (ENTRY_BUTTON.test(line)) layout.buttons.push(trimmed);
    }
    const slug = !trimmed.includes(' ') && trimmed.includes('-');
    if ((paren && COUNTED_ENTRY.test(line)) || (slug && SLUG.test(line))) layout.listEntries.push(trimmed);
    if (!paren) continue;
    const note = GENDER_NOTE.exec(line);
    if (note) {
      // An ad repeats its own title ("Jetzt als Kundenberater (m/w/d) bewerben"): its last words are the same.
      const key = line
        .slice(0, note.index)
        .toLowerCase()
        .split(/[^\p{L}\d]+/u)
        .filter(Boolean)
        .slice(-2)
        .join(' ');
      if (!layout.titles.has(key)) layout.titles.set(key, line.trim());
    }
  }
  if (cvPersonal && cvSections.size >= 2) layout.cv ??= cvPersonal;
  // A CV gives the personal details at its top.
  const details = CV_DETAILS.exec(text.slice(0, 3000));
  if (details) layout.cv ??= details[0];
  return layout;
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
    layout: { listEntries: [], titles: new Map(), buttons: [] },
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
        if ((prev && (prev.upper || BEFORE_SPEECH.test(prev.gapAfter))) || next?.upper) {
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
  s.layout = readLayout(text);
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
  const apply = parts.get(APPLY);
  // An ad may open with the company and leave applying to a button: a page that names no
  // requirements, tasks or terms either is the company's own ("we offer" is said of products too).
  const adPart = [...parts.keys()].some((p) => AD_PARTS[p]?.part !== 'offer');
  if (layout.aboutUs && !adPart) return verdict(false, layout.aboutUs, 'a company page');
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
  if (article > 0 && !layout.byline && !s.speechClause && speaksAsAnAd(text, adLanguage)) article = 0;
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
