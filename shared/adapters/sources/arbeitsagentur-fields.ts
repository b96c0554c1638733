import * as z from 'zod';
import type { RemotePolicy } from '../../posting/posting';

/** A text field: the Jobsuche leaves out or nulls what an ad does not say. */
export const text = z.string().nullish();

/** A postcode is a string in the answers recorded, a number in some documented ones. */
const postcode = z.union([z.string(), z.number().transform(String)]).nullish();

/** An address: v4's `arbeitsort`, v6's `stellenlokationen[].adresse`, the details' `arbeitsorte[]`. */
export const placeSchema = z.object({ plz: postcode, ort: text, region: text, land: text }).nullish();
export type Place = z.infer<typeof placeSchema>;

/** A yes/no that some answers spell as a string. */
export const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')]).nullish();

/** "44137 Dortmund, Nordrhein-Westfalen, Deutschland": postcode and town, region, country. */
export function placeText(p: Place): string | undefined {
  const town = [p?.plz, p?.ort]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
  const parts = [town, p?.region?.trim(), p?.land?.trim()].filter((s): s is string => !!s);
  return parts.length ? parts.join(', ') : undefined;
}

/** Each place once, in order, those with nothing in them left out. */
export function placeTexts(places: Place[]): string[] {
  return [...new Set(places.map(placeText).filter((p): p is string => !!p))];
}

/**
 * What the ad says about working from home. Home office that is possible (`homeofficemoeglich`,
 * "by arrangement", or the older `HEIM_TELEARBEIT` working-time model) still leaves a workplace,
 * so it is hybrid; only home office as the whole arrangement is remote. Saying nothing, or
 * "not possible", gives no hint: the ad's text decides.
 */
export function homeOfficeHint(work: {
  possible?: boolean | null;
  kind?: string | null;
  models?: (string | null)[] | null;
}): RemotePolicy | undefined {
  if (/AUSSCHLIESSLICH|VOLLSTAENDIG/i.test(work.kind ?? '')) return 'remote';
  if (work.possible === true) return 'hybrid';
  if (work.models?.some((m) => /HEIM|TELE|HOMEOFFICE/i.test(m ?? ''))) return 'hybrid';
  return undefined;
}

/** An http(s) address, else undefined. */
export function httpUrl(value: string | null | undefined): string | undefined {
  const url = value?.trim();
  if (!url || !URL.canParse(url)) return undefined;
  return /^https?:$/.test(new URL(url).protocol) ? url : undefined;
}

/** `{ [key]: value }` when the value has more than blanks, else nothing. */
export function optional<K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } {
  const trimmed = value?.trim();
  return (trimmed ? { [key]: trimmed } : {}) as { [P in K]?: string };
}
