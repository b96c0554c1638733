import * as z from 'zod';
import type { RawPosting } from '../../posting/posting';
import { htmlToPlainText } from './html-to-plain-text';
import { toIsoTimestamp } from './to-iso-timestamp';

/** Where an ad without a link of its own is shown: NAV's public page for it, by uuid. */
const AD_PAGE = 'https://arbeidsplassen.nav.no/stillinger/stilling/';

const text = z.string().nullish();
/** A field NAV documents as a string that some writers send as a number (a postal code). */
const textOrNumber = z.union([z.string(), z.number()]).nullish();

const workLocationSchema = z.object({
  country: text,
  address: text,
  city: text,
  postalCode: textOrNumber,
  county: text,
  municipal: text,
});

/**
 * One NAV ad as both public APIs serve it: the stilling-feed entry's `ad_content` and each
 * element of the older public-feed's `content`. Only what a posting needs is read; every field
 * but the ad's id and title may be null or missing (an inactive ad is masked: "..." for a title).
 */
export const navAdSchema = z.object({
  uuid: z.string().trim().min(1),
  title: z.string().trim().min(1),
  description: text,
  published: text,
  updated: text,
  workLocations: z.array(workLocationSchema.nullable()).nullish(),
  link: text,
  applicationUrl: text,
  sourceurl: text,
  employer: z.object({ name: text }).nullish(),
});
export type NavAd = z.infer<typeof navAdSchema>;

/** The posting an ad makes: its text from the HTML description, its places from `workLocations`. */
export function navAdPosting(sourceId: string, ad: NavAd): RawPosting {
  const externalId = ad.uuid.trim();
  const posting: RawPosting = {
    sourceId,
    externalId,
    title: ad.title,
    text: ad.description?.trim() ? htmlToPlainText(ad.description) : '',
  };
  const company = ad.employer?.name?.trim();
  if (company) posting.company = company;
  posting.url =
    firstWebAddress([ad.link, ad.applicationUrl, ad.sourceurl]) ?? `${AD_PAGE}${encodeURIComponent(externalId)}`;
  const places = (ad.workLocations ?? []).map(placeOf).filter((p): p is string => !!p);
  const unique = [...new Set(places)];
  if (unique.length) posting.locationText = unique.join('; ');
  const postedAt = toIsoTimestamp(ad.published) ?? toIsoTimestamp(ad.updated);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

/** The first http(s) address among these (NAV's fields hold "" or a bare host name as often as a URL). */
function firstWebAddress(candidates: (string | null | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const value = candidate?.trim();
    if (!value || !/^https?:\/\//i.test(value)) continue;
    try {
      return new URL(value).toString();
    } catch {
      // Not an address after all: the next field may be.
    }
  }
  return undefined;
}

/**
 * "City, County, Country" (the municipality when the city is missing), each part once, in the
 * case a reader expects: NAV writes places in capitals ("ØYGARDEN", "MØRE OG ROMSDAL") and its
 * own country as "NORGE", which the place reader knows as Norway.
 */
function placeOf(location: z.infer<typeof workLocationSchema> | null): string | undefined {
  if (!location) return undefined;
  const country = location.country?.trim();
  const parts = [
    location.city?.trim() || location.municipal?.trim(),
    location.county?.trim(),
    country && /^(norge|noreg|norway)$/i.test(country) ? 'Norway' : country,
  ]
    .filter((p): p is string => !!p)
    .map(placeCase);
  const unique = parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
  return unique.length ? unique.join(', ') : undefined;
}

/** "MØRE OG ROMSDAL" → "Møre og Romsdal", "NORD-FRON" → "Nord-Fron"; mixed case is kept as written. */
function placeCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`)
    .replace(/ (Og|I|På) /g, (word) => word.toLowerCase());
}
