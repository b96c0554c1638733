import * as z from 'zod';
import type { FetchContext, FetchResult, Source } from '../../ports/source';
import { nextCursor, planRead, readCursor } from './arbeitsagentur-cursor';
import { detailAddress, readArbeitsagenturDetail } from './arbeitsagentur-detail';
import { arbeitsagenturApis, arbeitsagenturPosting } from './arbeitsagentur-entry';
import { detailsAddress, PAGE_SIZE, pageUrl, readArbeitsagenturPage, searchUrl, withPlan } from './arbeitsagentur-page';
import { trimmedStringAt } from './collect-postings';
import { collectWithDetails } from './collect-with-details';
import { sourceFetchLimits } from './fetch-source-document';
import { readPages } from './pager';
import { sourceUrlSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';

/** Pages followed per poll at most: with 100 a page, the first 1,000 postings of a search. */
const MAX_PAGES = 10;
/** Detail requests in flight at once. */
const DETAIL_CONCURRENCY = 4;
/**
 * Details that may fail (after their retries) before the rest of the poll's are given up: an API
 * that is down would otherwise hold the poll for every detail's retries and timeout in turn.
 */
const MAX_DETAIL_FAILURES = 5;

const searchTerm = z.string().trim().min(1, 'must not be blank').optional();
const wholeNumber = (min: number, max: number) =>
  z
    .number()
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

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
    /** Overrides the API address; `was`, `wo`, `size`, `page` (and `veroeffentlichtseit`) are set on it. */
    url: sourceUrlSchema.optional(),
    /** Overrides where an ad's details are read: the Base64 ref number is appended. */
    detailsUrl: sourceUrlSchema.optional(),
    /** The API's client key, sent as X-API-Key: a public one, the same for every client. */
    clientKey: z.string().trim().min(1, 'must not be blank').default('jobboerse-jobsuche'),
    /** Ads whose details are read in one poll at most; the others wait for the next. */
    maxDetailsPerPoll: wholeNumber(1, 1000).default(200),
    /** Days between whole reads of the search (which close the ads it no longer lists). */
    fullReadEveryDays: wholeNumber(1, 100).default(7),
  })
  .strict();
export type ArbeitsagenturSourceConfig = z.infer<typeof arbeitsagenturSourceConfigSchema>;

/**
 * The Bundesagentur für Arbeit Jobsuche: a search's list, page by page (up to MAX_PAGES), then
 * each new or changed ad's details for its text, four at a time and at most `maxDetailsPerPoll`
 * a poll. The first poll reads the whole search; later ones only what was published since the
 * last (`veroeffentlichtseit`), and every `fullReadEveryDays` the whole search again. The cursor
 * remembers which ads' details were read (and for which version of the list entry), so an ad is
 * not read twice while it stays the same, and a whole read to the end names as removed the ads
 * it remembers and no longer finds. An ad whose details answer 404 or 410 is removed too.
 */
