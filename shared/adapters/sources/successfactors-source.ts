import * as z from 'zod';
import type { FetchContext, FetchResult, Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { collectWithDetails } from './collect-with-details';
import { DetailCache } from './detail-cache';
import { feedEntrySchema, feedEntryToPosting, feedItemToEntry } from './feed-item-to-posting';
import { fetchSourceDocument, sourceFetchLimits } from './fetch-source-document';
import { fetchText } from './fetch-text';
import { fetchJobPage, type JobPage } from './job-page';
import { parseFeedItems } from './rss-source';
import { companyNameSchema, sourceUrlSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';
import { successFactorsJobPage } from './successfactors-job-page';
import { jobIdFromLink, readSearchListing, searchRowSchema, searchRowToPosting } from './successfactors-search-page';

export { MAX_SEARCH_PAGES } from './successfactors-search-page';

/** Job pages read at once: polite to the site, still quick for a first poll. */
const JOB_PAGE_CONCURRENCY = 4;

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
 * page, paged by `startrow` through the shared pager (a listing cut at the page cap is partial).
 * Only the first request of a poll is conditional. A job the list gives no text for (every
 * search row, a feed item with an empty description) is read from its job page, four at a time,
 * and kept between polls while the list says the same of it; a job whose page fails is rejected.
 */
export function createSuccessFactorsSource(config: SuccessFactorsSourceConfig, opts: SourceFactoryOptions): Source {
  const label = `successfactors ${config.id}`;
  const limits = sourceFetchLimits(opts, HTML_ACCEPT);
  const pages = new DetailCache<JobPage>();

  /** The posting with what its job page says, unless the list gave it a text already. */
  async function withJobPage(posting: RawPosting, signal: AbortSignal | undefined): Promise<RawPosting> {
    if (posting.text.trim()) return posting;
    const link = posting.url;
    if (!link) throw new Error('job page: the job has no link');
    const stamp = `${posting.title}|${posting.locationText ?? ''}`;
    const page = await pages.get(posting.externalId, stamp, () =>
      fetchJobPage(link, { ...limits, signal }, successFactorsJobPage),
    );
    const places = page.places.length > 0 ? page.places : page.markupPlaces;
    const full: RawPosting = { ...posting, text: page.text };
    if (places.length > 0) full.locationText = places.join('; ');
    if (page.remoteHint) full.remoteHint = page.remoteHint;
    const postedAt = posting.postedAt ?? page.postedAt;
    if (postedAt) full.postedAt = postedAt;
    return full;
  }

  if (config.feed !== undefined) {
    const feed = config.feed;
    return {
      id: config.id,
      type: config.type,
      async fetch(ctx: FetchContext): Promise<FetchResult> {
        const doc = await fetchSourceDocument(label, feed, ctx, opts, FEED_ACCEPT);
        const validators = { etag: doc.etag, lastModified: doc.lastModified };
        if (doc.status === 304) return { notModified: true, ...validators };
        const entries = parseFeedItems(label, feed, doc.body, doc.contentType).map(feedItemToEntry);
        const { postings, rejected, listed } = await collectWithDetails(label, entries, {
          idOf: (raw) => {
            const { link, id } = raw as { link?: unknown; id?: unknown };
            return (
              jobIdFromLink(typeof link === 'string' ? link : undefined) ?? (typeof id === 'string' ? id : undefined)
            );
          },
          schema: feedEntrySchema,
          concurrency: JOB_PAGE_CONCURRENCY,
          toPosting: (entry) => withJobPage(feedEntryPosting(config, entry), ctx.signal),
        });
        pages.keepOnly(listed);
        return { notModified: false, postings, rejected, ...validators };
      },
    };
  }
  const searchUrl = config.url ?? siteSearchUrl(config.site ?? '', config.query ?? '');
  return {
    id: config.id,
    type: config.type,
    async fetch(ctx: FetchContext): Promise<FetchResult> {
      const first = await fetchSourceDocument(label, searchUrl, ctx, opts, HTML_ACCEPT);
      const validators = { etag: first.etag, lastModified: first.lastModified };
      if (first.status === 304) return { notModified: true, ...validators };
      const listing = await readSearchListing(
        label,
        searchUrl,
        first.body,
        async (next) => (await fetchText(label, next, { ...limits, signal: ctx.signal })).body,
      );
      const { postings, rejected, listed } = await collectWithDetails(label, listing.items, {
        idOf: (raw) => {
          const link = (raw as { link?: string }).link;
          return jobIdFromLink(link) ?? link;
        },
        schema: searchRowSchema,
        concurrency: JOB_PAGE_CONCURRENCY,
        toPosting: (row) => withJobPage(searchRowToPosting(config.id, row, '', config.company), ctx.signal),
      });
      pages.keepOnly(listed);
      // Cut at the page cap, the listing does not name every job the site has: none may be closed.
      return {
        notModified: false,
        postings,
        rejected,
        ...validators,
        ...(!listing.complete && { coverage: 'partial' }),
      };
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

/** A feed entry as a posting: the place ending its title split off, the job id its key, the link untracked. */
function feedEntryPosting(config: SuccessFactorsSourceConfig, entry: z.infer<typeof feedEntrySchema>): RawPosting {
  const { title, place } = splitTitlePlace(entry.title);
  const posting = feedEntryToPosting(config.id, { ...entry, title }, { company: config.company });
  posting.externalId = jobIdFromLink(entry.link) ?? entry.id;
  if (posting.url) posting.url = withoutTracking(posting.url);
  if (!posting.locationText && place) posting.locationText = place;
  return posting;
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
