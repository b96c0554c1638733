import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting, RemotePolicy } from '../../posting/posting';
import { trimmedStringAt } from './collect-postings';
import { jsonJobsFetch } from './fetch-source-postings';
import { htmlToPlainText } from './html-to-plain-text';
import { jsonKind } from './parse-json-body';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';

export const leverSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('lever'),
    /** The Lever site name, as in jobs.lever.co/<site>. */
    site: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a Lever site name such as "example-payments"')
      .optional(),
    /** Overrides the API address built from `site`. */
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
    /** The company name shown in postings; defaults to the site name. */
    company: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((c) => c.site !== undefined || c.url !== undefined, {
    message: 'either site or url is required',
    path: ['site'],
  });
export type LeverSourceConfig = z.infer<typeof leverSourceConfigSchema>;

/** One element of the Lever v0 postings array: only the fields we read, the rest pass unread. */
const leverPostingSchema = z.object({
  id: z.string().min(1),
  text: z.string().trim().min(1),
  // Every other field may be missing or null: a posting without them is still a posting.
  hostedUrl: z.url().nullish(),
  createdAt: z.number().int().nonnegative().nullish(),
  workplaceType: z.string().nullish(),
  categories: z
    .object({
      location: z.string().nullish(),
      allLocations: z.array(z.string().nullish()).nullish(),
      commitment: z.string().nullish(),
      team: z.string().nullish(),
    })
    .nullish(),
  description: z.string().nullish(),
  descriptionPlain: z.string().nullish(),
  lists: z.array(z.object({ text: z.string().nullish(), content: z.string().nullish() })).nullish(),
  additional: z.string().nullish(),
  additionalPlain: z.string().nullish(),
});
type LeverPosting = z.infer<typeof leverPostingSchema>;

/** A Lever job board, read through its public postings API with conditional GETs. */
export function createLeverSource(config: LeverSourceConfig, opts: SourceFactoryOptions): Source {
  const url = config.url ?? `https://api.lever.co/v0/postings/${encodeURIComponent(config.site ?? '')}?mode=json`;
  const company = config.company ?? config.site ?? siteFromUrl(config.url);
  const label = `lever ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: jsonJobsFetch(label, url, opts, {
      what: 'a JSON array',
      jobsOf: (data) => {
        if (!Array.isArray(data)) throw new Error(`${label}: expected a JSON array, got ${jsonKind(data)} from ${url}`);
        return data;
      },
      idOf: (job) => trimmedStringAt(job, 'id'),
      schema: leverPostingSchema,
      toRawPosting: (p) => toRawPosting(config.id, company, p),
    }),
  };
}

export const leverSourceAdapter: SourceAdapter<typeof leverSourceConfigSchema> = {
  configSchema: leverSourceConfigSchema,
  create: createLeverSource,
};

function toRawPosting(sourceId: string, company: string | undefined, p: LeverPosting): RawPosting {
  const posting: RawPosting = { sourceId, externalId: p.id, title: p.text, text: bodyText(p) };
  if (company) posting.company = company;
  if (p.hostedUrl) posting.url = p.hostedUrl;
  const location = locationText(p);
  if (location) posting.locationText = location;
  const remote = remoteHint(p.workplaceType);
  if (remote) posting.remoteHint = remote;
  if (p.createdAt != null) posting.postedAt = new Date(p.createdAt).toISOString();
  return posting;
}

function bodyText(p: LeverPosting): string {
  const parts = [p.descriptionPlain ?? (p.description ? htmlToPlainText(p.description) : '')];
  for (const list of p.lists ?? [])
    parts.push(`${list.text?.trim() ?? ''}\n${htmlToPlainText(`<ul>${list.content ?? ''}</ul>`)}`);
  parts.push(p.additionalPlain ?? (p.additional ? htmlToPlainText(p.additional) : ''));
  return parts
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n\n');
}

function locationText(p: LeverPosting): string | undefined {
  const all = [p.categories?.location, ...(p.categories?.allLocations ?? [])]
    .map((l) => l?.trim())
    .filter((l): l is string => !!l);
  const unique = [...new Set(all)];
  return unique.length ? unique.join('; ') : undefined;
}

function remoteHint(workplaceType: string | null | undefined): RemotePolicy | undefined {
  switch (workplaceType?.toLowerCase()) {
    case 'remote':
      return 'remote';
    case 'hybrid':
      return 'hybrid';
    case 'on-site':
    case 'onsite':
      return 'onsite';
    default:
      return undefined;
  }
}

function siteFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /\/v0\/postings\/([^/?#]+)/.exec(new URL(url).pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
