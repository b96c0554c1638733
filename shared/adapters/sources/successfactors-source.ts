import * as z from 'zod';
import type { FetchContext, FetchResult, Source } from '../../ports/source';
import { type CollectedItem, collectPostings, normalizeItem } from './collect-postings';
import { feedEntrySchema, feedEntryToPosting, feedItemToEntry } from './feed-item-to-posting';
import { fetchSourceDocument } from './fetch-source-document';
import { sourcePostingsFetch } from './fetch-source-postings';
import { parseFeedItems } from './rss-source';
import { companyNameSchema, sourceUrlSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';
import {
  jobIdFromLink,
  readSearchPage,
  type SearchRow,
  searchRowSchema,
  searchRowToPosting,
} from './successfactors-search-page';

/** Search pages followed per poll at most: 10 × the site's page size (25 by default). */
export const MAX_SEARCH_PAGES = 10;

const ADDRESSES = ['feed', 'site', 'url'] as const;

export const successFactorsSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('successfactors'),
    /** The career site's RSS job feed (`…/services/rss/job/?locale=en_US&keywords=`, a custom feed). */
    feed: sourceUrlSchema.optional(),
    /** The career site's root (`https://careers.example.org`, or with its path prefix): its search page is read. */
    site: sourceUrlSchema.optional(),
    /** The search words for `site` (default: none, every job). */
    query: z.string().optional(),
    /** A full search-results address instead of `site` (a locale, filters, a mirror); `startrow` is set for paging. */
    url: sourceUrlSchema.optional(),
    company: companyNameSchema.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const given = ADDRESSES.filter((key) => c[key] !== undefined);
    if (given.length === 0)
      ctx.addIssue({ code: 'custom', message: 'one of feed, site or url is required', path: ['feed'] });
    else if (given.length > 1)
      ctx.addIssue({
        code: 'custom',
        message: `give only one of feed, site or url (got ${given.join(', ')})`,
        path: [given[1] as string],
      });
    if (c.query !== undefined && c.site === undefined)
      ctx.addIssue({ code: 'custom', message: 'query goes with site', path: ['query'] });
  });
export type SuccessFactorsSourceConfig = z.infer<typeof successFactorsSourceConfigSchema>;

const FEED_ACCEPT = 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.9';
const HTML_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8';

/**
 * A SAP SuccessFactors career site: its RSS job feed when there is one, else its search-results
 * page, paged by `startrow`. Only the first request of a poll is conditional. The search list has
 * no job text: its postings carry title, link and place, and an empty text.
 */
export function createSuccessFactorsSource(config: SuccessFactorsSourceConfig, opts: SourceFactoryOptions): Source {
  const label = `successfactors ${config.id}`;
  if (config.feed !== undefined) {
    const feed = config.feed;
    return {
      id: config.id,
      type: config.type,
      fetch: sourcePostingsFetch(label, feed, opts, FEED_ACCEPT, (doc) => {
        const items = parseFeedItems(label, feed, doc.body, doc.contentType);
        return collectPostings(label, items, (item) => feedItemPosting(config, item));
      }),
    };
  }
  const searchUrl = config.url ?? siteSearchUrl(config.site ?? '', config.query ?? '');
  return {
    id: config.id,
    type: config.type,
    async fetch(ctx: FetchContext): Promise<FetchResult> {
      const first = await fetchSourceDocument(label, searchUrl, ctx, opts, HTML_ACCEPT);
      if (first.status === 304) return { notModified: true, etag: first.etag, lastModified: first.lastModified };
      const rows = await readAllSearchPages(label, searchUrl, first.body, (next) =>
        fetchSourceDocument(label, next, { state: undefined, signal: ctx.signal }, opts, HTML_ACCEPT),
      );
      const collected = collectPostings(label, rows, (row) => searchRowPosting(config, row));
      return { notModified: false, ...collected, etag: first.etag, lastModified: first.lastModified };
    },
  };
}

export const successFactorsSourceAdapter: SourceAdapter<typeof successFactorsSourceConfigSchema> = {
  configSchema: successFactorsSourceConfigSchema,
  create: createSuccessFactorsSource,
};

