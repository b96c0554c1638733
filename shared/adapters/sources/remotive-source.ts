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

export const remotiveSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('remotive'),
    /** Overrides https://remotive.com/api/remote-jobs (add ?category=…&search=…). */
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  })
  .strict();
export type RemotiveSourceConfig = z.infer<typeof remotiveSourceConfigSchema>;

const remotiveJobSchema = z.object({
  id: z.union([z.number(), z.string().trim().min(1)]).transform(String),
  url: z.url().nullish(),
  title: z.string().trim().min(1),
  company_name: z.string().nullish(),
  description: z.string().nullish(),
  candidate_required_location: z.string().nullish(),
  // "2026-09-11T06:49:00", without offset: read as UTC.
  publication_date: z.string().nullish(),
});
type RemotiveJob = z.infer<typeof remotiveJobSchema>;

/** Remotive's public remote-jobs API (`{jobs: […]}`). */
export function createRemotiveSource(config: RemotiveSourceConfig, opts: SourceFactoryOptions): Source {
  const url = config.url ?? 'https://remotive.com/api/remote-jobs';
  const label = `remotive ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    async fetch(ctx: FetchContext): Promise<FetchResult> {
      const doc = await fetchSourceDocument(label, url, ctx, opts, 'application/json');
      if (doc.status === 304) return { notModified: true, etag: doc.etag, lastModified: doc.lastModified };
      const what = 'a JSON object with a jobs array';
      const jobs = jsonArrayAt(label, url, parseJsonBody(label, url, doc.body, doc.contentType, what), 'jobs', what);
      const collected = collectPostings(label, jobs, (job) => {
        const id = (job as { id?: unknown } | null)?.id;
        return {
          externalId: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined,
          result: normalizeItem(remotiveJobSchema, job, (j) => toRawPosting(config.id, j)),
        };
      });
      return { notModified: false, ...collected, etag: doc.etag, lastModified: doc.lastModified };
    },
  };
}

export const remotiveSourceAdapter: SourceAdapter<typeof remotiveSourceConfigSchema> = {
  configSchema: remotiveSourceConfigSchema,
  create: createRemotiveSource,
};

function toRawPosting(sourceId: string, j: RemotiveJob): RawPosting {
  const posting: RawPosting = {
    sourceId,
    externalId: j.id,
    title: j.title,
    text: j.description ? htmlToPlainText(j.description) : '',
    remoteHint: 'remote',
  };
  if (j.company_name?.trim()) posting.company = j.company_name.trim();
  if (j.url) posting.url = j.url;
  if (j.candidate_required_location?.trim()) posting.locationText = j.candidate_required_location.trim();
  const postedAt = toIsoTimestamp(j.publication_date);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}
