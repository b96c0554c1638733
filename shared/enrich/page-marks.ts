import { FAQ_HEADINGS, OPENINGS_HEADINGS, PAGINATION, POSTED_AGO, YEAR_SPAN } from './page-words';

// What the short lines of a page show that one job ad never has: several entries' ages ("Posted
// 2 days ago") or a pagination line (a job board's results), openings under a careers page's
// heading, an FAQ's heading at the top, a CV's dated entries. Read line by line by document-kind.ts.

export interface PageMarks {
  posted: string[];
  pagination?: string;
  spans: string[];
  faq?: string;
  openings?: string;
  entries: string[];
  /** Lines after an openings heading that may still be its entries. */
  underOpenings: number;
}

export function newPageMarks(): PageMarks {
  return { posted: [], spans: [], entries: [], underOpenings: 0 };
}

/** Lines under an openings heading where its entries stand. */
const OPENINGS_WINDOW = 8;
/** The opening lines, where an FAQ's heading stands. */
const OPENING = 3;
/** The longest FAQ or openings heading is 31 characters ("dažniausiai užduodami klausimai"). */
const MAX_HEADING = 36;
/** An opening's entry: a title, then its place or team ("Data Analyst – Amsterdam"). */
const ENTRY = /\S\s[–—|-]\s\S/;
const DIGIT = /\d/;

/** Reads one short line (trimmed, at most 80 characters), the n-th non-empty one. */
export function readPageLine(m: PageMarks, trimmed: string, n: number): void {
  const first = trimmed.charCodeAt(0);
  if (first >= 48 && first <= 57 && YEAR_SPAN.test(trimmed)) m.spans.push(trimmed);
  if (DIGIT.test(trimmed)) {
    if (POSTED_AGO.test(trimmed)) m.posted.push(trimmed);
    if (PAGINATION.test(trimmed)) m.pagination ??= trimmed;
  }
  if (m.underOpenings > 0) {
    m.underOpenings--;
    if (ENTRY.test(trimmed)) m.entries.push(trimmed);
  }
  if (trimmed.length > MAX_HEADING) return;
  const lower = trimmed.toLowerCase();
  const heading = lower.endsWith(':') ? lower.slice(0, -1).trimEnd() : lower;
  if (n <= OPENING && FAQ_HEADINGS.has(heading)) m.faq ??= trimmed;
  if (OPENINGS_HEADINGS.has(heading)) {
    m.openings ??= trimmed;
    m.underOpenings = OPENINGS_WINDOW;
  }
}

/** Entries a list needs: one ad may name its own title and place on a line, or a second place. */
const LIST = 3;
const CV_SPANS = 2;

export type PageKind = 'a list of jobs' | 'a careers page' | 'an FAQ' | 'a CV';

/** The marks' verdicts, each with its weight (2 decides alone) and the lines that show it. */
export function pageCues(m: PageMarks): { kind: PageKind; weight: 1 | 2; quote: string }[] {
  const cues: { kind: PageKind; weight: 1 | 2; quote: string }[] = [];
  // An ad's page may print its own age and a second one (updated, a similar job): a list prints one per entry.
  if (m.posted.length >= 2) {
    const weight = m.posted.length >= LIST ? 2 : 1;
    cues.push({ kind: 'a list of jobs', weight, quote: m.posted.slice(0, LIST).join(' · ') });
  }
  if (m.pagination) cues.push({ kind: 'a list of jobs', weight: 1, quote: m.pagination });
  if (m.openings && m.entries.length >= LIST)
    cues.push({ kind: 'a careers page', weight: 2, quote: [m.openings, ...m.entries.slice(0, LIST)].join(' · ') });
  if (m.faq) cues.push({ kind: 'an FAQ', weight: 2, quote: m.faq });
  if (m.spans.length >= CV_SPANS) cues.push({ kind: 'a CV', weight: 2, quote: m.spans.slice(0, LIST).join(' · ') });
  return cues;
}
