import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting, RemotePolicy } from '../../posting/posting';
import { trimmedStringAt } from './collect-postings';
import { jsonJobsFetch } from './fetch-source-postings';
import { JOBS_OBJECT, jobsOf } from './greenhouse-source';
import { htmlToPlainText } from './html-to-plain-text';
import { remoteHintFromLabel } from './remote-hint-from-label';
import { companyNameSchema, shortFormSourceConfigSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { toIsoTimestamp } from './to-iso-timestamp';

/** The Workable account (subdomain), as in apply.workable.com/<account>. */
export const workableSourceConfigSchema = shortFormSourceConfigSchema(
  'workable',
  'account',
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be a Workable account name such as "example-payments"'),
  { company: companyNameSchema.optional() },
);
export type WorkableSourceConfig = z.infer<typeof workableSourceConfigSchema>;

/** One element of the widget API `jobs` array: only the fields we read, the rest pass unread. */
const workableJobSchema = z.object({
  shortcode: z.string().trim().min(1),
  title: z.string().trim().min(1),
  shortlink: z.url().nullish(),
  url: z.url().nullish(),
  published_on: z.string().nullish(),
  created_at: z.string().nullish(),
  telecommuting: z.boolean().nullish(),
  workplace: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  country: z.string().nullish(),
  locations: z
    .array(
      z.object({
        city: z.string().nullish(),
        region: z.string().nullish(),
        country: z.string().nullish(),
        hidden: z.boolean().nullish(),
      }),
    )
    .nullish(),
  description: z.string().nullish(),
  requirements: z.string().nullish(),
  benefits: z.string().nullish(),
});
type WorkableJob = z.infer<typeof workableJobSchema>;

/** A Workable careers page, read through the public widget API (with details) with conditional GETs. */
export function createWorkableSource(config: WorkableSourceConfig, opts: SourceFactoryOptions): Source {
  const url =
    config.url ??
    `https://apply.workable.com/api/v1/widget/accounts/${encodeURIComponent(config.account ?? '')}?details=true`;
  const label = `workable ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: jsonJobsFetch(label, url, opts, {
      what: JOBS_OBJECT,
      jobsOf: (data) => mergeCityEntries(jobsOf(label, url, data)),
      idOf: (job) => trimmedStringAt(job, 'shortcode'),
      schema: workableJobSchema,
      toRawPosting: (j, account) =>
        toRawPosting(config.id, config.company ?? accountName(account) ?? config.account, j),
    }),
  };
}

export const workableSourceAdapter: SourceAdapter<typeof workableSourceConfigSchema> = {
  configSchema: workableSourceConfigSchema,
  create: createWorkableSource,
};

/**
 * The widget lists a job open in several cities once per city, each entry with the same shortcode
 * and title: those entries become one job holding every city, in the order listed. An entry
 * repeating a shortcode under another title is left as it is (and rejected as a repeat).
 */
function mergeCityEntries(jobs: unknown[]): unknown[] {
  const merged: unknown[] = [];
  const firstByShortcode = new Map<string, number>();
  for (const job of jobs) {
    const shortcode = trimmedStringAt(job, 'shortcode');
    const at = shortcode === undefined ? undefined : firstByShortcode.get(shortcode);
    const first = at === undefined ? undefined : (merged[at] as Record<string, unknown>);
    if (at !== undefined && first && trimmedStringAt(first, 'title') === trimmedStringAt(job, 'title')) {
      merged[at] = { ...first, locations: [...placesOf(first), ...placesOf(job)] };
      continue;
    }
    if (shortcode !== undefined && at === undefined) firstByShortcode.set(shortcode, merged.length);
    merged.push(job);
  }
  return merged;
}

/** An entry's places: its `locations`, else its own city, state and country as one place. */
function placesOf(job: unknown): unknown[] {
  const entry = job as Record<string, unknown>;
  if (Array.isArray(entry.locations)) return entry.locations;
  return [{ city: entry.city, region: entry.state, country: entry.country }];
}

/** The account's display name, which the widget API sends beside the jobs. */
function accountName(account: unknown): string | undefined {
  const name = (account as { name?: unknown }).name;
  return typeof name === 'string' ? name.trim() || undefined : undefined;
}

function toRawPosting(sourceId: string, company: string | undefined, job: WorkableJob): RawPosting {
  const posting: RawPosting = { sourceId, externalId: job.shortcode, title: job.title, text: bodyText(job) };
  if (company) posting.company = company;
  const url = job.shortlink ?? job.url;
  if (url) posting.url = url;
  const location = locationText(job);
  if (location) posting.locationText = location;
  const remote = remoteHint(job);
  if (remote) posting.remoteHint = remote;
  const postedAt = toIsoTimestamp(job.published_on) ?? toIsoTimestamp(job.created_at);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

function bodyText(job: WorkableJob): string {
  return [job.description, job.requirements, job.benefits]
    .map((html) => (html ? htmlToPlainText(html) : ''))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The locations the employer shows. A hidden one is left out: the employer chose not to show it,
 * often the office behind a remote job, and reading it would tie the job to that city.
 */
function locationText(job: WorkableJob): string | undefined {
  const places = job.locations
    ? job.locations.filter((l) => !l.hidden)
    : [{ city: job.city, region: job.state, country: job.country }];
  const all = places.map((l) => joinParts([l.city, l.region, l.country])).filter(Boolean);
  const unique = [...new Set(all)];
  return unique.length ? unique.join('; ') : undefined;
}

function joinParts(parts: (string | null | undefined)[]): string {
  const kept: string[] = [];
  for (const part of parts) {
    const text = part?.trim();
    if (text && !kept.some((k) => k.toLowerCase() === text.toLowerCase())) kept.push(text);
  }
  return kept.join(', ');
}

function remoteHint(job: WorkableJob): RemotePolicy | undefined {
  // `telecommuting: false` is every job's default, so only `true` says anything.
  return remoteHintFromLabel(job.workplace) ?? (job.telecommuting ? 'remote' : undefined);
}
