import * as z from 'zod';
import type { FetchContext, FetchResult } from '../../ports/source';
import { collectPostings, normalizeItem, trimmedStringAt } from './collect-postings';
import { fetchJson } from './fetch-json';
import { navAdPosting, navAdSchema } from './nav-ad';
import type { NavGet } from './nav-token';
import { readPages } from './pager';
import { jsonKind } from './parse-json-body';

/** Pages read per poll at most: with NAV's default of 20 ads a page, the first 1,000 of a search. */
export const NAV_PUBLIC_FEED_MAX_PAGES = 50;

const count = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).nullish();

/** A page of the older public-feed API: a search's ads, Spring-style paged. */
const pageSchema = z.object({
  content: z.array(z.unknown()),
  totalElements: count,
  last: z.boolean().nullish(),
});

/**
 * NAV's older public-feed API (`/api/v1/ads`): a search (the operator's `params`, such as
 * `category` and `county`) paged by `page` from 0 until the page marked `last`, the reported
 * total or the cap. Its ads have the stilling-feed's ad shape. A search that was read to its end
 * is complete: what it no longer lists is closed.
 */
export function navPublicFeedFetch(
  label: string,
  sourceId: string,
  base: string,
  params: Record<string, string | number>,
  get: NavGet,
): (ctx: FetchContext) => Promise<FetchResult> {
  const pageUrl = (page: number) => {
    const url = new URL(`${base}/api/v1/ads`);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
    url.searchParams.set('page', String(page));
    return url.toString();
  };

  return async (ctx) => {
    const listing = await readPages<unknown>({
      maxPages: NAV_PUBLIC_FEED_MAX_PAGES,
      key: (ad) => trimmedStringAt(ad, 'uuid') ?? JSON.stringify(ad),
      readPage: async (index) => {
        const url = pageUrl(index);
        const what = 'a JSON object with a content array';
        const data = await fetchJson(label, url, { accept: 'application/json', signal: ctx.signal }, what, { get });
        const parsed = pageSchema.safeParse(data);
        if (!parsed.success) {
          const got = jsonKind(data) === 'an object' ? 'an object without a content array' : jsonKind(data);
          throw new Error(`${label}: expected ${what}, got ${got} from ${url}`);
        }
        const { content, totalElements, last } = parsed.data;
        return { items: content, ...(totalElements != null && { total: totalElements }), last: last === true };
      },
    });
    const { postings, rejected } = collectPostings(label, listing.items, (ad) => ({
      externalId: trimmedStringAt(ad, 'uuid'),
      result: normalizeItem(navAdSchema, ad, (a) => navAdPosting(sourceId, a)),
    }));
    return { notModified: false, postings, rejected, coverage: listing.complete ? 'full' : 'partial' };
  };
}
