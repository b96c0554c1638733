import { LOCAL_REGION } from '../../../local/local-deps';
import { readRuntimeInfo } from '../../../local/runtime-file';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../../../shared/adapters/dynamo/dynamo-store';
import type { NavFeed } from '../../integration/sources/nav-feed-server';
import { crashPosting } from './postings';

/** The nav source's id in the feed's crash world. */
export const NAV_SOURCE_ID = 'crash-nav';
/** An ad the feed names only as inactive: in the first page the stack's start-up poll reads. */
const GONE = 'c0000000-0000-4000-8000-00000000ffff';
export const CRASH_NAV_PAGES = [
  'c0000000-0000-4000-8000-0000000a0001',
  'c0000000-0000-4000-8000-0000000a0002',
] as const;

/** Ad `i`'s uuid: the crash posting `i` served as a NAV ad. */
export const crashAdUuid = (i: number) => `c0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

const at = (n: number) =>
  `2026-12-01T08:${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.000Z`;

function item(uuid: string, status: 'ACTIVE' | 'INACTIVE', n: number) {
  return {
    id: uuid,
    url: `/api/v1/feedentry/${uuid}`,
    title: status === 'ACTIVE' ? `ad ${uuid}` : '...',
    date_modified: at(n),
    _feed_entry: { uuid, status, title: '...', businessName: '?', municipal: '?', sistEndret: at(n) },
  };
}

function page(id: string, next: string | undefined, items: unknown[]): string {
  return JSON.stringify({ id, next_id: next ?? null, next_url: next ? `/api/v1/feed/${next}` : null, items });
}

/** Crash posting `i` as pam-stilling-feed's detail of an active ad, its Markdown turned into HTML. */
function entry(i: number): string {
  const p = crashPosting(i);
  const html = p.body
    .split('\n')
    .filter((line) => line.trim())
    .map((line) =>
      line.startsWith('- ')
        ? `<ul><li>${line.slice(2)}</li></ul>`
        : line.startsWith('#')
          ? `<h2>${line.replace(/^#+ /, '')}</h2>`
          : `<p>${line}</p>`,
    )
    .join('');
  const uuid = crashAdUuid(i);
  const ad = {
    uuid,
    published: p.postedAt,
    title: p.title,
    description: html,
    workLocations: [
      {
        country: 'PORTUGAL',
        address: null,
        city: p.city.toUpperCase(),
        postalCode: null,
        county: null,
        municipal: null,
      },
    ],
    link: p.url,
    employer: { name: p.company },
  };
  return JSON.stringify({ uuid, status: 'ACTIVE', sistEndret: p.postedAt, ad_content: ad });
}

/**
 * The feed in three states: at the world's start one page naming one inactive ad; then ads 0–9
 * added to it (still the end); then a second page, where ad 0 turned inactive and ads 10–19 were
 * added. Each state replaces the last in `feed`.
 */
export const crashNavFeed = {
  start(feed: NavFeed) {
    feed.pages = new Map([[CRASH_NAV_PAGES[0], page(CRASH_NAV_PAGES[0], undefined, [item(GONE, 'INACTIVE', 0)])]]);
    feed.entries = new Map(Array.from({ length: 20 }, (_, i) => [crashAdUuid(i), entry(i)]));
  },
  firstAds(feed: NavFeed) {
    const ads = Array.from({ length: 10 }, (_, i) => item(crashAdUuid(i), 'ACTIVE', i + 1));
    feed.pages.set(CRASH_NAV_PAGES[0], page(CRASH_NAV_PAGES[0], undefined, [item(GONE, 'INACTIVE', 0), ...ads]));
  },
  secondPage(feed: NavFeed) {
    const ads = Array.from({ length: 10 }, (_, i) => item(crashAdUuid(i), 'ACTIVE', i + 1));
    feed.pages.set(
      CRASH_NAV_PAGES[0],
      page(CRASH_NAV_PAGES[0], CRASH_NAV_PAGES[1], [item(GONE, 'INACTIVE', 0), ...ads]),
    );
    const added = Array.from({ length: 10 }, (_, i) => item(crashAdUuid(i + 10), 'ACTIVE', 20 + i));
    const closing = item(crashAdUuid(0), 'INACTIVE', 19);
    feed.pages.set(CRASH_NAV_PAGES[1], page(CRASH_NAV_PAGES[1], undefined, [ads.at(-1), closing, ...added]));
  },
};

/** The running stack's store (read-only use): what a posting and the nav source's state are now. */
export async function stackStore(dataDir: string) {
  const info = await readRuntimeInfo(dataDir);
  const { client, documentClient } = createDynamoClients({ endpoint: info.dynamoEndpoint, region: LOCAL_REGION });
  return {
    store: new DynamoStore({ client: documentClient, tableName: info.tableName }),
    close: () => client.destroy(),
  };
}
