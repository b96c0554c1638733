import * as z from 'zod';
import type { Source } from '../../ports/source';
import { sourcePostingsFetch } from './fetch-source-postings';
import { collectJsonFeedPostings } from './jsonfeed-source';
import { parseJsonBody } from './parse-json-body';
import { collectFeedPostings, parseFeedItems } from './rss-source';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';

export const teamtailorSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('teamtailor'),
    /** The career site's public feed: https://<site>.teamtailor.com/jobs.json (JSON Feed) or /jobs.rss. */
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
    /** The company name shown in postings; defaults to the hiring organization the feed names. */
    company: z.string().trim().min(1).optional(),
  })
  .strict();
export type TeamtailorSourceConfig = z.infer<typeof teamtailorSourceConfigSchema>;

const ACCEPT = 'application/feed+json, application/json, application/rss+xml;q=0.9, application/xml;q=0.8';

/**
 * A Teamtailor career site through its public feed, either format it offers: the JSON Feed (each
 * item with a schema.org JobPosting giving locations) or the RSS (remoteStatus, tt:locations).
 */
export function createTeamtailorSource(config: TeamtailorSourceConfig, opts: SourceFactoryOptions): Source {
  const label = `teamtailor ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: sourcePostingsFetch(label, config.url, opts, ACCEPT, (doc) => {
      const looksXml = doc.body.trimStart().startsWith('<') || /xml/i.test(doc.contentType);
      if (!looksXml) {
        const data = parseJsonBody(label, config.url, doc.body, doc.contentType, 'a Teamtailor JSON Feed');
        return collectJsonFeedPostings(label, config.url, data, config.id, config.company);
      }
      const items = parseFeedItems(label, config.url, doc.body, doc.contentType);
      return collectFeedPostings(label, items, config.id, { company: config.company ?? feedTitle(items) });
    }),
  };
}

export const teamtailorSourceAdapter: SourceAdapter<typeof teamtailorSourceConfigSchema> = {
  configSchema: teamtailorSourceConfigSchema,
  create: createTeamtailorSource,
};

/** Teamtailor titles its RSS channel with the company name. */
function feedTitle(items: ReturnType<typeof parseFeedItems>): string | undefined {
  return items[0]?.feed.title?.trim() || undefined;
}
