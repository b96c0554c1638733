import type { parseFeed } from '@rowanmanning/feed-parser';
import * as z from 'zod';
import type { RawPosting } from '../../posting/posting';
import { htmlToPlainText } from './html-to-plain-text';
import { remoteHintFromLabel } from './remote-hint-from-label';
import { toIsoTimestamp } from './to-iso-timestamp';

type FeedItem = ReturnType<typeof parseFeed>['items'][number];
type FeedElement = FeedItem['element'];

/** What we read of an RSS item or Atom entry, the feed's own fields under their own names. */
export const feedEntrySchema = z.object({
  /** guid (RSS), id (Atom), else the link. */
  id: z.string().trim().min(1),
  title: z.string().trim().min(1),
  link: z.url().optional(),
  /** content, else description / summary: HTML. */
  content: z.string(),
  published: z.string().optional(),
  /** Job boards' own elements: We Work Remotely's region and country, a plain location, Teamtailor's tt:locations. */
  locations: z.array(z.string()),
  /** A workplace label: Teamtailor's remoteStatus, a remote element, or the region. */
  workplace: z.array(z.string()),
});
export type FeedEntry = z.infer<typeof feedEntrySchema>;

/** The fields of a parsed feed item as a plain object, to be checked with {@link feedEntrySchema}. */
export function feedItemToEntry(item: FeedItem): Record<string, unknown> {
  const el = item.element;
  const child = (name: string) => el.findElementWithName(name)?.textContent.trim() || undefined;
  const published = item.published ?? item.updated;
  const region = child('region');
  return {
    id: item.id ?? item.url ?? undefined,
    title: item.title ?? undefined,
    link: item.url ?? undefined,
    content: item.content ?? item.description ?? '',
    published: published ? published.toISOString() : (child('pubdate') ?? child('published') ?? child('updated')),
    locations: unique([
      ...[region, child('country')].filter((s): s is string => !!s),
      ...el.findElementsWithName('location').flatMap(plainText),
      ...el.findElementsWithName('locations').flatMap((l) => l.findElementsWithName('location').map(locationOf)),
    ]),
    workplace: [child('remotestatus'), child('remote'), child('workplace'), region].filter((s): s is string => !!s),
  };
}

/** A checked feed entry as a raw posting; `companyInTitle` splits titles written "Company: Role". */
export function feedEntryToPosting(
  sourceId: string,
  entry: FeedEntry,
  opts: { company?: string; companyInTitle?: boolean },
): RawPosting {
  let title = entry.title;
  let company = opts.company;
  const colon = opts.companyInTitle ? title.indexOf(': ') : -1;
  if (colon > 0 && colon < title.length - 2) {
    company = title.slice(0, colon).trim();
    title = title.slice(colon + 2).trim();
  }
  const posting: RawPosting = { sourceId, externalId: entry.id, title, text: htmlToPlainText(entry.content) };
  if (company) posting.company = company;
  if (entry.link) posting.url = entry.link;
  if (entry.locations.length) posting.locationText = entry.locations.join('; ');
  const remote = entry.workplace.map(remoteHintFromLabel).find(Boolean);
  if (remote) posting.remoteHint = remote;
  const postedAt = toIsoTimestamp(entry.published);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

function plainText(el: FeedElement): string[] {
  const hasChildren = el.children.some((c) => typeof c !== 'string');
  const text = el.textContentNormalized;
  return !hasChildren && text ? [text] : [];
}

function locationOf(el: FeedElement): string {
  const part = (name: string) => el.findElementWithName(name)?.textContentNormalized || undefined;
  const city = part('city') ?? part('name');
  return unique([city, part('country')].filter((s): s is string => !!s)).join(', ');
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
