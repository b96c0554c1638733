import { parseFeed } from '@rowanmanning/feed-parser';
import * as z from 'zod';
import type { Source } from '../../ports/source';
import { collectPostings, normalizeItem } from './collect-postings';
import { feedEntrySchema, feedEntryToPosting, feedItemToEntry } from './feed-item-to-posting';
import { sourcePostingsFetch } from './fetch-source-postings';
import { checkXmlBody, rootElementName } from './parse-xml-body';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';

export const rssSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('rss'),
    /** The feed's address: RSS 2.0, RSS 1.0 (RDF) or Atom. */
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
    /** The company name shown in postings, for a single employer's feed. */
    company: z.string().trim().min(1).optional(),
    /** Titles read "Company: Role" (We Work Remotely): split them into company and title. */
    companyInTitle: z.boolean().optional(),
  })
  .strict();
export type RssSourceConfig = z.infer<typeof rssSourceConfigSchema>;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8';

/** An RSS or Atom feed of jobs, one posting per item, read with conditional GETs. */
export function createRssSource(config: RssSourceConfig, opts: SourceFactoryOptions): Source {
  const label = `rss ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: sourcePostingsFetch(label, config.url, opts, ACCEPT, (doc) => {
      const items = parseFeedItems(label, config.url, doc.body, doc.contentType);
      return collectFeedPostings(label, items, config.id, config);
    }),
  };
}

export const rssSourceAdapter: SourceAdapter<typeof rssSourceConfigSchema> = {
  configSchema: rssSourceConfigSchema,
  create: createRssSource,
};

/** The items of a well-formed RSS / Atom document; throws naming what came instead. */
export function parseFeedItems(label: string, url: string, body: string, contentType: string) {
  const what = 'an RSS or Atom feed';
  checkXmlBody(label, url, body, contentType, what);
  try {
    return parseFeed(body).items;
  } catch (err) {
    if ((err as { code?: string }).code !== 'INVALID_FEED') throw err;
    const root = rootElementName(body);
    const hint = root === 'source' ? ': a job-board XML feed, read it with type "jobxml"' : '';
    throw new Error(`${label}: expected ${what}, got XML with root <${root ?? '?'}>${hint} from ${url}`);
  }
}

/** The postings of a feed's items, one per item. */
export function collectFeedPostings(
  label: string,
  items: ReturnType<typeof parseFeedItems>,
  sourceId: string,
  opts: Parameters<typeof feedEntryToPosting>[2],
) {
  return collectPostings(label, items, (item) => {
    const entry = feedItemToEntry(item);
    return {
      externalId: typeof entry.id === 'string' ? entry.id : undefined,
      result: normalizeItem(feedEntrySchema, entry, (e) => feedEntryToPosting(sourceId, e, opts)),
    };
  });
}
