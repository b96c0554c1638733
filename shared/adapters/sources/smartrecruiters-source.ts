import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { describeIssues } from '../../validation/describe-issues';
import type { FetchDocumentOptions } from '../http/fetch-document';
import { collectWithDetails } from './collect-with-details';
import { DetailCache } from './detail-cache';
import { fetchJson } from './fetch-json';
import { sourceFetchLimits } from './fetch-source-document';
import { sourcePostingsFetch } from './fetch-source-postings';
import { type PagedListing, readPages } from './pager';
import { jsonKind, parseJsonBody } from './parse-json-body';
import {
  type SmartRecruitersJobAd,
  smartRecruitersDetailSchema,
  smartRecruitersJobAdSchema,
  smartRecruitersJobAdText,
} from './smartrecruiters-job-ad';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';
import { toIsoTimestamp } from './to-iso-timestamp';

/** Pages followed per poll at most: with the default 100 a page, the first 2,000 postings. */
const MAX_PAGES = 20;
/** Detail requests in flight at once: polite to the API, still quick for a first poll. */
const DETAIL_CONCURRENCY = 4;

export const smartRecruitersSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('smartrecruiters'),
    /** The company identifier, as in jobs.smartrecruiters.com/<company>. */
    company: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a SmartRecruiters company identifier such as "ExamplePayments"')
      .optional(),
    /** Overrides the API address built from `company`; pages and details are fetched beside it. */
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  })
  .strict()
  .refine((c) => c.company !== undefined || c.url !== undefined, {
    message: 'either company or url is required',
    path: ['company'],
  });
export type SmartRecruitersSourceConfig = z.infer<typeof smartRecruitersSourceConfigSchema>;

const pageSchema = z.object({
  offset: z.number().int().nonnegative().optional(),
  totalFound: z.number().int().nonnegative().optional(),
  content: z.array(z.unknown()),
});

/** One element of the postings list: only the fields we read, the rest pass unread. */
const listItemSchema = z.object({
  id: z.string().trim().min(1),
  name: z.string().trim().min(1),
  jobAdId: z.string().nullish(),
  releasedDate: z.string().nullish(),
  company: z.object({ name: z.string().nullish() }).nullish(),
  location: z
    .object({
      city: z.string().nullish(),
      region: z.string().nullish(),
      country: z.string().nullish(),
      fullLocation: z.string().nullish(),
      remote: z.boolean().nullish(),
      hybrid: z.boolean().nullish(),
    })
    .nullish(),
  postingUrl: z.url().nullish(),
  jobAd: smartRecruitersJobAdSchema.nullish(),
});
type ListItem = z.infer<typeof listItemSchema>;

interface Detail {
  text: string;
  url?: string;
}

/**
 * A SmartRecruiters company, read through the public postings API: the list page by page (only
 * the first request is conditional), and each posting's detail when the list lacks its text.
 * Details are kept between polls while the posting's release date and ad stay the same.
 */
export function createSmartRecruitersSource(config: SmartRecruitersSourceConfig, opts: SourceFactoryOptions): Source {
  const url =
    config.url ??
    `https://api.smartrecruiters.com/v1/companies/${encodeURIComponent(config.company ?? '')}/postings?limit=100`;
  const label = `smartrecruiters ${config.id}`;
  const details = new DetailCache<Detail>();
  const limits = sourceFetchLimits(opts, 'application/json');

  function readDetail(item: ListItem, signal: AbortSignal | undefined): Promise<Detail> {
    return details.get(item.id, `${item.releasedDate ?? ''}|${item.jobAdId ?? ''}`, async () => {
      const detailUrl = detailUrlFor(url, item.id);
      const data = await fetchJson('detail', detailUrl, { ...limits, signal }, 'a JSON object');
      const parsed = smartRecruitersDetailSchema.safeParse(data);
      if (!parsed.success) throw new Error(`detail: ${describeIssues(parsed.error)} in ${detailUrl}`);
      const detail: Detail = { text: smartRecruitersJobAdText(parsed.data.jobAd) };
      const postingUrl = parsed.data.postingUrl ?? item.postingUrl;
      if (postingUrl) detail.url = postingUrl;
      return detail;
    });
  }

  return {
    id: config.id,
    type: config.type,
    fetch: sourcePostingsFetch(label, url, opts, 'application/json', async (first, ctx) => {
      const listing = await readAllPages(label, url, first.body, first.contentType, { ...limits, signal: ctx.signal });

      const { postings, rejected, listed } = await collectWithDetails(label, listing.items, {
        idOf: (raw) => {
          const id = (raw as { id?: unknown } | null)?.id;
          return typeof id === 'string' && id.trim() ? id.trim() : undefined;
        },
        schema: listItemSchema,
        concurrency: DETAIL_CONCURRENCY,
        toPosting: async (item) => {
          if (hasSections(item.jobAd))
            return toRawPosting(config, item, smartRecruitersJobAdText(item.jobAd), item.postingUrl ?? undefined);
          const detail = await readDetail(item, ctx.signal);
          return toRawPosting(config, item, detail.text, detail.url ?? item.postingUrl ?? undefined);
        },
      });
      details.keepOnly(listed);
      // Cut at the page cap, the listing does not name every posting the company has: none may be closed.
      return { postings, rejected, ...(!listing.complete && { coverage: 'partial' as const }) };
    }),
  };
}

