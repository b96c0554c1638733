import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingId } from '../../shared/posting/posting-identity';
import { NAV_TEST_TOKEN, type NavFeed, navFeedHandler } from '../integration/sources/nav-feed-server';
import { startLoopbackServer } from '../support/loopback-server';
import { CRASH_NAV_PAGES, crashAdUuid, crashNavFeed, NAV_SOURCE_ID, stackStore } from './support/nav-feed';
import { scenario } from './support/scenario';
import { postingsIn } from './support/tally';

// An incremental feed (NAV's pam-stilling-feed on loopback) killed after a poll stored its
// changes (ten new ads, one closed) and before it saved the source's state with the new cursor.
// The next plain poll reads the same changes again from the old cursor: nothing lost, nothing
// mailed twice, and the ad the feed made inactive stays closed and is never mailed.

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
const feed: NavFeed = { pages: new Map(), entries: new Map() };
const id = (i: number) => postingId({ sourceId: NAV_SOURCE_ID, externalId: crashAdUuid(i) });

beforeAll(async () => {
  server = await startLoopbackServer();
  crashNavFeed.start(feed);
  server.respond(navFeedHandler(feed));
});
afterAll(async () => {
  await server?.close();
});

describe('poll --now of an incremental feed, killed with SIGKILL at poll.before-state', () => {
  it('killed once its changes are stored and before its cursor is, then plain runs', async () => {
    const sources = [{ id: NAV_SOURCE_ID, type: 'nav', url: server.url(''), token: NAV_TEST_TOKEN }];
    await scenario(
      'nav feed: poll.before-state',
      { sources },
      async (world) => {
        crashNavFeed.firstAds(feed);
        await world.cli(['poll', '--now']);
        crashNavFeed.secondPage(feed);
        const killed = await world.cli(['poll', '--now'], { crashAt: 'poll.before-state' });

        // Killed where meant: the new ads stored and ad 0 closed, the cursor still the old page.
        const { store, close } = await stackStore(world.env.JOBALERT_DATA_DIR as string);
        try {
          const stored = await store.getPostings([id(0), id(10), id(19)]);
          expect(stored.map((p) => [p.id, p.status])).toEqual([
            [id(0), 'closed'],
            [id(10), 'open'],
            [id(19), 'open'],
          ]);
          expect((await store.getSourceState(NAV_SOURCE_ID))?.cursor).toMatch(
            new RegExp(`^page=${CRASH_NAV_PAGES[0]}&`),
          );
        } finally {
          close();
        }
        world.postingIds = Array.from({ length: 19 }, (_, i) => id(i + 1));
        server.requests.length = 0;
        return [killed];
      },
      async (world) => {
        // The recovery poll resumed at the old cursor and moved it on.
        expect(server.requests[0]?.url).toBe(`/api/v1/feed/${CRASH_NAV_PAGES[0]}`);
        const { store, close } = await stackStore(world.env.JOBALERT_DATA_DIR as string);
        try {
          expect((await store.getPostings([id(0)]))[0]?.status).toBe('closed');
          expect((await store.getSourceState(NAV_SOURCE_ID))?.cursor).toMatch(
            new RegExp(`^page=${CRASH_NAV_PAGES[1]}&`),
          );
        } finally {
          close();
        }
        const mailed = (await world.emails()).flatMap((email) => postingsIn(email)?.postingIds ?? []);
        expect(mailed).not.toContain(id(0));
        expect(new Set(mailed)).toEqual(new Set(world.postingIds));
      },
    );
  });
});
