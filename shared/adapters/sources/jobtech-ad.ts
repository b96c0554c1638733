import * as z from 'zod';
import type { RejectedPosting } from '../../ports/source';
import type { RawPosting, RemotePolicy } from '../../posting/posting';
import { collectPostings, normalizeItem, stringOrNumberId } from './collect-postings';
import { htmlToPlainText } from './html-to-plain-text';
import { remoteHintFromLabel } from './remote-hint-from-label';
import { toIsoTimestamp } from './to-iso-timestamp';

const PUBLIC_AD_PAGE = 'https://arbetsformedlingen.se/platsbanken/annonser/';

const optionalText = z.string().nullish();

/**
 * One JobTech ad, as JobSearch's hits, JobStream's snapshot and its stream all carry it: only the
 * fields we read, the rest pass unread.
 */
const adSchema = z.object({
  id: z.union([z.string().trim().min(1), z.number().int().nonnegative()]),
  headline: z.string().trim().min(1),
  description: z.object({ text: optionalText, text_formatted: optionalText }).nullish(),
  employer: z.object({ name: optionalText }).nullish(),
  webpage_url: optionalText,
  publication_date: optionalText,
  workplace_address: z
    .object({ city: optionalText, municipality: optionalText, region: optionalText, country: optionalText })
    .nullish(),
  // The ad's remote-work flag: `remote_work`, or `remote` as the enriched (historical) ads carry
  // it; a boolean or a label. Many payloads have neither (the recorded JobSearch one hasn't).
  remote_work: z.union([z.boolean(), z.string()]).nullish(),
  remote: z.union([z.boolean(), z.string()]).nullish(),
});
type Ad = z.infer<typeof adSchema>;

export interface CollectedAds {
  postings: RawPosting[];
  rejected: RejectedPosting[];
  /** The ids of entries marked `removed: true`: JobStream's removals. */
  removed: string[];
}

/**
 * Splits JobTech ads into postings, rejections (naming the field) and removals; `keep` passes
 * over the ads a source's filters leave out (a snapshot is the whole country).
 */
export function collectJobtechAds(
  label: string,
  sourceId: string,
  ads: readonly unknown[],
  keep: (ad: unknown) => boolean = () => true,
): CollectedAds {
  const removed: string[] = [];
  const collected = collectPostings(label, ads, (ad) => {
    const externalId = stringOrNumberId(ad)?.trim() || undefined;
    if ((ad as { removed?: unknown } | null)?.removed === true && externalId) {
      removed.push(externalId);
      return 'skip';
    }
    if (!keep(ad)) return 'skip';
    return { externalId, result: normalizeItem(adSchema, ad, (a) => toRawPosting(sourceId, a)) };
  });
  return { ...collected, removed };
}

function toRawPosting(sourceId: string, ad: Ad): RawPosting {
  const externalId = String(ad.id).trim();
  const posting: RawPosting = { sourceId, externalId, title: ad.headline, text: textOf(ad) };
  const company = ad.employer?.name?.trim();
  if (company) posting.company = company;
  posting.url = httpUrl(ad.webpage_url) ?? `${PUBLIC_AD_PAGE}${encodeURIComponent(externalId)}`;
  const location = locationText(ad);
  if (location) posting.locationText = location;
  const remote = remoteHint(ad.remote_work ?? ad.remote);
  if (remote) posting.remoteHint = remote;
  const postedAt = toIsoTimestamp(ad.publication_date);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

/** The ad's own address when it is one (an empty or broken one falls back to its Platsbanken page). */
function httpUrl(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text && /^https?:\/\//i.test(text) && URL.canParse(text) ? text : undefined;
}

/** The ad's plain text; its formatted (HTML) text only when the plain one is missing. */
function textOf(ad: Ad): string {
  const plain = ad.description?.text?.trim();
  if (plain) return plain;
  const formatted = ad.description?.text_formatted?.trim();
  return formatted ? htmlToPlainText(formatted) : '';
}

/** "City, Region, Country", the municipality only when it names another place than the city. */
function locationText(ad: Ad): string | undefined {
  const address = ad.workplace_address;
  const parts = [address?.city, address?.municipality, address?.region, address?.country]
    .map((p) => p?.trim())
    .filter((p): p is string => !!p);
  const unique = parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
  return unique.length ? unique.join(', ') : undefined;
}

/**
 * A set flag says the employer offers remote work; an unset one says nothing (the flag is often
 * left unset on ads that mention remote work in their text, which enrichment reads anyway).
 */
function remoteHint(flag: boolean | string | null | undefined): RemotePolicy | undefined {
  if (flag === true) return 'remote';
  if (typeof flag === 'string') return /^(true|yes|ja)$/i.test(flag.trim()) ? 'remote' : remoteHintFromLabel(flag);
  return undefined;
}
