import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { jsonJobsFetch } from './fetch-source-postings';
import { greenhouseContentToText } from './greenhouse-content';
import { jsonKind } from './parse-json-body';
import { companyNameSchema, shortFormSourceConfigSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { toIsoTimestamp } from './to-iso-timestamp';

/** The Greenhouse board token, as in job-boards.greenhouse.io/<board>. */
export const greenhouseSourceConfigSchema = shortFormSourceConfigSchema(
  'greenhouse',
  'board',
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be a Greenhouse board token such as "example-payments"'),
  { company: companyNameSchema.optional() },
);
export type GreenhouseSourceConfig = z.infer<typeof greenhouseSourceConfigSchema>;

/** One element of the boards API `jobs` array: only the fields we read, the rest pass unread. */
const greenhouseJobSchema = z.object({
  id: z.union([z.number().int().nonnegative(), z.string().trim().min(1)]),
  title: z.string().trim().min(1),
  absolute_url: z.url().nullish(),
  company_name: z.string().nullish(),
  content: z.string().nullish(),
  location: z.object({ name: z.string().nullish() }).nullish(),
  offices: z.array(z.object({ name: z.string().nullish(), location: z.string().nullish() })).nullish(),
  first_published: z.string().nullish(),
  updated_at: z.string().nullish(),
});
type GreenhouseJob = z.infer<typeof greenhouseJobSchema>;

/** A Greenhouse job board, read through the public boards API (with content) with conditional GETs. */
export function createGreenhouseSource(config: GreenhouseSourceConfig, opts: SourceFactoryOptions): Source {
  const url =
    config.url ??
    `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(config.board ?? '')}/jobs?content=true`;
  const label = `greenhouse ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: jsonJobsFetch(label, url, opts, {
      what: JOBS_OBJECT,
      jobsOf: (data) => jobsOf(label, url, data),
      idOf,
      schema: greenhouseJobSchema,
      toRawPosting: (j) => toRawPosting(config.id, config.company, j),
    }),
  };
}

export const greenhouseSourceAdapter: SourceAdapter<typeof greenhouseSourceConfigSchema> = {
  configSchema: greenhouseSourceConfigSchema,
  create: createGreenhouseSource,
};

/** The envelope Greenhouse, Ashby and Workable all answer with. */
export const JOBS_OBJECT = 'a JSON object with a jobs array';

/** The `jobs` array of such an envelope; throws naming what came instead. */
export function jobsOf(label: string, url: string, data: unknown): unknown[] {
  const jobs = (data as { jobs?: unknown } | null)?.jobs;
  if (Array.isArray(jobs)) return jobs;
  const got = jsonKind(data) === 'an object' ? 'an object without a jobs array' : jsonKind(data);
  throw new Error(`${label}: expected ${JOBS_OBJECT}, got ${got} from ${url}`);
}

function idOf(item: unknown): string | undefined {
  const id = (item as { id?: unknown } | null)?.id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return typeof id === 'string' && id.trim() ? id.trim() : undefined;
}

function toRawPosting(sourceId: string, company: string | undefined, job: GreenhouseJob): RawPosting {
  const posting: RawPosting = {
    sourceId,
    externalId: String(job.id),
    title: job.title,
    text: job.content ? greenhouseContentToText(job.content) : '',
  };
  const companyName = company ?? job.company_name?.trim();
  if (companyName) posting.company = companyName;
  if (job.absolute_url) posting.url = job.absolute_url;
  const location = locationText(job);
  if (location) posting.locationText = location;
  const postedAt = toIsoTimestamp(job.first_published) ?? toIsoTimestamp(job.updated_at);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

/** The job's own location; the offices only when it has none (an office may be the hiring entity's, not the job's). */
function locationText(job: GreenhouseJob): string | undefined {
  const own = job.location?.name?.trim();
  if (own) return own;
  const offices = (job.offices ?? []).map((o) => (o.location ?? o.name)?.trim()).filter((l): l is string => !!l);
  const unique = [...new Set(offices)];
  return unique.length ? unique.join('; ') : undefined;
}
