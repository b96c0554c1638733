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

/** The Ashby job board name, as in jobs.ashbyhq.com/<organization>. */
export const ashbySourceConfigSchema = shortFormSourceConfigSchema(
  'ashby',
  'organization',
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be an Ashby job board name such as "example-payments"'),
  { company: companyNameSchema.optional() },
);
export type AshbySourceConfig = z.infer<typeof ashbySourceConfigSchema>;

const addressSchema = z.object({
  postalAddress: z
    .object({
      addressLocality: z.string().nullish(),
      addressRegion: z.string().nullish(),
      addressCountry: z.string().nullish(),
    })
    .nullish(),
});
type Address = z.infer<typeof addressSchema>;

/** One element of the posting API `jobs` array: only the fields we read, the rest pass unread. */
const ashbyJobSchema = z.object({
  id: z.string().trim().min(1),
  title: z.string().trim().min(1),
  jobUrl: z.url().nullish(),
  publishedAt: z.string().nullish(),
  isRemote: z.boolean().nullish(),
  workplaceType: z.string().nullish(),
  location: z.string().nullish(),
  address: addressSchema.nullish(),
  secondaryLocations: z
    .array(z.union([z.string(), z.object({ location: z.string().nullish(), address: addressSchema.nullish() })]))
    .nullish(),
  descriptionPlain: z.string().nullish(),
  descriptionHtml: z.string().nullish(),
  compensation: z.object({ compensationTierSummary: z.string().nullish() }).nullish(),
});
type AshbyJob = z.infer<typeof ashbyJobSchema>;

/** An Ashby job board, read through the public posting API with conditional GETs. */
export function createAshbySource(config: AshbySourceConfig, opts: SourceFactoryOptions): Source {
  const url =
    config.url ??
    `https://api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(config.organization ?? '')}?includeCompensation=true`;
  const company = config.company ?? config.organization ?? organizationFromUrl(config.url);
  const label = `ashby ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: jsonJobsFetch(label, url, opts, {
      what: JOBS_OBJECT,
      jobsOf: (data) => jobsOf(label, url, data),
      idOf: (job) => trimmedStringAt(job, 'id'),
      schema: ashbyJobSchema,
      toRawPosting: (j) => toRawPosting(config.id, company, j),
    }),
  };
}

export const ashbySourceAdapter: SourceAdapter<typeof ashbySourceConfigSchema> = {
  configSchema: ashbySourceConfigSchema,
  create: createAshbySource,
};

function toRawPosting(sourceId: string, company: string | undefined, job: AshbyJob): RawPosting {
  const posting: RawPosting = { sourceId, externalId: job.id, title: job.title, text: bodyText(job) };
  if (company) posting.company = company;
  if (job.jobUrl) posting.url = job.jobUrl;
  const location = locationText(job);
  if (location) posting.locationText = location;
  const remote = remoteHint(job);
  if (remote) posting.remoteHint = remote;
  const postedAt = toIsoTimestamp(job.publishedAt);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

function bodyText(job: AshbyJob): string {
  const description = job.descriptionPlain?.trim()
    ? job.descriptionPlain.replace(/\n{3,}/g, '\n\n')
    : job.descriptionHtml
      ? htmlToPlainText(job.descriptionHtml)
      : '';
  const pay = job.compensation?.compensationTierSummary?.trim();
  return [description.trim(), pay ? `Compensation: ${pay}` : ''].filter(Boolean).join('\n\n');
}

/** Each location with the region and country its address adds ("San Francisco, California, United States"). */
function locationText(job: AshbyJob): string | undefined {
  const entries = [
    { location: job.location, address: job.address },
    ...(job.secondaryLocations ?? []).map((l) => (typeof l === 'string' ? { location: l, address: undefined } : l)),
  ];
  const all = entries.map((e) => describeLocation(e.location, e.address)).filter((l): l is string => !!l);
  const unique = [...new Set(all)];
  return unique.length ? unique.join('; ') : undefined;
}

function describeLocation(location: string | null | undefined, address: Address | null | undefined): string {
  const postal = address?.postalAddress;
  const parts: string[] = [];
  // The location name often holds the region or country already ("Berlin, Germany").
  const named = new Set<string>();
  for (const part of [location ?? postal?.addressLocality, postal?.addressRegion, postal?.addressCountry]) {
    const text = part?.trim();
    if (!text || named.has(text.toLowerCase())) continue;
    parts.push(text);
    for (const segment of text.split(',')) named.add(segment.trim().toLowerCase());
  }
  return parts.join(', ');
}

function remoteHint(job: AshbyJob): RemotePolicy | undefined {
  // `isRemote` is set for hybrid jobs too, so it only speaks when the workplace type is silent.
  return remoteHintFromLabel(job.workplaceType) ?? (job.isRemote ? 'remote' : undefined);
}

function organizationFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /\/job-board\/([^/?#]+)/.exec(new URL(url).pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
