import * as z from 'zod';
import type { RemotePolicy } from '../../posting/posting';
import { htmlToPlainText } from './html-to-plain-text';
import { remoteHintFromLabel } from './remote-hint-from-label';

/** A page of the CXS jobs list; Workday reports `total` on the first page only (later ones say 0). */
export const workdayPageSchema = z.object({
  total: z.number().int().nonnegative().optional(),
  jobPostings: z.array(z.unknown()),
});

/** `/job/<location>/<slug>_<req id>`: a path under the site, nothing that could leave it. */
const externalPathSchema = z
  .string()
  .trim()
  .regex(/^\/job\/[^?#\\]+$/, 'must be a path such as "/job/<location>/<title>_<id>"')
  .refine((p) => !p.split('/').some((s) => s === '.' || s === '..'), 'must not hold "." or ".." segments');

/** One element of the jobs list: only the fields we read, the rest pass unread. */
export const workdayListItemSchema = z.object({
  title: z.string().trim().min(1),
  externalPath: externalPathSchema,
  locationsText: z.string().nullish(),
  remoteType: z.string().nullish(),
});
export type WorkdayListItem = z.infer<typeof workdayListItemSchema>;

/** A posting's detail (`GET …/job/<…>`): only the fields we read. */
export const workdayDetailSchema = z.object({
  jobPostingInfo: z.object({
    title: z.string().nullish(),
    jobDescription: z.string().trim().min(1),
    location: z.string().nullish(),
    additionalLocations: z.array(z.string()).nullish(),
    country: z.object({ descriptor: z.string().nullish() }).nullish(),
    remoteType: z.string().nullish(),
    startDate: z.string().nullish(),
    externalUrl: z
      .url({ protocol: /^https?$/ })
      .nullish()
      .catch(undefined),
  }),
  hiringOrganization: z.object({ name: z.string().nullish() }).nullish(),
});
export type WorkdayDetail = z.infer<typeof workdayDetailSchema>;

/** What a posting takes from its detail, kept between polls while the listing stays the same. */
export interface WorkdayPostingDetail {
  text: string;
  places: string[];
  remoteHint?: RemotePolicy;
  externalUrl?: string;
  company?: string;
  startDate?: string;
}

/** The id Workday gives the posting on its site: the path's last segment (`Maintenance-Worker_R0119001`). */
export function workdayPostingId(externalPath: string): string {
  return externalPath.slice(externalPath.lastIndexOf('/') + 1);
}

/** The detail's text (its HTML as plain text), places and hints. */
export function readWorkdayDetail(item: WorkdayListItem, detail: WorkdayDetail): WorkdayPostingDetail {
  const info = detail.jobPostingInfo;
  const places = unique([info.location, ...(info.additionalLocations ?? [])]);
  // The list's "4 Locations" counts places, it names none.
  if (!places.length && item.locationsText && !/^\d+ locations?$/i.test(item.locationsText.trim()))
    places.push(item.locationsText.trim());
  const country = info.country?.descriptor?.trim();
  if (country && !places.some((p) => p.toLowerCase().includes(country.toLowerCase()))) places.push(country);
  const read: WorkdayPostingDetail = { text: htmlToPlainText(info.jobDescription), places };
  const remoteHint =
    remoteHintFromLabel(info.remoteType ?? item.remoteType) ??
    places.map((p) => remoteHintFromLabel(p)).find((hint) => hint === 'remote' || hint === 'hybrid');
  if (remoteHint) read.remoteHint = remoteHint;
  if (info.externalUrl) read.externalUrl = info.externalUrl;
  const company = detail.hiringOrganization?.name?.trim();
  if (company) read.company = company;
  if (info.startDate) read.startDate = info.startDate;
  return read;
}

function unique(values: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const value of values) if (value?.trim()) seen.add(value.trim());
  return [...seen];
}
