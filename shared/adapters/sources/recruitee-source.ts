import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting, RemotePolicy } from '../../posting/posting';
import { jsonJobsFetch } from './fetch-source-postings';
import { htmlToPlainText } from './html-to-plain-text';
import { jsonArrayAt } from './json-array-at';
import { shortFormSourceConfigSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { toIsoTimestamp } from './to-iso-timestamp';

/** The Recruitee company subdomain, as in <company>.recruitee.com. */
export const recruiteeSourceConfigSchema = shortFormSourceConfigSchema(
  'recruitee',
  'company',
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be a Recruitee subdomain such as "example-payments"'),
);
export type RecruiteeSourceConfig = z.infer<typeof recruiteeSourceConfigSchema>;

const text = z.string().nullish();

/** One offer of the Recruitee offers API: only the fields we read. */
const recruiteeOfferSchema = z.object({
  id: z.union([z.number().int(), z.string().min(1)]),
  title: z.string().trim().min(1),
  description: text,
  requirements: text,
  company_name: text,
  careers_url: z.url().nullish(),
  location: text,
  city: text,
  country: text,
  locations: z.array(z.object({ name: text, city: text, state: text, country: text })).nullish(),
  remote: z.boolean().nullish(),
  hybrid: z.boolean().nullish(),
  on_site: z.boolean().nullish(),
  // Recruitee writes "2026-09-25 15:46:07 UTC": read leniently, an unreadable date is dropped.
  published_at: z.unknown(),
  created_at: z.unknown(),
});
type RecruiteeOffer = z.infer<typeof recruiteeOfferSchema>;

const what = 'a JSON object with an offers array';

/** A Recruitee career site, read through its public offers API with conditional GETs. */
export function createRecruiteeSource(config: RecruiteeSourceConfig, opts: SourceFactoryOptions): Source {
  const url = config.url ?? `https://${config.company}.recruitee.com/api/offers/`;
  const label = `recruitee ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: jsonJobsFetch(label, url, opts, {
      what,
      jobsOf: (data) => jsonArrayAt(label, url, data, 'offers', what),
      idOf,
      schema: recruiteeOfferSchema,
      toRawPosting: (o) => toRawPosting(config, o),
    }),
  };
}

export const recruiteeSourceAdapter: SourceAdapter<typeof recruiteeSourceConfigSchema> = {
  configSchema: recruiteeSourceConfigSchema,
  create: createRecruiteeSource,
};

function idOf(offer: unknown): string | undefined {
  const id = (offer as { id?: unknown } | null)?.id;
  return typeof id === 'number' || (typeof id === 'string' && id) ? String(id) : undefined;
}

function toRawPosting(config: RecruiteeSourceConfig, o: RecruiteeOffer): RawPosting {
  const posting: RawPosting = {
    sourceId: config.id,
    externalId: String(o.id),
    title: o.title,
    text: [o.description, o.requirements]
      .map((html) => (html ? htmlToPlainText(html) : ''))
      .filter(Boolean)
      .join('\n\n'),
  };
  const company = o.company_name?.trim() || config.company;
  if (company) posting.company = company;
  if (o.careers_url) posting.url = o.careers_url;
  const location = locationText(o);
  if (location) posting.locationText = location;
  const remote = remoteHint(o);
  if (remote) posting.remoteHint = remote;
  const postedAt = toIsoTimestamp(o.published_at) ?? toIsoTimestamp(o.created_at);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

function locationText(o: RecruiteeOffer): string | undefined {
  const join = (...parts: (string | null | undefined)[]) =>
    parts
      .map((p) => p?.trim())
      .filter(Boolean)
      .join(', ');
  const all = [o.location?.trim() || join(o.city, o.country)];
  for (const l of o.locations ?? []) all.push(join(l.city ?? l.name, l.state, l.country));
  const unique = [...new Set(all.filter(Boolean))];
  return unique.length ? unique.join('; ') : undefined;
}

function remoteHint(o: RecruiteeOffer): RemotePolicy | undefined {
  if (o.remote) return 'remote';
  if (o.hybrid) return 'hybrid';
  if (o.on_site) return 'onsite';
  return undefined;
}
