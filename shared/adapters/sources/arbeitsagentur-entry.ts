import * as z from 'zod';
import type { RawPosting } from '../../posting/posting';
import { toIsoTimestamp } from './to-iso-timestamp';

/** The public ad page of a Jobsuche posting, when it links to no external ad of its own. */
export const JOBDETAIL_URL = 'https://www.arbeitsagentur.de/jobsuche/jobdetail/';

/** One Jobsuche list entry, read from either API version: only what a posting takes. */
export interface ArbeitsagenturEntry {
  refnr: string;
  title: string;
  occupation?: string;
  company?: string;
  places: string[];
  posted?: string | null;
  externalUrl?: string | null;
}

const text = z.string().nullish();
const place = z.object({ plz: text, ort: text, region: text, land: text }).nullish();

/** A title is required: the ad's own, else its occupation. */
const titled = { message: 'titel or beruf is required', path: ['titel'] };

/** An element of v4's `stellenangebote`. */
const v4EntrySchema = z
  .object({
    refnr: z.string().trim().min(1),
    titel: text,
    beruf: text,
    arbeitgeber: text,
    arbeitsort: place,
    aktuelleVeroeffentlichungsdatum: text,
    externeUrl: text,
  })
  .refine((e) => !!(e.titel?.trim() || e.beruf?.trim()), titled)
  .transform(
    (e): ArbeitsagenturEntry => ({
      refnr: e.refnr,
      title: (e.titel?.trim() || e.beruf?.trim()) ?? '',
      ...optional('occupation', e.beruf),
      ...optional('company', e.arbeitgeber),
      places: [placeText(e.arbeitsort)].filter((p): p is string => !!p),
      posted: e.aktuelleVeroeffentlichungsdatum,
      externalUrl: e.externeUrl,
    }),
  );

/** An element of v6's `ergebnisliste`: other names, and a list of places. */
const v6EntrySchema = z
  .object({
    referenznummer: z.string().trim().min(1),
    stellenangebotsTitel: text,
    hauptberuf: text,
    firma: text,
    stellenlokationen: z.array(z.object({ adresse: place }).nullish()).nullish(),
    veroeffentlichungszeitraum: z.object({ von: text }).nullish(),
    datumErsteVeroeffentlichung: text,
    externeURL: text,
  })
  .refine((e) => !!(e.stellenangebotsTitel?.trim() || e.hauptberuf?.trim()), {
    message: 'stellenangebotsTitel or hauptberuf is required',
    path: ['stellenangebotsTitel'],
  })
  .transform(
    (e): ArbeitsagenturEntry => ({
      refnr: e.referenznummer,
      title: (e.stellenangebotsTitel?.trim() || e.hauptberuf?.trim()) ?? '',
      ...optional('occupation', e.hauptberuf),
      ...optional('company', e.firma),
      places: [
        ...new Set((e.stellenlokationen ?? []).map((l) => placeText(l?.adresse)).filter((p): p is string => !!p)),
      ],
      posted: e.veroeffentlichungszeitraum?.von ?? e.datumErsteVeroeffentlichung,
      externalUrl: e.externeURL,
    }),
  );

/** Each API version: where its list sits in the answer, how an entry reads, and its id field. */
export const arbeitsagenturApis = {
  v4: { listKey: 'stellenangebote', idKey: 'refnr', schema: v4EntrySchema },
  v6: { listKey: 'ergebnisliste', idKey: 'referenznummer', schema: v6EntrySchema },
} as const;

/** The posting an entry makes; the list has no ad text, so the title, occupation and place stand in. */
export function arbeitsagenturPosting(sourceId: string, entry: ArbeitsagenturEntry): RawPosting {
  const locationText = entry.places.join('; ');
  const lines = [entry.title, entry.occupation !== entry.title ? entry.occupation : undefined, locationText];
  const posting: RawPosting = {
    sourceId,
    externalId: entry.refnr,
    title: entry.title,
    text: lines.filter((l): l is string => !!l).join('\n'),
    url: httpUrl(entry.externalUrl) ?? `${JOBDETAIL_URL}${encodeURIComponent(entry.refnr)}`,
  };
  if (entry.company) posting.company = entry.company;
  if (locationText) posting.locationText = locationText;
  const postedAt = toIsoTimestamp(entry.posted);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

/** "44137 Dortmund, Nordrhein-Westfalen, Deutschland": postcode and town, region, country. */
function placeText(p: z.infer<typeof place>): string | undefined {
  const town = [p?.plz, p?.ort]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
  const parts = [town, p?.region?.trim(), p?.land?.trim()].filter((s): s is string => !!s);
  return parts.length ? parts.join(', ') : undefined;
}

function httpUrl(value: string | null | undefined): string | undefined {
  const url = value?.trim();
  if (!url || !URL.canParse(url)) return undefined;
  return /^https?:$/.test(new URL(url).protocol) ? url : undefined;
}

function optional<K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } {
  const trimmed = value?.trim();
  return (trimmed ? { [key]: trimmed } : {}) as { [P in K]?: string };
}
