import * as z from 'zod';
import type { FetchContext, FetchResult, Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { collectPostings, normalizeItem } from './collect-postings';
import { fetchSourceDocument } from './fetch-source-document';
import { htmlToPlainText } from './html-to-plain-text';
import { jsonArrayAt } from './json-array-at';
import { parseJsonBody } from './parse-json-body';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';
import { toIsoTimestamp } from './to-iso-timestamp';

export const himalayasSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('himalayas'),
    /** Overrides https://himalayas.app/jobs/api (add ?limit=…&offset=…). */
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  })
  .strict();
export type HimalayasSourceConfig = z.infer<typeof himalayasSourceConfigSchema>;

/** A Himalayas job: it has no id field, its guid (the job page's address) is the id. */
const himalayasJobSchema = z.object({
  guid: z.string().trim().min(1),
  title: z.string().trim().min(1),
  companyName: z.string().nullish(),
  description: z.string().nullish(),
  excerpt: z.string().nullish(),
  applicationLink: z.url().nullish(),
  locationRestrictions: z.array(z.string()).nullish(),
  /** Epoch seconds; anything else is read leniently, an unreadable date dropped. */
  pubDate: z.unknown(),
});
type HimalayasJob = z.infer<typeof himalayasJobSchema>;

/** Himalayas' public remote-jobs API (`{jobs: […]}`). */
export function createHimalayasSource(config: HimalayasSourceConfig, opts: SourceFactoryOptions): Source {
  const url = config.url ?? 'https://himalayas.app/jobs/api';
  const label = `himalayas ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    async fetch(ctx: FetchContext): Promise<FetchResult> {
      const doc = await fetchSourceDocument(label, url, ctx, opts, 'application/json');
      if (doc.status === 304) return { notModified: true, etag: doc.etag, lastModified: doc.lastModified };
      const what = 'a JSON object with a jobs array';
      const jobs = jsonArrayAt(label, url, parseJsonBody(label, url, doc.body, doc.contentType, what), 'jobs', what);
      const collected = collectPostings(label, jobs, (job) => {
        const guid = (job as { guid?: unknown } | null)?.guid;
        return {
          externalId: typeof guid === 'string' && guid.trim() ? guid.trim() : undefined,
          result: normalizeItem(himalayasJobSchema, job, (j) => toRawPosting(config.id, j)),
        };
      });
      return { notModified: false, ...collected, etag: doc.etag, lastModified: doc.lastModified };
    },
  };
}

export const himalayasSourceAdapter: SourceAdapter<typeof himalayasSourceConfigSchema> = {
  configSchema: himalayasSourceConfigSchema,
  create: createHimalayasSource,
};

function toRawPosting(sourceId: string, j: HimalayasJob): RawPosting {
  const posting: RawPosting = {
    sourceId,
    externalId: j.guid,
    title: j.title,
    text: j.description ? htmlToPlainText(j.description) : (j.excerpt?.trim() ?? ''),
    remoteHint: 'remote',
  };
  if (j.companyName?.trim()) posting.company = j.companyName.trim();
  if (j.applicationLink) posting.url = j.applicationLink;
  else if (URL.canParse(j.guid)) posting.url = j.guid;
  const countries = (j.locationRestrictions ?? []).map((c) => c.trim()).filter(Boolean);
  if (countries.length) posting.locationText = countries.join(', ');
  const postedAt = toIsoTimestamp(typeof j.pubDate === 'number' ? j.pubDate * 1000 : j.pubDate);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}
