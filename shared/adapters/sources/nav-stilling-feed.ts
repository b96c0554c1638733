import * as z from 'zod';
import type { FetchContext, FetchResult } from '../../ports/source';
import { describeIssues } from '../../validation/describe-issues';
import { FetchDocumentError, type FetchedDocument } from '../http/fetch-document';
import { collectWithDetails } from './collect-with-details';
import { fetchJson } from './fetch-json';
import { answeredGone } from './fetch-text';
import { navAdPosting, navAdSchema } from './nav-ad';
import { detailAd, feedItemKey, latestEntries, type NavFeedEntry, navFeedPageSchema } from './nav-feed-entry';
import type { NavGet } from './nav-token';
import { readPages } from './pager';
import { jsonKind, parseJsonBody } from './parse-json-body';

/** Feed pages read per poll at most (NAV serves 1,000 changes a page): the rest waits for the next poll. */
export const NAV_FEED_MAX_PAGES = 20;
/** Entry details in flight at once. */
const DETAIL_CONCURRENCY = 4;

/**
 * Where a poll resumes: a page id and, when that page was the feed's end, its validators and its
 * last item (`after`): the page grows until it is full, and what it held is stored already.
 */
interface Cursor {
  page: string;
  etag?: string;
  lastModified?: string;
  after?: string;
}

interface PageRead {
  id: string;
  nextId?: string;
  etag?: string;
  lastModified?: string;
  /** The key of the page's last item. */
  after?: string;
}

/**
 * NAV's pam-stilling-feed: the feed of every change to every ad, page after page, then each
 * changed ad's detail. The first poll reads from the first page; each later one from the page the
 * last one stopped at (the cursor), asking for it conditionally when it was the feed's end (a
 * 304: nothing changed). An inactive entry, or an ad whose detail is gone, is removed; an active
 * one becomes a posting. Only a first read that reached the end is complete.
 */
export function navStillingFeedFetch(
  label: string,
  sourceId: string,
  base: string,
  get: NavGet,
): (ctx: FetchContext) => Promise<FetchResult> {
  const pageUrl = (id: string) => `${base}/api/v1/feed/${encodeURIComponent(id)}`;

  async function readPage(url: string, signal: AbortSignal | undefined, cursor?: Cursor) {
    const doc = await get(url, {
      accept: 'application/json',
      signal,
      etag: cursor?.etag,
      lastModified: cursor?.lastModified,
    });
    if (doc.status === 304) return doc;
    const what = 'a JSON object with an items array';
    const data = parseJsonBody(label, url, doc.body, doc.contentType, what);
    const parsed = navFeedPageSchema.safeParse(data);
    if (!parsed.success) {
      const got = jsonKind(data) === 'an object' ? `an object with ${describeIssues(parsed.error)}` : jsonKind(data);
      throw new Error(`${label}: expected ${what}, got ${got} from ${url}`);
    }
    return { doc, page: parsed.data };
  }

  return async (ctx) => {
    const cursor = parseCursor(ctx.state?.cursor);
    let fromStart = cursor === undefined;
    let last: PageRead | undefined;
    let unchanged = false;
    const labelled = (err: unknown) => {
      const message = (err as Error).message;
      return message.startsWith(`${label}:`) ? err : new Error(`${label}: ${message}`, { cause: err });
    };
    const readOne = async (index: number) => {
      let read: Awaited<ReturnType<typeof readPage>>;
      try {
        if (index > 0) {
          if (!last?.nextId) return undefined;
          read = await readPage(pageUrl(last.nextId), ctx.signal);
        } else if (cursor) {
          read = await readPage(pageUrl(cursor.page), ctx.signal, cursor).catch(async (err) => {
            // A page the feed no longer has: start again from the first, as on the first poll.
            if (!(err instanceof FetchDocumentError && err.status === 404)) throw err;
            fromStart = true;
            return readPage(`${base}/api/v1/feed`, ctx.signal);
          });
        } else read = await readPage(`${base}/api/v1/feed`, ctx.signal);
      } catch (err) {
        throw labelled(err);
      }
      if ('status' in read) {
        // The cursor's page unchanged (or, unasked, an empty page): nothing to read.
        unchanged = index === 0 && !!(cursor?.etag || cursor?.lastModified);
        return undefined;
      }
      const { doc, page } = read;
      const id = page.id?.trim() || (index === 0 ? cursor?.page : last?.nextId);
      if (!id) throw new Error(`${label}: a feed page without an id from ${base}`);
      const items = page.items ?? [];
      const after = items.length > 0 ? feedItemKey(items.at(-1)) : index === 0 ? cursor?.after : undefined;
      last = { id, nextId: nextIdOf(page), ...validatorsOf(doc), ...(after && { after }) };
      return { items: index === 0 && !fromStart ? itemsAfter(items, cursor?.after) : items, last: !last.nextId };
    };
    const listing = await readPages<unknown>({
      maxPages: NAV_FEED_MAX_PAGES,
      key: feedItemKey,
      // The cursor's page may hold nothing after what was stored, and a next page all the same.
      readPage: async (index) => {
        const page = await readOne(index);
        return index === 0 && page?.items.length === 0 && last?.nextId ? readOne(1) : page;
      },
    });
    if (unchanged && listing.items.length === 0) return { notModified: true };

    const { entries, rejected: unreadItems } = latestEntries(label, listing.items);
    const removed = new Set(entries.filter((e) => !e.active).map((e) => e.uuid));
    const { postings, rejected } = await collectWithDetails(
      label,
      entries.filter((e) => e.active),
      {
        idOf: (entry) => (entry as NavFeedEntry).uuid,
        schema: z.custom<NavFeedEntry>(),
        concurrency: DETAIL_CONCURRENCY,
        toPosting: async (entry) => {
          const ad = await readDetail(entry.uuid, ctx.signal);
          if (ad === undefined) {
            removed.add(entry.uuid);
            throw new Error('removed');
          }
          return navAdPosting(sourceId, ad);
        },
      },
    );
    return {
      notModified: false,
      postings,
      rejected: [...unreadItems, ...rejected.filter((r) => !(r.externalId && removed.has(r.externalId)))],
      removed: [...removed],
      coverage: fromStart && listing.complete ? 'full' : 'partial',
      ...(last && { cursor: formatCursor(listing.complete ? last : { id: last.nextId ?? last.id }) }),
    };
  };

  /** The ad of an entry's detail; undefined when the entry is inactive or its detail gone (404, 410). */
  async function readDetail(uuid: string, signal: AbortSignal | undefined) {
    const url = `${base}/api/v1/feedentry/${encodeURIComponent(uuid)}`;
    let data: unknown;
    try {
      data = await fetchJson('detail', url, { accept: 'application/json', signal }, 'a JSON object', { get });
    } catch (err) {
      if (answeredGone(err)) return undefined;
      throw err;
    }
    let content: unknown;
    try {
      content = detailAd(data);
    } catch (err) {
      throw new Error(`detail: ${(err as Error).message} in ${url}`);
    }
    if (content === undefined) return undefined;
    if (typeof content !== 'object' || Array.isArray(content))
      throw new Error(`detail: ad_content: expected an object, got ${jsonKind(content)} in ${url}`);
    const ad = navAdSchema.safeParse({ ...(content as object), uuid });
    if (!ad.success) throw new Error(`detail: ad_content.${describeIssues(ad.error)} in ${url}`);
    return ad.data;
  }
}