export const smartRecruitersSourceAdapter: SourceAdapter<typeof smartRecruitersSourceConfigSchema> = {
  configSchema: smartRecruitersSourceConfigSchema,
  create: createSmartRecruitersSource,
};

/**
 * The first page's items and those of the pages after it, through the shared pager: up to
 * `totalFound` (counted from the first page's offset), an empty page, a page without `totalFound`,
 * or MAX_PAGES pages.
 */
async function readAllPages(
  label: string,
  url: string,
  body: string,
  contentType: string,
  options: FetchDocumentOptions,
): Promise<PagedListing<unknown>> {
  let page = parsePage(label, url, parseJsonBody(label, url, body, contentType, PAGE));
  const start = page.offset ?? 0;
  let offset = start;
  let position = 0;
  const listing = await readPages<{ raw: unknown; at: number }>({
    maxPages: MAX_PAGES,
    // Keyed by position, not by id: a posting listed twice reaches the collection, which rejects it by name.
    key: ({ at }) => String(at),
    readPage: async (index) => {
      if (index > 0) {
        offset += page.content.length;
        const next = pageUrl(url, offset);
        page = parsePage(label, next, await fetchJson(label, next, options, PAGE));
      }
      const items = page.content.map((raw) => ({ raw, at: position++ }));
      return page.totalFound === undefined
        ? { items, last: true }
        : { items, total: Math.max(0, page.totalFound - start) };
    },
  });
  return { ...listing, items: listing.items.map(({ raw }) => raw) };
}

/** What a list page must be, as its errors name it. */
const PAGE = 'a JSON object with a content array';

function parsePage(label: string, url: string, data: unknown): z.infer<typeof pageSchema> {
  const page = pageSchema.safeParse(data);
  if (page.success) return page.data;
  const got = jsonKind(data) === 'an object' ? 'an object without a content array' : jsonKind(data);
  throw new Error(`${label}: expected ${PAGE}, got ${got} from ${url}`);
}

/** The list address with `offset` set, whatever query it already has. */
function pageUrl(url: string, offset: number): string {
  const next = new URL(url);
  next.searchParams.set('offset', String(offset));
  return next.toString();
}

/** `<list path>/<id>`: beside the configured address, so a mirror serves the details too. */
function detailUrlFor(url: string, id: string): string {
  const detail = new URL(url);
  detail.search = '';
  detail.hash = '';
  detail.pathname = `${detail.pathname.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
  return detail.toString();
}

function hasSections(jobAd: SmartRecruitersJobAd | null | undefined): jobAd is SmartRecruitersJobAd {
  return Object.values(jobAd?.sections ?? {}).some((s) => !!s?.text?.trim());
}

function toRawPosting(
  config: SmartRecruitersSourceConfig,
  item: ListItem,
  text: string,
  url: string | undefined,
): RawPosting {
  const posting: RawPosting = { sourceId: config.id, externalId: item.id, title: item.name, text };
  const company = item.company?.name?.trim() || config.company;
  if (company) posting.company = company;
  if (url) posting.url = url;
  const location = locationText(item);
  if (location) posting.locationText = location;
  // Both flags are false by default, so only a true one says anything.
  if (item.location?.hybrid) posting.remoteHint = 'hybrid';
  else if (item.location?.remote) posting.remoteHint = 'remote';
  const postedAt = toIsoTimestamp(item.releasedDate);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

function locationText(item: ListItem): string | undefined {
  const location = item.location;
  // A place without a region comes as "London, , United Kingdom": the empty part is dropped.
  const full = location?.fullLocation
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
  if (full) return full;
  const parts = [location?.city, location?.region, location?.country?.toUpperCase()]
    .map((p) => p?.trim())
    .filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : undefined;
}
