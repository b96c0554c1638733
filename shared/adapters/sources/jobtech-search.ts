import * as z from 'zod';
import type { FetchResult } from '../../ports/source';
import type { FetchDocumentOptions } from '../http/fetch-document';
import { stringOrNumberId } from './collect-postings';
import { fetchJson } from './fetch-json';
import { collectJobtechAds } from './jobtech-ad';
import { readPages } from './pager';
import { jsonKind } from './parse-json-body';

/** Hits a search request asks for: the most JobSearch serves at once. */
const PAGE_SIZE = 100;
/** The highest offset JobSearch accepts: a search reads its first 2,100 hits at most. */
const MAX_OFFSET = 2000;
/** Pages followed per poll at most: offsets 0 to 2,000. */
export const JOBTECH_MAX_PAGES = MAX_OFFSET / PAGE_SIZE + 1;
/**
 * Newest first: a stable order (relevance ties shuffle between requests), and when a search holds
 * more than 2,100 hits, the ones read are the newest.
 */
const SORT = 'pubdate-desc';

export const JOBTECH_SEARCH_URL = 'https://jobsearch.api.jobtechdev.se/search';

export interface JobtechSearch {
  query: string;
  url?: string;
  municipality?: string[];
  region?: string[];
}

const pageSchema = z.object({
  total: z.object({ value: z.coerce.number().int().nonnegative() }).nullish(),
  hits: z.array(z.unknown()),
});

/** The search address for one page: the configured base with the query, filters, order and paging. */
export function jobtechSearchUrl(search: JobtechSearch, offset: number): string {
  const url = new URL(search.url ?? JOBTECH_SEARCH_URL);
  url.searchParams.set('q', search.query);
  for (const key of ['municipality', 'region'] as const) {
    url.searchParams.delete(key);
    for (const code of search[key] ?? []) url.searchParams.append(key, code);
  }
  url.searchParams.set('sort', SORT);
  url.searchParams.set('limit', String(PAGE_SIZE));
  url.searchParams.set('offset', String(offset));
  return url.toString();
}

/**
 * Every hit of a search, newest first, each page asked from where the last ended, until an empty
 * page, the reported total or the cap (page 21, offset 2,000): a search cut there is partial, so
 * the ads it did not reach are not closed.
 */
export async function readJobtechSearch(
  label: string,
  sourceId: string,
  search: JobtechSearch,
  options: FetchDocumentOptions,
): Promise<Extract<FetchResult, { notModified: false }>> {
  let offsetCapped = false;
  const listing = await readPages<unknown>({
    maxPages: JOBTECH_MAX_PAGES,
    key: (hit) => stringOrNumberId(hit)?.trim() || JSON.stringify(hit),
    readPage: async (_index, itemsSoFar) => {
      if (itemsSoFar > MAX_OFFSET) {
        offsetCapped = true;
        return undefined;
      }
      const url = jobtechSearchUrl(search, itemsSoFar);
      const what = 'a JSON object with a hits array';
      const data = await fetchJson(label, url, options, what);
      const page = pageSchema.safeParse(data);
      if (!page.success) {
        const got = jsonKind(data) === 'an object' ? 'an object without a hits array' : jsonKind(data);
        throw new Error(`${label}: expected ${what}, got ${got} from ${url}`);
      }
      return { items: page.data.hits, ...(page.data.total && { total: page.data.total.value }) };
    },
  });
  const { postings, rejected, removed } = collectJobtechAds(label, sourceId, listing.items);
  const complete = listing.complete && !offsetCapped;
  return {
    notModified: false,
    postings,
    rejected,
    ...(removed.length > 0 && { removed }),
    ...(!complete && { coverage: 'partial' as const }),
  };
}