/** The next page's id: `next_id`, else the last segment of `next_url`; none at the feed's end. */
function nextIdOf(page: z.infer<typeof navFeedPageSchema>): string | undefined {
  const id = page.next_id?.trim();
  if (id) return id;
  const url = page.next_url?.trim();
  return url
    ? decodeURIComponent(
        url
          .replace(/[?#].*$/, '')
          .replace(/\/+$/, '')
          .split('/')
          .pop() ?? '',
      ) || undefined
    : undefined;
}

function validatorsOf(doc: Extract<FetchedDocument, { status: 200 }>): Pick<PageRead, 'etag' | 'lastModified'> {
  return { ...(doc.etag && { etag: doc.etag }), ...(doc.lastModified && { lastModified: doc.lastModified }) };
}

/**
 * The cursor as the source's state keeps it: `page=<id>`, with the page's validators and last item
 * when it was the feed's end (a page cut at the cap is resumed at the next one, never asked
 * conditionally, read whole).
 */
function formatCursor(page: PageRead): string {
  const params = new URLSearchParams({ page: page.id });
  if (page.etag) params.set('etag', page.etag);
  if (page.lastModified) params.set('lastModified', page.lastModified);
  if (page.after) params.set('after', page.after);
  return params.toString();
}

/** The items after the one a poll stored last; all of them when it is not on the page. */
function itemsAfter(items: unknown[], after: string | undefined): unknown[] {
  const at = after === undefined ? -1 : items.findIndex((item) => feedItemKey(item) === after);
  return at < 0 ? items : items.slice(at + 1);
}

function parseCursor(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  const params = new URLSearchParams(cursor);
  const page = params.get('page');
  if (!page) return undefined;
  return {
    page,
    ...(params.get('etag') && { etag: params.get('etag') as string }),
    ...(params.get('lastModified') && { lastModified: params.get('lastModified') as string }),
    ...(params.get('after') && { after: params.get('after') as string }),
  };
}