/** `<site>/search/?q=<query>`, the site's path prefix kept. */
export function siteSearchUrl(site: string, query: string): string {
  const url = new URL(`${site.replace(/\/+$/, '')}/search/`);
  url.searchParams.set('q', query);
  return url.toString();
}

/**
 * The rows of the first page and of the pages after it: the next `startrow` is where the
 * pagination label's range ends (else after this page's rows); paging stops at the label's
 * total, at a page with no rows or no new job, or after {@link MAX_SEARCH_PAGES}.
 */
async function readAllSearchPages(
  label: string,
  url: string,
  body: string,
  /** An unconditional GET of a later page, its failure named with the source's label. */
  get: (url: string) => ReturnType<typeof fetchSourceDocument>,
): Promise<SearchRow[]> {
  let page = readSearchPage(body, url);
  if (page.rows.length === 0 && !page.range)
    throw new Error(`${label}: expected a SuccessFactors search page (tr.data-row rows), found none at ${url}`);
  const rows = [...page.rows];
  const seen = new Set(page.rows.map(rowKey));
  let startrow = 0;
  for (let pages = 1; pages < MAX_SEARCH_PAGES && page.rows.length > 0; pages++) {
    startrow = page.range ? page.range.last : startrow + page.rows.length;
    if (page.range && startrow >= page.range.total) break;
    const next = new URL(url);
    next.searchParams.set('startrow', String(startrow));
    const doc = await get(next.toString());
    if (doc.status === 304) throw new Error(`${label}: unexpected 304 from ${next}`);
    page = readSearchPage(doc.body, next.toString());
    const fresh = page.rows.filter((row) => !seen.has(rowKey(row)));
    if (fresh.length === 0) break;
    for (const row of fresh) seen.add(rowKey(row));
    rows.push(...fresh);
  }
  return rows;
}

function rowKey(row: SearchRow): string {
  return jobIdFromLink(row.link) ?? row.link ?? row.title ?? '';
}

function searchRowPosting(config: SuccessFactorsSourceConfig, row: SearchRow): CollectedItem {
  return {
    externalId: jobIdFromLink(row.link) ?? row.link,
    result: normalizeItem(searchRowSchema, row, (r) => searchRowToPosting(config.id, r, '', config.company)),
  };
}

function feedItemPosting(
  config: SuccessFactorsSourceConfig,
  item: ReturnType<typeof parseFeedItems>[number],
): CollectedItem {
  const entry = feedItemToEntry(item);
  const link = typeof entry.link === 'string' ? entry.link : undefined;
  return {
    externalId: jobIdFromLink(link) ?? (typeof entry.id === 'string' ? entry.id : undefined),
    result: normalizeItem(feedEntrySchema, entry, (e) => {
      const { title, place } = splitTitlePlace(e.title);
      const posting = feedEntryToPosting(config.id, { ...e, title }, { company: config.company });
      posting.externalId = jobIdFromLink(e.link) ?? e.id;
      if (posting.url) posting.url = withoutTracking(posting.url);
      if (!posting.locationText && place) posting.locationText = place;
      return posting;
    }),
  };
}

/**
 * "Principal Research Scientist (Richardson, TX, US, 75080)": SuccessFactors feeds end a title
 * with the job's place. Split only a last parenthesis of comma-separated parts one of which is a
 * country code, so that "Support Agent (German)" or "(Java, Kotlin)" stay in the title.
 */
export function splitTitlePlace(full: string): { title: string; place?: string } {
  const match = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(full);
  if (!match) return { title: full };
  const [, title = '', inner = ''] = match;
  const parts = inner.split(',').map((p) => p.trim());
  if (parts.length < 2 || !parts.some((p) => /^[A-Z]{2}$/.test(p))) return { title: full };
  return { title: title.replace(/\s+/g, ' ').trim(), place: parts.filter(Boolean).join(', ') };
}

/** The job link without the feed's campaign parameters (`utm_*`, `feedId`). */
function withoutTracking(link: string): string {
  const url = new URL(link);
  for (const key of [...url.searchParams.keys()])
    if (key.startsWith('utm_') || key === 'feedId') url.searchParams.delete(key);
  return url.toString();
}
