import * as z from 'zod';
import type { FetchContext, FetchResult, Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { type FetchDocumentOptions, fetchDocument } from '../http/fetch-document';
import { collectPostings, normalizeItem, stringOrNumberId } from './collect-postings';
import { sourceFetchLimits } from './fetch-source-document';
import { htmlToPlainText } from './html-to-plain-text';
import { jsonKind, parseJsonBody } from './parse-json-body';
import { sourceUrlSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';
import { toIsoTimestamp } from './to-iso-timestamp';

/** Hits a search request asks for: the most JobSearch serves at once. */
const PAGE_SIZE = 100;
/** Pages followed per poll at most: JobSearch refuses an offset past 2,000, so the first 2,000 hits. */
export const JOBTECH_MAX_PAGES = 20;
/** The highest offset JobSearch accepts. */
const MAX_OFFSET = 2000;

const DEFAULT_URL = 'https://jobsearch.api.jobtechdev.se/search';
const PUBLIC_AD_PAGE = 'https://arbetsformedlingen.se/platsbanken/annonser/';

/** A taxonomy code as JobSearch takes it: a legacy number (`1480`) or a concept id (`PVZL_BQT_XtL`). */
const taxonomyCodes = z
  .array(z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be a municipality or region code such as "1480"'))
  .min(1);

export const jobtechSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('jobtech'),
    /** The free-text query, as typed in Platsbanken (`systemutvecklare`). */
    query: z.string().trim().min(1, 'must be a search text such as "systemutvecklare"'),
    /** Overrides the JobSearch `/search` address; the query and paging are added to it. */
    url: sourceUrlSchema.optional(),
    /** Only ads in these municipalities (`municipality` codes or concept ids). */
    municipality: taxonomyCodes.optional(),
    /** Only ads in these regions (län: `region` codes or concept ids). */
    region: taxonomyCodes.optional(),
  })
  .strict();
export type JobtechSourceConfig = z.infer<typeof jobtechSourceConfigSchema>;

const pageSchema = z.object({
  total: z.object({ value: z.number().int().nonnegative() }).nullish(),
  hits: z.array(z.unknown()),
});

const optionalText = z.string().nullish();

/** One JobSearch hit: only the fields we read, the rest pass unread. */
const hitSchema = z.object({
  id: z.union([z.string().trim().min(1), z.number().int().nonnegative()]),
  headline: z.string().trim().min(1),
  description: z.object({ text: optionalText, text_formatted: optionalText }).nullish(),
  employer: z.object({ name: optionalText }).nullish(),
  webpage_url: z.url().nullish(),
  publication_date: optionalText,
  workplace_address: z
    .object({ city: optionalText, municipality: optionalText, region: optionalText, country: optionalText })
    .nullish(),
});
type Hit = z.infer<typeof hitSchema>;

/**
 * Arbetsförmedlingen's JobTech JobSearch, read by a free-text query: `/search` paged by offset
 * (100 a page, up to {@link JOBTECH_MAX_PAGES} pages and offset 2,000). The API has no
 * validators, so every poll is a full read.
 */
export function createJobtechSource(config: JobtechSourceConfig, opts: SourceFactoryOptions): Source {
  const label = `jobtech ${config.id}`;
  const limits = sourceFetchLimits(opts, 'application/json');
  return {
    id: config.id,
    type: config.type,
    async fetch(ctx: FetchContext): Promise<FetchResult> {
      const hits = await readAllPages(label, config, { ...limits, signal: ctx.signal });
      const { postings, rejected } = collectPostings(label, hits, (hit) => ({
        externalId: stringOrNumberId(hit)?.trim() || undefined,
        result: normalizeItem(hitSchema, hit, (h) => toRawPosting(config.id, h)),
      }));
      return { notModified: false, postings, rejected };
    },
  };
}

export const jobtechSourceAdapter: SourceAdapter<typeof jobtechSourceConfigSchema> = {
  configSchema: jobtechSourceConfigSchema,
  create: createJobtechSource,
};

/** The search address for one page: the configured base with the query, filters and paging. */
export function jobtechSearchUrl(config: JobtechSourceConfig, offset: number): string {
  const url = new URL(config.url ?? DEFAULT_URL);
  url.searchParams.set('q', config.query);
  for (const key of ['municipality', 'region'] as const) {
    url.searchParams.delete(key);
    for (const code of config[key] ?? []) url.searchParams.append(key, code);
  }
  url.searchParams.set('limit', String(PAGE_SIZE));
  url.searchParams.set('offset', String(offset));
  return url.toString();
}

/**
 * The hits of every page, each asked from where the last ended, until an empty page, the first
 * page's `total.value`, the offset cap or the page cap.
 */
async function readAllPages(
  label: string,
  config: JobtechSourceConfig,
  options: FetchDocumentOptions,
): Promise<unknown[]> {
  const hits: unknown[] = [];
  let total: number | undefined;
  for (let page = 0; page < JOBTECH_MAX_PAGES && hits.length <= MAX_OFFSET; page++) {
    const url = jobtechSearchUrl(config, hits.length);
    const doc = await fetchDocument(url, options).catch((err: Error) => {
      throw new Error(`${label}: ${err.message}`, { cause: err });
    });
    if (doc.status === 304) throw new Error(`${label}: unexpected 304 from ${url}`);
    const what = 'a JSON object with a hits array';
    const data = parseJsonBody(label, url, doc.body, doc.contentType, what);
    const parsed = pageSchema.safeParse(data);
    if (!parsed.success) {
      const got = jsonKind(data) === 'an object' ? 'an object without a hits array' : jsonKind(data);
      throw new Error(`${label}: expected ${what}, got ${got} from ${url}`);
    }
    total ??= parsed.data.total?.value;
    hits.push(...parsed.data.hits);
    if (parsed.data.hits.length === 0 || total === undefined || hits.length >= total) break;
  }
  return hits;
}

function toRawPosting(sourceId: string, hit: Hit): RawPosting {
  const externalId = String(hit.id).trim();
  const posting: RawPosting = { sourceId, externalId, title: hit.headline, text: textOf(hit) };
  const company = hit.employer?.name?.trim();
  if (company) posting.company = company;
  posting.url = hit.webpage_url ?? `${PUBLIC_AD_PAGE}${encodeURIComponent(externalId)}`;
  const location = locationText(hit);
  if (location) posting.locationText = location;
  const postedAt = toIsoTimestamp(hit.publication_date);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

/** The ad's plain text; its formatted (HTML) text only when the plain one is missing. */
function textOf(hit: Hit): string {
  const plain = hit.description?.text?.trim();
  if (plain) return plain;
  const formatted = hit.description?.text_formatted?.trim();
  return formatted ? htmlToPlainText(formatted) : '';
}

/** "City, Region, Country", the municipality only when it names another place than the city. */
function locationText(hit: Hit): string | undefined {
  const address = hit.workplace_address;
  const parts = [address?.city, address?.municipality, address?.region, address?.country]
    .map((p) => p?.trim())
    .filter((p): p is string => !!p);
  const unique = parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
  return unique.length ? unique.join(', ') : undefined;
}
