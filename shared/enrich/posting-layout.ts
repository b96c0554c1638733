import { holdsClass, phraseWordClass } from './phrase-words';
import {
  ABOUT_US,
  AD_PARTS,
  BYLINE_BY,
  BYLINE_LINE,
  BYLINE_START,
  CV_DETAIL_PHRASES,
  CV_DETAILS,
  CV_HEADING,
  CV_PERSONAL_SECTIONS,
  CV_SECTIONS,
  ENTRY_BUTTON,
  GENDER_NOTE,
  PHOTO_CREDIT,
  RELATED_ARTICLE,
  TIME_OF_DAY,
  WIRE_DATELINE,
} from './posting-words';
import { type Clause, fold } from './tokenize';

// A document's layout, line by line, for is-posting.ts: a byline, a photo credit, the entries of a
// list of jobs, a CV's sections, an "about us" heading at the top.

/** Lines looked at for a document's layout (headings, lists, bylines): enough for any page. */
const MAX_LINES = 400;
/** Longer lines are prose, never a heading, a byline or a list entry. */
const MAX_LAYOUT_LINE = 150;
/** The opening lines, where a byline, a CV's or an "about us" heading stands. */
const OPENING = 4;
/** An ad may write its title two or three ways ("Computerlinguist (m/w/d)", "Computerlinguisten (m/w/d)"). */
export const LIST_TITLES = 4;

/** What a document's lines show: a byline, a photo credit, a list of jobs, a CV, a company page. */
export interface Layout {
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
  /** Distinct labels of "Label: value" lines ("Lieu de stage : Paris", "Durée : 6 mois"): a job record's fields. */
  fields: Set<string>;
  /** An ad's section headings ("Co požadujeme?", "Requirements") that stand more than once: one per job. */
  repeatedSections: string[];
}

/** A record's field: a label of one to four words, a colon, a value ("Temps de travail : 35h"). */
const FIELD_LINE = /^[\s\-*•#>]*(\p{L}[\p{L}'’./-]*(?:\s+[\p{L}'’./-]+){0,3})\s*:\s+\S/u;
const MAX_FIELD_LINE = 100;
/** A section heading is short; its markup and its closing colon or question mark are not part of it. */
const MAX_SECTION_HEADING = 60;
const SECTION_WORDS = 6;
const HEADING_MARKS = /^[\s#*>•-]+|[\s*:?!]+$/g;
/** Headings of what an ad asks and offers (its apply heading may stand twice in one ad). */
const SECTION_PARTS = new Set(['requirements', 'tasks', 'offer']);
const SECTION_WORD = new Set(AD_PARTS.filter((p) => SECTION_PARTS.has(p.part)).flatMap((p) => [...p.words]));

/**
 * The ad-section headings a text repeats: one that stands three times, or two that stand twice each,
 * are the sections of several jobs described one after another.
 */
function repeatedSections(headings: Map<string, number>): string[] {
  const repeated: string[] = [];
  let most = 0;
  for (const [heading, n] of headings) {
    if (n < 2 || /[.,;]$/.test(heading)) continue;
    const words = heading.split(/[^\p{L}\d]+/u).filter(Boolean);
    if (words.length > SECTION_WORDS || !words.some((w) => SECTION_WORD.has(fold(w)))) continue;
    repeated.push(heading);
    most = Math.max(most, n);
  }
  return repeated.length >= 2 || most >= 3 ? repeated : [];
}

const COUNTED_ENTRY = /^[^()]{2,60}\(\d{1,4}\)\s*$/;
/** A heading or a button is short. */
const MAX_HEADING = 40;
const SLUG = /^\s*[\p{L}\d]+(-[\p{L}\d]+){3,}-?\s*$/u;

/** The words a CV's personal details may stand in: a text with none skips their search. */
const CV_DETAIL_WORD = phraseWordClass(CV_DETAIL_PHRASES);

/** `clauses`, the text's words (tokenize(text), more may be given), let a text skip searches its words rule out. */
export function readLayout(text: string, clauses?: Clause[]): Layout {
  const layout: Layout = { listEntries: [], titles: new Map(), buttons: [], fields: new Set(), repeatedSections: [] };
  let n = 0;
  let start = 0;
  let opening = 0;
  const cvSections = new Set<string>();
  let cvPersonal: string | undefined;
  const headings = new Map<string, number>();
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
      if (BYLINE_START.test(line) && (BYLINE_BY.test(line) || TIME_OF_DAY.test(line))) layout.byline ??= trimmed;
    }
    // Each pattern runs only on lines that hold its mark (":", "(", "-", "/"): most lines hold none.
    if (opening <= 15 && BYLINE_LINE.test(line)) layout.byline ??= trimmed;
    const colon = trimmed.includes(':');
    const paren = trimmed.includes('(');
    if (colon && PHOTO_CREDIT.test(line)) layout.photo ??= trimmed;
    if (colon && trimmed.length <= MAX_FIELD_LINE) {
      const field = FIELD_LINE.exec(trimmed);
      if (field?.[1] && !/^https?$/i.test(field[1])) layout.fields.add(field[1].toLowerCase());
    }
    if (RELATED_ARTICLE.test(line) || (paren && WIRE_DATELINE.test(line))) layout.related ??= trimmed;
    if (trimmed.length <= MAX_SECTION_HEADING) {
      const heading = trimmed.replace(HEADING_MARKS, '').toLowerCase();
      if (heading.length >= 3) headings.set(heading, (headings.get(heading) ?? 0) + 1);
    }
    if (trimmed.length <= MAX_HEADING) {
      const lower = trimmed.toLowerCase();
      const heading = lower.endsWith(':') ? lower.replace(/\s*:$/, '') : lower;
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
  layout.repeatedSections = repeatedSections(headings);
  // A CV gives the personal details at its top.
  const details = !clauses || holdsClass(clauses, CV_DETAIL_WORD) ? CV_DETAILS.exec(text.slice(0, 3000)) : null;
  if (details) layout.cv ??= details[0];
  return layout;
}
