import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { collectPostings, normalizeItem, trimmedStringAt } from './collect-postings';
import { fetchJson } from './fetch-json';
import { sourceFetchLimits } from './fetch-source-document';
import { sourcePostingsFetch } from './fetch-source-postings';
import { htmlToPlainText } from './html-to-plain-text';
import { jsonArrayAt } from './json-array-at';
import { readPages } from './pager';
import { parseJsonBody } from './parse-json-body';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';
import { toIsoTimestamp } from './to-iso-timestamp';

/** Pages read per poll at most (the board serves up to 250 jobs a page, newest first). */
const DEFAULT_MAX_PAGES = 10;

export const arbeitnowSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('arbeitnow'),
    /** Overrides https://www.arbeitnow.com/api/job-board-api (a query such as ?visa_sponsorship=true is kept). */
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
    /** Only the jobs the board marks remote (`remote: true`), or only those it does not (`false`). */
    remote: z.boolean().optional(),
    maxPages: z.number().int().min(1).max(100).optional(),
  })
  .strict();
export type ArbeitnowSourceConfig = z.infer<typeof arbeitnowSourceConfigSchema>;

/** An Arbeitnow job: the slug is its id and the tail of its page's address. */
const arbeitnowJobSchema = z.object({
  slug: z.string().trim().min(1),
  title: z.string().trim().min(1),
  company_name: z.string().nullish(),
  description: z.string().nullish(),
  remote: z.boolean().nullish(),
  url: z.url().nullish(),
  location: z.string().nullish(),
  /** Epoch seconds; anything else is read leniently, an unreadable date dropped. */
  created_at: z.unknown(),
});
type ArbeitnowJob = z.infer<typeof arbeitnowJobSchema>;

const pageSchema = z.object({
  links: z.object({ next: z.string().nullish() }).partial().nullish(),
});

const what = 'a JSON object with a data array';

/**
 * Arbeitnow's public job-board API (`{data, links, meta}`, newest first): `?page=2`, `3` … while
 * the page before names a next one, up to `maxPages`, the first request conditional. A listing cut at the
 * cap is partial, so no job past it is closed for being absent.
 */
export function createArbeitnowSource(config: ArbeitnowSourceConfig, opts: SourceFactoryOptions): Source {
  const url = config.url ?? 'https://www.arbeitnow.com/api/job-board-api';
  const label = `arbeitnow ${config.id}`;
  const limits = sourceFetchLimits(opts, 'application/json');
  return {
    id: config.id,
    type: config.type,
    fetch: sourcePostingsFetch(label, url, opts, 'application/json', async (first, ctx) => {
      let pageUrl = url;
      let data = parseJsonBody(label, url, first.body, first.contentType, what);
      let position = 0;
      const firstPage = Number(new URL(url).searchParams.get('page') ?? '1') || 1;
      const listing = await readPages<{ raw: unknown; at: number }>({
        maxPages: config.maxPages ?? DEFAULT_MAX_PAGES,
        // Keyed by slug, so a server that ignores `page` (answering page 1 again) ends the listing.
        key: ({ raw, at }) => trimmedStringAt(raw, 'slug') ?? `#${at}`,
        readPage: async (index) => {
          if (index > 0) {
            if (!hasNextPage(data)) return undefined;
            const next = pageAddress(url, firstPage + index);
            data = await fetchJson(label, next, { ...limits, signal: ctx.signal }, what);
            pageUrl = next;
          }
          const items = jsonArrayAt(label, pageUrl, data, 'data', what).map((raw) => ({ raw, at: position++ }));
          return { items, last: !hasNextPage(data) };
        },
      });
      const jobs = listing.items.map(({ raw }) => raw).filter((raw) => wanted(config, raw));
      const collected = collectPostings(label, jobs, (job) => ({
        externalId: trimmedStringAt(job, 'slug'),
        result: normalizeItem(arbeitnowJobSchema, job, (j) => toRawPosting(config.id, j)),
      }));
      return { ...collected, ...(!listing.complete && { coverage: 'partial' as const }) };
    }),
  };
}

export const arbeitnowSourceAdapter: SourceAdapter<typeof arbeitnowSourceConfigSchema> = {
  configSchema: arbeitnowSourceConfigSchema,
  create: createArbeitnowSource,
};

/**
 * Whether the board says a page follows (`links.next`). The next page is asked of the configured
 * address with `page=N`, never of the link itself: the link names the board's own host, which a
 * mirror or a test server is not.
 */
function hasNextPage(data: unknown): boolean {
  const parsed = pageSchema.safeParse(data);
  return Boolean(parsed.success && parsed.data.links?.next?.trim());
}

function pageAddress(url: string, page: number): string {
  const address = new URL(url);
  address.searchParams.set('page', String(page));
  return address.toString();
}

/** The `remote` filter: a job whose flag is missing passes either way (it cannot be told apart). */
function wanted(config: ArbeitnowSourceConfig, raw: unknown): boolean {
  if (config.remote === undefined) return true;
  const flag = (raw as { remote?: unknown } | null)?.remote;
  return typeof flag !== 'boolean' || flag === config.remote;
}

function toRawPosting(sourceId: string, j: ArbeitnowJob): RawPosting {
  const posting: RawPosting = {
    sourceId,
    externalId: j.slug,
    title: j.title,
    text: j.description ? htmlToPlainText(j.description) : '',
  };
  // The flag says remote or not; "not remote" is no word on hybrid or on-site, so it gives no hint.
  if (j.remote === true) posting.remoteHint = 'remote';
  if (j.company_name?.trim()) posting.company = j.company_name.trim();
  if (j.url) posting.url = j.url;
  if (j.location?.trim()) posting.locationText = j.location.trim();
  const postedAt = toIsoTimestamp(typeof j.created_at === 'number' ? j.created_at * 1000 : j.created_at);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}
