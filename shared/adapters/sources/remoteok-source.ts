import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { stringOrNumberId } from './collect-postings';
import { jsonJobsFetch } from './fetch-source-postings';
import { htmlToPlainText, looksLikeHtml } from './html-to-plain-text';
import { jsonKind } from './parse-json-body';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';
import { toIsoTimestamp } from './to-iso-timestamp';

export const remoteokSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('remoteok'),
    /** Overrides https://remoteok.com/api (a tag filter, a mirror). */
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  })
  .strict();
export type RemoteokSourceConfig = z.infer<typeof remoteokSourceConfigSchema>;

const remoteokJobSchema = z.object({
  id: z.union([z.string().trim().min(1), z.number()]).transform(String),
  position: z.string().trim().min(1),
  company: z.string().nullish(),
  description: z.string().nullish(),
  location: z.string().nullish(),
  url: z.url().nullish(),
  apply_url: z.url().nullish(),
  date: z.string().nullish(),
  epoch: z.number().nullish(),
});
type RemoteokJob = z.infer<typeof remoteokJobSchema>;

/** Remote OK's public API: an array of remote jobs after a terms-of-use notice. */
export function createRemoteokSource(config: RemoteokSourceConfig, opts: SourceFactoryOptions): Source {
  const url = config.url ?? 'https://remoteok.com/api';
  const label = `remoteok ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: jsonJobsFetch(label, url, opts, {
      what: 'a JSON array',
      jobsOf: (data) => {
        if (Array.isArray(data)) return data;
        throw new Error(`${label}: expected a JSON array, got ${jsonKind(data)} from ${url}`);
      },
      idOf: stringOrNumberId,
      isNotJob: isNotice,
      schema: remoteokJobSchema,
      toRawPosting: (j) => toRawPosting(config.id, j),
    }),
  };
}

export const remoteokSourceAdapter: SourceAdapter<typeof remoteokSourceConfigSchema> = {
  configSchema: remoteokSourceConfigSchema,
  create: createRemoteokSource,
};

/** The first element is the API's terms (`legal`, `last_updated`), not a job. */
function isNotice(element: unknown): boolean {
  const e = element as Record<string, unknown> | null;
  return !!e && typeof e === 'object' && 'legal' in e && !('position' in e);
}

function toRawPosting(sourceId: string, j: RemoteokJob): RawPosting {
  const posting: RawPosting = {
    sourceId,
    externalId: j.id,
    title: repairMojibake(j.position),
    text: j.description ? descriptionText(repairMojibake(j.description)) : '',
    remoteHint: 'remote',
  };
  if (j.company?.trim()) posting.company = repairMojibake(j.company.trim());
  const link = j.url ?? j.apply_url;
  if (link) posting.url = link;
  if (j.location?.trim()) posting.locationText = repairMojibake(j.location.trim());
  const postedAt = toIsoTimestamp(j.date) ?? (j.epoch ? toIsoTimestamp(j.epoch * 1000) : undefined);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

/** Remote OK sends some descriptions entity-escaped (`&lt;h3&gt;`): those take a second pass. */
function descriptionText(description: string): string {
  const once = htmlToPlainText(description);
  return looksLikeHtml(once) ? htmlToPlainText(once) : once;
}

/**
 * Text that was UTF-8 read as Latin-1 ("Weâ\u0080\u0099re"), read again as UTF-8; text with any
 * character beyond Latin-1, or whose bytes are not UTF-8, is left alone. A text cut short in the
 * middle of a character is repaired all the same, without that last half-character.
 */
function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(text) || /[\u0100-\uffff]/.test(text)) return text;
  return decodeUtf8(text) ?? decodeUtf8(text.replace(CUT_CHARACTER, '')) ?? text;
}

/** A UTF-8 lead byte at the very end with fewer continuation bytes than it announces. */
const CUT_CHARACTER = /(?:[\u00c2-\u00df]|[\u00e0-\u00ef][\u0080-\u00bf]?|[\u00f0-\u00f4][\u0080-\u00bf]{0,2})$/;

function decodeUtf8(latin1: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(latin1, 'latin1'));
  } catch {
    return undefined;
  }
}