export function createArbeitsagenturSource(
  config: ArbeitsagenturSourceConfig,
  opts: SourceFactoryOptions & { now?: () => Date },
): Source {
  const label = `arbeitsagentur ${config.id}`;
  const api = arbeitsagenturApis[config.api];
  const firstUrl = searchUrl(config);
  const detailsBase = detailsAddress(config, firstUrl);
  const limits = { ...sourceFetchLimits(opts, 'application/json'), headers: { 'X-API-Key': config.clientKey } };
  const idOf = (raw: unknown) => trimmedStringAt(raw, api.idKey);

  return {
    id: config.id,
    type: config.type,
    async fetch(ctx: FetchContext): Promise<FetchResult> {
      const startedAt = opts.now?.() ?? new Date();
      const previous = readCursor(ctx.state?.cursor);
      const plan = planRead(previous, startedAt, config.fullReadEveryDays);
      const listUrl = withPlan(firstUrl, plan);
      const listing = await readPages({
        maxPages: MAX_PAGES,
        pageSize: PAGE_SIZE,
        key: (raw) => idOf(raw) ?? `#${JSON.stringify(raw)}`,
        readPage: (index) =>
          readArbeitsagenturPage(label, pageUrl(listUrl, index + 1), api.listKey, { ...limits, signal: ctx.signal }),
      });

      const known = previous?.known ?? {};
      const { listed, toRead, unchanged, waiting } = sortListed(
        listing.items,
        known,
        config.maxDetailsPerPoll,
        idOf,
        api.schema,
      );

      const gone = new Set<string>();
      const stamps = new Map<string, string>();
      let requests = 0;
      let failures = 0;
      const collected = await collectWithDetails(label, toRead, {
        idOf,
        schema: api.schema,
        concurrency: DETAIL_CONCURRENCY,
        toPosting: async (entry) => {
          const url = detailAddress(detailsBase, entry.refnr);
          if (failures >= MAX_DETAIL_FAILURES)
            throw new Error(`detail not read: ${failures} details failed before it; read on the next poll`);
          requests++;
          const detail = await readArbeitsagenturDetail(url, { ...limits, signal: ctx.signal }).catch((err: Error) => {
            failures++;
            throw err;
          });
          if (detail === 'gone') {
            gone.add(entry.refnr);
            throw new Error('gone');
          }
          stamps.set(entry.refnr, entry.stamp);
          return arbeitsagenturPosting(config.id, entry, detail);
        },
      });
      // Every detail missing is a wrong address far more likely than a search whose ads all went.
      if (gone.size >= 3 && gone.size === requests)
        throw new Error(
          `${label}: all ${gone.size} ads' details answered 404 or 410 from ${detailsBase}: is the details address right?`,
        );

      const removed = [...gone];
      if (plan.mode === 'full' && listing.complete)
        removed.push(...Object.keys(known).filter((id) => !listed.has(id) && !gone.has(id)));
      const read = new Map(collected.postings.map((p) => [p.externalId, stamps.get(p.externalId) ?? '']));
      const backlog = waiting > 0;
      const full = plan.mode === 'full' && listing.complete && !backlog && unchanged === 0;
      return {
        notModified: false,
        postings: collected.postings,
        rejected: collected.rejected.filter((r) => !(r.externalId && gone.has(r.externalId))),
        coverage: full ? 'full' : 'partial',
        ...(removed.length > 0 && { removed }),
        cursor: nextCursor(previous, { plan, startedAt, complete: listing.complete, backlog, listed, read, gone }),
      };
    },
  };
}

/**
 * Which listed ads need their details read: only those new or changed since they were read (the
 * others are `unchanged`), up to the cap (the rest are `waiting`). An entry the schema refuses
 * goes on to be rejected with its reason, without a request, taking no detail's place.
 */
function sortListed(
  items: unknown[],
  known: Record<string, string>,
  cap: number,
  idOf: (raw: unknown) => string | undefined,
  schema: (typeof arbeitsagenturApis)[keyof typeof arbeitsagenturApis]['schema'],
) {
  const listed = new Set<string>();
  const toRead: unknown[] = [];
  let unchanged = 0;
  let queued = 0;
  let waiting = 0;
  for (const raw of items) {
    const id = idOf(raw);
    if (id) listed.add(id);
    const entry = schema.safeParse(raw);
    if (entry.success && known[entry.data.refnr] === entry.data.stamp) unchanged++;
    else if (entry.success && queued >= cap) waiting++;
    else {
      if (entry.success) queued++;
      toRead.push(raw);
    }
  }
  return { listed, toRead, unchanged, waiting };
}

export const arbeitsagenturSourceAdapter: SourceAdapter<typeof arbeitsagenturSourceConfigSchema> = {
  configSchema: arbeitsagenturSourceConfigSchema,
  create: createArbeitsagenturSource,
};
