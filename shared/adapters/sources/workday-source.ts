import * as z from 'zod';
import type { FetchContext, FetchResult, Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { describeIssues } from '../../validation/describe-issues';
import type { FetchDocumentOptions } from '../http/fetch-document';
import { collectWithDetails } from './collect-with-details';
import { DetailCache } from './detail-cache';
import { fetchJson } from './fetch-json';
import { sourceFetchLimits } from './fetch-source-document';
import { addressAt } from './fetch-text';
import { type PagedListing, readPages } from './pager';
import { jsonKind } from './parse-json-body';
import { companyNameSchema, sourceUrlSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';
import { toIsoTimestamp } from './to-iso-timestamp';
import {
  readWorkdayDetail,
  type WorkdayListItem,
  type WorkdayPostingDetail,
  workdayDetailSchema,
  workdayListItemSchema,
  workdayPageSchema,
  workdayPostingId,
} from './workday-job';

/** Postings a list request asks for: the most Workday's career sites serve at once. */
const PAGE_SIZE = 20;
/** Pages followed per poll at most: the first 500 postings of a site. */
export const WORKDAY_MAX_PAGES = 25;
/** Detail requests in flight at once. */
const DETAIL_CONCURRENCY = 4;

const pathPart = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export const workdaySourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('workday'),
    /** The career site's host, as in https://<host>/<site>. */
    host: z
      .string()
      .regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'must be a host name such as "hitachi.wd1.myworkdayjobs.com"')
      .optional(),
    tenant: z.string().regex(pathPart, 'must be a Workday tenant name such as "hitachi"'),
    site: z.string().regex(pathPart, 'must be a Workday career site name such as "hitachi"'),
    /** Overrides https://<host> as the base the API (and, without host, the job links) are read from. */
    url: sourceUrlSchema.optional(),
    company: companyNameSchema.optional(),
  })
  .strict()
  .refine((c) => c.host !== undefined || c.url !== undefined, {
    message: 'either host or url is required',
    path: ['host'],
  });
export type WorkdaySourceConfig = z.infer<typeof workdaySourceConfigSchema>;

/**
 * A Workday career site, read through its CXS JSON API: the jobs list POSTed page by page (20 at
 * a time, up to {@link WORKDAY_MAX_PAGES} pages), then each posting's detail for its text, four at
 * a time. A detail is kept between polls (in this instance) while the listing's title and places
 * stay the same. The API has no validators, so every poll is a full read.
 */
export function createWorkdaySource(config: WorkdaySourceConfig, opts: SourceFactoryOptions): Source {
  const base = (config.url ?? `https://${config.host}`).replace(/\/+$/, '');
  const publicBase = config.host ? `https://${config.host}` : base;
  const cxs = `${base}/wday/cxs/${config.tenant}/${config.site}`;
  const listUrl = `${cxs}/jobs`;
  const label = `workday ${config.id}`;
  const details = new DetailCache<WorkdayPostingDetail>();
  const limits = sourceFetchLimits(opts, 'application/json');

  function readDetail(item: WorkdayListItem, signal: AbortSignal | undefined): Promise<WorkdayPostingDetail> {
    return details.get(item.externalPath, `${item.title}|${item.locationsText ?? ''}`, async () => {
      const detailUrl = `${cxs}${item.externalPath}`;
      const data = await fetchJson('detail', detailUrl, { ...limits, signal }, 'a JSON object');
      const parsed = workdayDetailSchema.safeParse(data);
      if (!parsed.success) throw new Error(`detail: ${describeIssues(parsed.error)} in ${detailUrl}`);
      return readWorkdayDetail(item, parsed.data);
    });
  }

  function toRawPosting(item: WorkdayListItem, detail: WorkdayPostingDetail): RawPosting {
    const externalId = workdayPostingId(item.externalPath);
    const posting: RawPosting = { sourceId: config.id, externalId, title: item.title, text: detail.text };
    const company = config.company ?? detail.company;
    if (company) posting.company = company;
    posting.url = detail.externalUrl ?? `${publicBase}/${config.site}${item.externalPath}`;
    if (detail.places.length) posting.locationText = detail.places.join('; ');
    if (detail.remoteHint) posting.remoteHint = detail.remoteHint;
    const postedAt = toIsoTimestamp(detail.startDate);
    if (postedAt) posting.postedAt = postedAt;
    return posting;
  }

  return {
    id: config.id,
    type: config.type,
    async fetch(ctx: FetchContext): Promise<FetchResult> {
      const listing = await readAllPages(label, listUrl, { ...limits, signal: ctx.signal });
      const items = listing.items;
      const { postings, rejected } = await collectWithDetails(label, items, {
        idOf: (raw) => {
          const path = (raw as { externalPath?: unknown } | null)?.externalPath;
          return typeof path === 'string' && path.trim() ? workdayPostingId(path.trim()) || undefined : undefined;
        },
        schema: workdayListItemSchema,
        concurrency: DETAIL_CONCURRENCY,
        toPosting: async (item) => toRawPosting(item, await readDetail(item, ctx.signal)),
      });
      const paths = items.map((raw) => (raw as { externalPath?: unknown } | null)?.externalPath);
      details.keepOnly(new Set(paths.filter((path): path is string => typeof path === 'string').map((p) => p.trim())));
      // Cut at the page cap, the listing does not name every posting the site has: none may be closed.
      return { notModified: false, postings, rejected, ...(!listing.complete && { coverage: 'partial' }) };
    },
  };
}

export const workdaySourceAdapter: SourceAdapter<typeof workdaySourceConfigSchema> = {
  configSchema: workdaySourceConfigSchema,
  create: createWorkdaySource,
};

/**
 * The items of every page, by offset, through the shared pager: up to the first page's `total`
 * (later pages may say 0), an empty page, or WORKDAY_MAX_PAGES pages. A first page without a
 * total is the only one read, as the site gives no way to know more follow.
 */
async function readAllPages(label: string, url: string, options: FetchDocumentOptions): Promise<PagedListing<unknown>> {
  let position = 0;
  let totalGiven = false;
  const listing = await readPages<{ raw: unknown; at: number }>({
    maxPages: WORKDAY_MAX_PAGES,
    // Keyed by position, not by id: a posting listed twice reaches the collection, which rejects it by name.
    key: ({ at }) => String(at),
    readPage: async (index) => {
      const offset = index * PAGE_SIZE;
      const postJson = JSON.stringify({ appliedFacets: {}, limit: PAGE_SIZE, offset, searchText: '' });
      const what = 'a JSON object with a jobPostings array';
      const at = `offset ${offset}`;
      const data = await fetchJson(label, url, { ...options, postJson }, what, { at });
      const parsed = workdayPageSchema.safeParse(data);
      if (!parsed.success) {
        const got = jsonKind(data) === 'an object' ? 'an object without a jobPostings array' : jsonKind(data);
        throw new Error(`${label}: expected ${what}, got ${got} from ${addressAt(url, at)}`);
      }
      if (index === 0) totalGiven = parsed.data.total !== undefined;
      const items = parsed.data.jobPostings.map((raw) => ({ raw, at: position++ }));
      return { items, ...(index === 0 && totalGiven && { total: parsed.data.total }), last: !totalGiven };
    },
  });
  return { ...listing, items: listing.items.map(({ raw }) => raw) };
}
