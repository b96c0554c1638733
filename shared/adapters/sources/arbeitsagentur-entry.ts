import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { RawPosting, RemotePolicy } from '../../posting/posting';
import type { ArbeitsagenturDetail } from './arbeitsagentur-detail';
import { flag, homeOfficeHint, httpUrl, optional, placeSchema, placeTexts, text } from './arbeitsagentur-fields';
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
  remoteHint?: RemotePolicy;
  /** Changes when the ad does (its modification time, title, publication): says when to read it again. */
  stamp: string;
}

/** A title is required: the ad's own, else its occupation. */
const titled = { message: 'titel or beruf is required', path: ['titel'] };

/** An element of v4's `stellenangebote`. */
const v4EntrySchema = z
  .object({
    refnr: z.string().trim().min(1),
    titel: text,
    beruf: text,
    arbeitgeber: text,
    arbeitsort: placeSchema,
    aktuelleVeroeffentlichungsdatum: text,
    modifikationsTimestamp: text,
    externeUrl: text,
  })
  .refine((e) => !!(e.titel?.trim() || e.beruf?.trim()), titled)
  .transform(
    (e): ArbeitsagenturEntry => ({
      refnr: e.refnr,
      title: (e.titel?.trim() || e.beruf?.trim()) ?? '',
      ...optional('occupation', e.beruf),
      ...optional('company', e.arbeitgeber),
      places: placeTexts([e.arbeitsort]),
      posted: e.aktuelleVeroeffentlichungsdatum,
      externalUrl: e.externeUrl,
      stamp: stampOf(e.modifikationsTimestamp, e.aktuelleVeroeffentlichungsdatum, e.titel, e.beruf),
    }),
  );

/** An element of v6's `ergebnisliste`: other names, a list of places, and the home-office flag. */
const v6EntrySchema = z
  .object({
    referenznummer: z.string().trim().min(1),
    stellenangebotsTitel: text,
    hauptberuf: text,
    firma: text,
    stellenlokationen: z.array(z.object({ adresse: placeSchema }).nullish()).nullish(),
    veroeffentlichungszeitraum: z.object({ von: text }).nullish(),
    datumErsteVeroeffentlichung: text,
    aenderungsdatum: text,
    externeURL: text,
    // Some clients read the v4 spelling on v6 entries too.
    externeUrl: text,
    homeofficemoeglich: flag,
    homeofficetyp: text,
  })
  .refine((e) => !!(e.stellenangebotsTitel?.trim() || e.hauptberuf?.trim()), {
    message: 'stellenangebotsTitel or hauptberuf is required',
    path: ['stellenangebotsTitel'],
  })
  .transform((e): ArbeitsagenturEntry => {
    const posted = e.veroeffentlichungszeitraum?.von ?? e.datumErsteVeroeffentlichung;
    const remoteHint = homeOfficeHint({ possible: e.homeofficemoeglich, kind: e.homeofficetyp });
    return {
      refnr: e.referenznummer,
      title: (e.stellenangebotsTitel?.trim() || e.hauptberuf?.trim()) ?? '',
      ...optional('occupation', e.hauptberuf),
      ...optional('company', e.firma),
      places: placeTexts((e.stellenlokationen ?? []).map((l) => l?.adresse)),
      posted,
      externalUrl: e.externeURL ?? e.externeUrl,
      ...(remoteHint && { remoteHint }),
      stamp: stampOf(e.aenderungsdatum, posted, e.stellenangebotsTitel, e.hauptberuf),
    };
  });

/** Each API version: where its list sits in the answer, how an entry reads, and its id field. */
export const arbeitsagenturApis = {
  v4: { listKey: 'stellenangebote', idKey: 'refnr', schema: v4EntrySchema },
  v6: { listKey: 'ergebnisliste', idKey: 'referenznummer', schema: v6EntrySchema },
} as const;

/**
 * The posting an entry makes with its details: the details' text, title, employer, places and
 * home-office word where they have them, the list's otherwise. An ad whose details have no text
 * at all keeps the title, occupation and place as its text: all the Jobsuche says about it.
 */
export function arbeitsagenturPosting(
  sourceId: string,
  entry: ArbeitsagenturEntry,
  detail: ArbeitsagenturDetail,
): RawPosting {
  const title = detail.title ?? entry.title;
  const places = detail.places.length ? detail.places : entry.places;
  const locationText = places.join('; ');
  const lines = [title, entry.occupation !== title ? entry.occupation : undefined, locationText];
  const posting: RawPosting = {
    sourceId,
    externalId: entry.refnr,
    title,
    text: detail.text ?? lines.filter((l): l is string => !!l).join('\n'),
    url: httpUrl(entry.externalUrl) ?? detail.externalUrl ?? `${JOBDETAIL_URL}${encodeURIComponent(entry.refnr)}`,
  };
  const company = detail.company ?? entry.company;
  if (company) posting.company = company;
  if (locationText) posting.locationText = locationText;
  const remoteHint = detail.remoteHint ?? entry.remoteHint;
  if (remoteHint) posting.remoteHint = remoteHint;
  const postedAt = toIsoTimestamp(entry.posted);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

/** A short digest of what changes when an ad is edited or published again. */
function stampOf(...parts: (string | null | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((p) => p?.trim() ?? '').join('\u0000'))
    .digest('base64url')
    .slice(0, 8);
}
