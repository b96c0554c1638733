import * as z from 'zod';
import type { Source } from '../../ports/source';
import { collectPostings, normalizeItem, stringOrNumberId } from './collect-postings';
import { sourcePostingsFetch } from './fetch-source-postings';
import { jsonFeedItemSchema, jsonFeedItemToPosting } from './json-feed-item-to-posting';
import { jsonKind, parseJsonBody } from './parse-json-body';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';

export const jsonfeedSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('jsonfeed'),
    /** The JSON Feed's address (https://www.jsonfeed.org/version/1.1/). */
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
    /** The company name shown in postings, for a single employer's feed. */
    company: z.string().trim().min(1).optional(),
  })
  .strict();
export type JsonfeedSourceConfig = z.infer<typeof jsonfeedSourceConfigSchema>;

const ACCEPT = 'application/feed+json, application/json;q=0.9';

/** A JSON Feed of jobs, one posting per item, read with conditional GETs. */
export function createJsonfeedSource(config: JsonfeedSourceConfig, opts: SourceFactoryOptions): Source {
  const label = `jsonfeed ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: sourcePostingsFetch(label, config.url, opts, ACCEPT, (doc) => {
      const data = parseJsonBody(label, config.url, doc.body, doc.contentType, JSON_FEED);
      return collectJsonFeedPostings(label, config.url, data, config.id, config.company);
    }),
  };
}

export const jsonfeedSourceAdapter: SourceAdapter<typeof jsonfeedSourceConfigSchema> = {
  configSchema: jsonfeedSourceConfigSchema,
  create: createJsonfeedSource,
};

const JSON_FEED = 'a JSON Feed (version https://jsonfeed.org/version/1 or 1.1, items array)';

/** The postings of a parsed JSON Feed; throws when the document is not one. */
export function collectJsonFeedPostings(label: string, url: string, data: unknown, sourceId: string, company?: string) {
  const feed = data as { version?: unknown; items?: unknown } | null;
  const isFeed =
    jsonKind(data) === 'an object' &&
    typeof feed?.version === 'string' &&
    feed.version.startsWith('https://jsonfeed.org/version/') &&
    Array.isArray(feed.items);
  if (!isFeed) {
    const got = jsonKind(data) === 'an object' ? 'an object that is not one' : jsonKind(data);
    throw new Error(`${label}: expected ${JSON_FEED}, got ${got} from ${url}`);
  }
  return collectPostings(label, feed.items as unknown[], (item) => ({
    externalId: stringOrNumberId(item),
    result: normalizeItem(jsonFeedItemSchema, item, (i) => jsonFeedItemToPosting(sourceId, i, company)),
  }));
}
