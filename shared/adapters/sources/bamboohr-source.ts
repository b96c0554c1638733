import * as z from 'zod';
import type { RejectedPosting, Source } from '../../ports/source';
import { type RawPosting, type RemotePolicy, rawPostingSchema } from '../../posting/posting';
import { describeIssues } from '../../validation/describe-issues';
import { type BambooHrDetail, fetchBambooHrDetail } from './bamboohr-detail';
import { collectPostings, normalizeItem, stringOrNumberId } from './collect-postings';
import { sourceFetchLimits } from './fetch-source-document';
import { sourcePostingsFetch } from './fetch-source-postings';
import { forEachConcurrently } from './for-each-concurrently';
import { jsonArrayAt } from './json-array-at';
import { parseJsonBody } from './parse-json-body';
import { shortFormSourceConfigSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';

/** Detail requests in flight at once: polite to the site, still quick for a first poll. */
const DETAIL_CONCURRENCY = 4;

/** The BambooHR company subdomain, as in <company>.bamboohr.com; `url` replaces that site's address. */
export const bambooHrSourceConfigSchema = shortFormSourceConfigSchema(
  'bamboohr',
  'company',
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be a BambooHR subdomain such as "example"'),
);
export type BambooHrSourceConfig = z.infer<typeof bambooHrSourceConfigSchema>;

const text = z.string().nullish();

/** One opening of the careers list: only the fields we read, the rest pass unread. */
const openingSchema = z.object({
  id: z.union([z.string().trim().min(1), z.number().int()]),
  jobOpeningName: z.string().trim().min(1),
  location: z.object({ city: text, state: text }).nullish(),
  atsLocation: z.object({ city: text, province: text, state: text, country: text }).nullish(),
  isRemote: z.boolean().nullish(),
  locationType: z.union([z.string(), z.number()]).nullish(),
});
type Opening = z.infer<typeof openingSchema>;

/** BambooHR's location types: 0 in office, 1 remote, 2 hybrid (remote openings place themselves in atsLocation). */
const LOCATION_TYPES: Record<string, RemotePolicy> = { '0': 'onsite', '1': 'remote', '2': 'hybrid' };

const what = 'a JSON object with a result array';

/**
 * A BambooHR career site: the careers list fetched conditionally, and the detail of each listed
 * opening for its description, at most {@link DETAIL_CONCURRENCY} at a time. A detail is kept
 * between polls while its opening stays listed under the same title, so only new openings cost a
 * request; an opening whose detail fails is rejected (and tried again on the next poll).
 */
export function createBambooHrSource(config: BambooHrSourceConfig, opts: SourceFactoryOptions): Source {
  const base = siteBase(config.url ?? `https://${config.company}.bamboohr.com`);
  const listUrl = `${base}/careers/list`;
  const linkBase = config.company ? `https://${config.company}.bamboohr.com` : base;
  const label = `bamboohr ${config.id}`;
  const details = new Map<string, BambooHrDetail & { stamp: string }>();
  const limits = sourceFetchLimits(opts, 'application/json');

  async function detailOf(posting: RawPosting, signal: AbortSignal | undefined): Promise<BambooHrDetail> {
    const cached = details.get(posting.externalId);
    if (cached?.stamp === posting.title) return cached;
    const url = `${base}/careers/${encodeURIComponent(posting.externalId)}/detail`;
    const detail = await fetchBambooHrDetail(url, { ...limits, signal });
    details.set(posting.externalId, { ...detail, stamp: posting.title });
    return detail;
  }

  return {
    id: config.id,
    type: config.type,
    fetch: sourcePostingsFetch(label, listUrl, opts, 'application/json', async (doc, ctx) => {
      const data = parseJsonBody(label, listUrl, doc.body, doc.contentType, what);
      const listed = collectPostings(label, jsonArrayAt(label, listUrl, data, 'result', what), (item) => ({
        externalId: stringOrNumberId(item),
        result: normalizeItem(openingSchema, item, (o) => toRawPosting(config.id, linkBase, o)),
      }));

      const postings: (RawPosting | undefined)[] = [];
      const rejected: RejectedPosting[] = [...listed.rejected];
      await forEachConcurrently([...listed.postings.entries()], DETAIL_CONCURRENCY, async ([index, posting]) => {
        const reject = (why: string) =>
          rejected.push({
            externalId: posting.externalId,
            reason: `${label}: posting (${posting.externalId}): ${why}`,
          });
        try {
          const detail = await detailOf(posting, ctx.signal);
          const full = rawPostingSchema.safeParse({
            ...posting,
            text: detail.text,
            ...(detail.postedAt && { postedAt: detail.postedAt }),
          });
          if (full.success) postings[index] = full.data;
          else reject(describeIssues(full.error));
        } catch (err) {
          reject((err as Error).message);
        }
      });

      // Forget details of openings no longer listed, so the cache cannot outgrow the board.
      const listedIds = new Set(listed.postings.map((p) => p.externalId));
      for (const id of details.keys()) if (!listedIds.has(id)) details.delete(id);
      return { postings: postings.filter((p): p is RawPosting => p !== undefined), rejected };
    }),
  };
}

export const bambooHrSourceAdapter: SourceAdapter<typeof bambooHrSourceConfigSchema> = {
  configSchema: bambooHrSourceConfigSchema,
  create: createBambooHrSource,
};

/** The site's root: an operator may paste the careers page or list address, which leads to the same root. */
function siteBase(url: string): string {
  const site = new URL(url);
  site.search = '';
  site.hash = '';
  return site.href.replace(/\/+$/, '').replace(/\/careers(?:\/list)?$/, '');
}

/** The list's fields as a posting; its text comes from the detail. */
function toRawPosting(sourceId: string, linkBase: string, o: Opening): RawPosting {
  const id = String(o.id).trim();
  const posting: RawPosting = {
    sourceId,
    externalId: id,
    title: o.jobOpeningName,
    text: '',
    url: `${linkBase}/careers/${encodeURIComponent(id)}`,
  };
  const location = locationText(o);
  if (location) posting.locationText = location;
  const remote = o.isRemote ? 'remote' : LOCATION_TYPES[String(o.locationType ?? '').trim()];
  if (remote) posting.remoteHint = remote;
  return posting;
}

/** The office (`location`) when the opening names one, else where a remote hire must live (`atsLocation`). */
function locationText(o: Opening): string | undefined {
  const join = (...parts: (string | null | undefined)[]) => {
    const kept = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
    return [...new Set(kept)].join(', ');
  };
  const ats = o.atsLocation;
  return (
    join(o.location?.city, o.location?.state) || join(ats?.city, ats?.province ?? ats?.state, ats?.country) || undefined
  );
}
