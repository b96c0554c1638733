import * as z from 'zod';
import type { RawPosting, RemotePolicy } from '../../posting/posting';
import { asArray } from './as-array';
import { htmlToPlainText } from './html-to-plain-text';
import { remoteHintFromLabel } from './remote-hint-from-label';
import { titleFromText } from './title-from-text';
import { toIsoTimestamp } from './to-iso-timestamp';

const text = z.string().nullish();

/** A schema.org PostalAddress as job feeds write it (country a code, a name or a Country). */
const addressSchema = z.object({
  addressLocality: text,
  addressRegion: text,
  addressCountry: z.union([z.string(), z.object({ name: text })]).nullish(),
});

/** The schema.org JobPosting some feeds attach to an item (Teamtailor: `_jobposting`): the fields we read. */
const jobPostingSchema = z.object({
  hiringOrganization: z.object({ name: text }).nullish(),
  jobLocation: z
    .union([z.object({ address: addressSchema.nullish() }), z.array(z.object({ address: addressSchema.nullish() }))])
    .nullish(),
  jobLocationType: text,
});

/** One item of a JSON Feed 1.0 / 1.1: the fields we read. */
export const jsonFeedItemSchema = z.object({
  // The spec says a reader coerces a numeric id to a string.
  id: z
    .union([z.string().trim().min(1), z.number()], { error: 'must be a non-empty string or a number' })
    .transform(String),
  url: z.url().nullish(),
  external_url: z.url().nullish(),
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  date_published: text,
  date_modified: text,
  tags: z.array(z.string()).nullish(),
  _jobposting: jobPostingSchema.nullish(),
});
export type JsonFeedItem = z.infer<typeof jsonFeedItemSchema>;

/** A checked JSON Feed item as a raw posting; a missing title is the text's first line. */
export function jsonFeedItemToPosting(sourceId: string, item: JsonFeedItem, company?: string): RawPosting {
  const body = item.content_text?.trim()
    ? item.content_text.trim()
    : item.content_html
      ? htmlToPlainText(item.content_html)
      : (item.summary?.trim() ?? '');
  const title = item.title?.trim() || titleFromText(body) || '';
  const posting: RawPosting = { sourceId, externalId: item.id, title, text: body };
  const job = item._jobposting;
  const employer = company ?? (job?.hiringOrganization?.name?.trim() || undefined);
  if (employer) posting.company = employer;
  const url = item.url ?? item.external_url;
  if (url) posting.url = url;
  const locations = asArray(job?.jobLocation)
    .map((place) => addressText(place.address))
    .filter((l): l is string => !!l);
  if (locations.length) posting.locationText = [...new Set(locations)].join('; ');
  const remote = remoteHint(item);
  if (remote) posting.remoteHint = remote;
  const postedAt = toIsoTimestamp(item.date_published) ?? toIsoTimestamp(item.date_modified);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

function addressText(address: z.infer<typeof addressSchema> | null | undefined): string | undefined {
  if (!address) return undefined;
  const country = typeof address.addressCountry === 'string' ? address.addressCountry : address.addressCountry?.name;
  const parts = [address.addressLocality, address.addressRegion, country]
    .map((p) => p?.trim())
    .filter((p): p is string => !!p);
  return [...new Set(parts)].join(', ') || undefined;
}

function remoteHint(item: JsonFeedItem): RemotePolicy | undefined {
  if (item._jobposting?.jobLocationType?.toUpperCase() === 'TELECOMMUTE') return 'remote';
  return (item.tags ?? []).map(remoteHintFromLabel).find((hint) => hint === 'remote' || hint === 'hybrid');
}
