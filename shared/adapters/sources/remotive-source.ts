import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { stringOrNumberId } from './collect-postings';
import { jsonJobsFetch } from './fetch-source-postings';
import { htmlToPlainText } from './html-to-plain-text';
import { jsonArrayAt } from './json-array-at';
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

const what = 'a JSON object with a jobs array';

/** Remotive's public remote-jobs API (`{jobs: […]}`). */
export function createRemotiveSource(config: RemotiveSourceConfig, opts: SourceFactoryOptions): Source {
  const url = config.url ?? 'https://remotive.com/api/remote-jobs';
  const label = `remotive ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: jsonJobsFetch(label, url, opts, {
      what,
      jobsOf: (data) => jsonArrayAt(label, url, data, 'jobs', what),
      idOf: stringOrNumberId,
      schema: remotiveJobSchema,
      toRawPosting: (j) => toRawPosting(config.id, j),
    }),
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
