import * as z from 'zod';
import type { FetchContext, FetchResult, Source } from '../../ports/source';
import { fetchDocument } from '../http/fetch-document';
import { arbeitsagenturApis, arbeitsagenturPosting } from './arbeitsagentur-entry';
import { collectPostings, normalizeItem, trimmedStringAt } from './collect-postings';
import { sourceFetchLimits } from './fetch-source-document';
import { jsonKind, parseJsonBody } from './parse-json-body';
import { sourceUrlSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';

/** Pages followed per poll at most: with 100 a page, the first 1,000 postings of a search. */
const MAX_PAGES = 10;
const PAGE_SIZE = 100;
const API_BASE = 'https://rest.arbeitsagentur.de/jobboerse/jobsuche-service/pc';

const searchTerm = z.string().trim().min(1, 'must not be blank').optional();

export const arbeitsagenturSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('arbeitsagentur'),
    /** What to search for: a job title, an occupation, a keyword. */
    was: searchTerm,
    /** Where: a town or a postcode. */
    wo: searchTerm,
    /** The Jobsuche API version, which decides the answer's shape. */
    api: z.enum(['v4', 'v6'], 'must be "v4" or "v6"').default('v6'),
    /** Overrides the API address; `was`, `wo`, `size` and `page` are set on it. */
    url: sourceUrlSchema.optional(),
    /** The API's client key, sent as X-API-Key: a public one, the same for every client. */
    clientKey: z.string().trim().min(1, 'must not be blank').default('jobboerse-jobsuche'),
  })
  .strict();
export type ArbeitsagenturSourceConfig = z.infer<typeof arbeitsagenturSourceConfigSchema>;

/**
 * The Bundesagentur für Arbeit Jobsuche: a search's list, page by page (up to MAX_PAGES), until
 * the reported total, a short page or an empty one. Only the list is read, not each ad's details.
 */
export function createArbeitsagenturSource(config: ArbeitsagenturSourceConfig, opts: SourceFactoryOptions): Source {
  const label = `arbeitsagentur ${config.id}`;
  const api = arbeitsagenturApis[config.api];
  const firstUrl = searchUrl(config);
  return {
    id: config.id,
    type: config.type,
    async fetch(ctx: FetchContext): Promise<FetchResult> {
      const entries: unknown[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const url = pageUrl(firstUrl, page);
        const list = await readPage(label, url, config, opts, ctx.signal);
        entries.push(...list.entries);
        if (list.entries.length < PAGE_SIZE) break;
        if (list.total !== undefined && page * PAGE_SIZE >= list.total) break;
      }
      const { postings, rejected } = collectPostings(label, entries, (entry) => ({
        externalId: trimmedStringAt(entry, api.idKey),
        result: normalizeItem(api.schema, entry, (e) => arbeitsagenturPosting(config.id, e)),
      }));
      return { notModified: false, postings, rejected };
    },
  };
}

export const arbeitsagenturSourceAdapter: SourceAdapter<typeof arbeitsagenturSourceConfigSchema> = {
  configSchema: arbeitsagenturSourceConfigSchema,
  create: createArbeitsagenturSource,
};

/** The search's address: the configured one or the API's, with the search terms and page size set. */
function searchUrl(config: ArbeitsagenturSourceConfig): URL {
  const url = new URL(config.url ?? `${API_BASE}/${config.api}/jobs`);
  if (config.was) url.searchParams.set('was', config.was);
  if (config.wo) url.searchParams.set('wo', config.wo);
  url.searchParams.set('size', String(PAGE_SIZE));
  return url;
}

function pageUrl(url: URL, page: number): string {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  return next.toString();
}

async function readPage(
  label: string,
  url: string,
  config: ArbeitsagenturSourceConfig,
  opts: SourceFactoryOptions,
  signal: AbortSignal | undefined,
): Promise<{ entries: unknown[]; total?: number }> {
  const { listKey } = arbeitsagenturApis[config.api];
  const doc = await fetchDocument(url, {
    ...sourceFetchLimits(opts, 'application/json'),
    headers: { 'X-API-Key': config.clientKey },
    signal,
  }).catch((err: Error) => {
    throw new Error(`${label}: ${err.message}`, { cause: err });
  });
  if (doc.status === 304) throw new Error(`${label}: unexpected 304 from ${url}`);
  const what = `a JSON object with a ${listKey} array`;
  const data = parseJsonBody(label, url, doc.body, doc.contentType, what);
  const record = (data ?? {}) as Record<string, unknown>;
  const entries = record[listKey];
  // A search that finds nothing may leave the list out altogether.
  if (entries === undefined && jsonKind(data) === 'an object' && record.maxErgebnisse === 0) return { entries: [] };
  if (!Array.isArray(entries)) {
    const got = jsonKind(data) === 'an object' ? `an object without a ${listKey} array` : jsonKind(data);
    throw new Error(`${label}: expected ${what}, got ${got} from ${url}`);
  }
  const total = record.maxErgebnisse;
  return { entries, ...(typeof total === 'number' && Number.isFinite(total) && { total }) };
}
