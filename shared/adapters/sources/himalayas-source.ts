import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { trimmedStringAt } from './collect-postings';
import { jsonJobsFetch } from './fetch-source-postings';
import { htmlToPlainText } from './html-to-plain-text';
import { jsonArrayAt } from './json-array-at';
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

const what = 'a JSON object with a jobs array';

/** Himalayas' public remote-jobs API (`{jobs: […]}`). */
export function createHimalayasSource(config: HimalayasSourceConfig, opts: SourceFactoryOptions): Source {
  const url = config.url ?? 'https://himalayas.app/jobs/api';
  const label = `himalayas ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: jsonJobsFetch(label, url, opts, {
      what,
      jobsOf: (data) => jsonArrayAt(label, url, data, 'jobs', what),
      idOf: (job) => trimmedStringAt(job, 'guid'),
      schema: himalayasJobSchema,
      toRawPosting: (j) => toRawPosting(config.id, j),
    }),
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
