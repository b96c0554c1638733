import { DomUtils, parseDocument } from 'htmlparser2';
import * as z from 'zod';
import type { RawPosting } from '../../posting/posting';
import { type HtmlElement as Element, hasClass } from './job-page';
import { type PagedListing, readPages } from './pager';
import { toIsoTimestamp } from './to-iso-timestamp';

/** Search pages followed per poll at most: 10 × the site's page size (25 by default). */
export const MAX_SEARCH_PAGES = 10;

/** One `tr.data-row` of a SuccessFactors search-results page, as the markup has it. */
export interface SearchRow {
  title?: string;
  /** The title link's href, made absolute against the page. */
  link?: string;
  location?: string;
  date?: string;
}

/** "Results 1 – 25 of 43": the rows this page holds and how many the search found. */
export interface SearchRange {
  first: number;
  last: number;
  total: number;
}

/** What a row must have to become a posting; a rejection names these fields. */
export const searchRowSchema = z.object({
  title: z.string().trim().min(1),
  link: z.url({ protocol: /^https?$/ }),
  location: z.string().optional(),
  date: z.string().optional(),
});
export type CheckedSearchRow = z.infer<typeof searchRowSchema>;

/**
 * The result rows of a SuccessFactors career-site search page (`tr.data-row`, with
 * `a.jobTitle-link`, `span.jobLocation`, `span.jobDate`) and its pagination label. Each row holds
 * its title link twice (desktop and phone layouts): the first is read.
 */
export function readSearchPage(html: string, pageUrl: string): { rows: SearchRow[]; range?: SearchRange } {
  const doc = parseDocument(html);
  const rows = DomUtils.findAll((el) => el.name === 'tr' && hasClass(el, 'data-row'), doc.children).map((tr) =>
    readRow(tr, pageUrl),
  );
  const label = DomUtils.findOne((el) => hasClass(el, 'paginationLabel'), doc.children);
  const range = label ? readRange(normalized(DomUtils.textContent(label))) : undefined;
  return range ? { rows, range } : { rows };
}

/** The SuccessFactors job id in a job link (`/job/<slug>/<id>/`), the same in the feed and the page. */
export function jobIdFromLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    return /\/job\/[^/]+\/(\d+)\/?$/.exec(new URL(link).pathname)?.[1];
  } catch {
    return undefined;
  }
}

/** A checked row as a raw posting: the list has no job text, so `text` comes from elsewhere. */
export function searchRowToPosting(
  sourceId: string,
  row: CheckedSearchRow,
  text: string,
  company: string | undefined,
): RawPosting {
  const posting: RawPosting = {
    sourceId,
    externalId: jobIdFromLink(row.link) ?? row.link,
    title: row.title,
    text,
    url: row.link,
  };
  if (company) posting.company = company;
  if (row.location) posting.locationText = row.location;
  const postedAt = toIsoTimestamp(row.date);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

/**
 * The rows of the first page and of the pages after it, through the shared pager: the next
 * `startrow` is where the pagination label's range ends (else after this page's rows); the
 * listing ends at the label's total, at a page with no rows or no new job; it is incomplete when
 * {@link MAX_SEARCH_PAGES} stopped it first. A row is known by its job id, else its link.
 */
export async function readSearchListing(
  label: string,
  url: string,
  firstBody: string,
  /** An unconditional GET of a later page's HTML, its failure named with the source's label. */
  get: (url: string) => Promise<string>,
): Promise<PagedListing<SearchRow>> {
  let page = readSearchPage(firstBody, url);
  if (page.rows.length === 0 && !page.range)
    throw new Error(`${label}: expected a SuccessFactors search page (tr.data-row rows), found none at ${url}`);
  let startrow = 0;
  let position = 0;
  const listing = await readPages<{ row: SearchRow; at: number }>({
    maxPages: MAX_SEARCH_PAGES,
    // A row without a link is kept apart from the others: the posting's check rejects it.
    key: ({ row, at }) => jobIdFromLink(row.link) ?? row.link ?? `#${at}`,
    readPage: async (index) => {
      if (index > 0) {
        startrow = page.range ? page.range.last : startrow + page.rows.length;
        const next = new URL(url);
        next.searchParams.set('startrow', String(startrow));
        page = readSearchPage(await get(next.toString()), next.toString());
      }
      const items = page.rows.map((row) => ({ row, at: position++ }));
      return page.range ? { items, total: page.range.total } : { items };
    },
  });
  return { ...listing, items: listing.items.map(({ row }) => row) };
}

function readRow(tr: Element, pageUrl: string): SearchRow {
  const row: SearchRow = {};
  const link = DomUtils.findOne((el) => el.name === 'a' && hasClass(el, 'jobTitle-link'), tr.children);
  const title = link ? normalized(DomUtils.textContent(link)) : '';
  if (title) row.title = title;
  const href = link?.attribs.href?.trim();
  if (href) row.link = absolute(href, pageUrl) ?? href;
  const place = DomUtils.findOne((el) => el.name === 'span' && hasClass(el, 'jobLocation'), tr.children);
  // "Kolkata, WB, IN, 700091 <small>+1 more…</small>": the place without the teaser.
  const location = place ? normalized(place.children.map(textOutsideSmall).join(' ')) : '';
  if (location) row.location = location;
  const date = DomUtils.findOne((el) => hasClass(el, 'jobDate'), tr.children);
  const dateText = date ? normalized(DomUtils.textContent(date)) : '';
  if (dateText) row.date = dateText;
  return row;
}

function textOutsideSmall(node: Element['children'][number]): string {
  if ('name' in node && node.name === 'small') return '';
  return DomUtils.textContent(node);
}

function readRange(label: string): SearchRange | undefined {
  const numbers = label.match(/\d[\d.,\u00a0\u202f]*/g)?.map((n) => Number(n.replace(/\D/g, '')));
  if (!numbers || numbers.length < 3) return undefined;
  const [first, last, total] = numbers as [number, number, number];
  return last >= first && total >= last ? { first, last, total } : undefined;
}

function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function absolute(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
