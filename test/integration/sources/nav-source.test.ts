import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNavSource, type NavSourceConfig } from '../../../shared/adapters/sources/nav-source';
import { NAV_FEED_MAX_PAGES } from '../../../shared/adapters/sources/nav-stilling-feed';
import { sourceConfigSchema } from '../../../shared/adapters/sources/registry';
import { postingId } from '../../../shared/posting/posting-identity';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';
import { startPollHarness } from '../poll/poll-harness';
import {
  firstFeed,
  grownFeed,
  NAV_ADS,
  NAV_PAGES,
  NAV_TEST_TOKEN,
  type NavFeed,
  navFeedHandler,
  navFixture,
} from './nav-feed-server';

const { REC, A, B, C, D, BAD } = NAV_ADS;
let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let recordedEntry: string;
let internalDto: string;
let feed: NavFeed;

beforeAll(async () => {
  recordedEntry = await readFile(join(fixturesDir, 'sources/nav-feed/provenance_feedentry_c048985f.json'), 'utf8');
  internalDto = await readFile(join(fixturesDir, 'sources/nav/pam-ad-dto-leka-kommune-internal.json'), 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  feed = await firstFeed(recordedEntry);
  server.respond(navFeedHandler(feed));
});

function nav(config: Partial<NavSourceConfig> = {}) {
  return createNavSource(
    { id: 'nav', type: 'nav', api: 'stilling-feed', url: server.url(''), ...config },
    { baseDir: '/' },
  );
}

const paths = () => server.requests.map((r) => r.url);

describe('the NAV stilling-feed, first read', () => {
  it('reads every page to the end and each active ad’s detail: the recorded entry in full', async () => {
    const result = changed(await nav({ token: NAV_TEST_TOKEN }).fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId).sort()).toEqual([A, B, REC].sort());
    const recorded = result.postings.find((p) => p.externalId === REC);
    expect(recorded).toEqual({
      sourceId: 'nav',
      externalId: REC,
      title: 'Engine officer -open application - Offshore service/ Installations/ Aquaculture/ RO-PAX and more',
      text: 'Atrium People is always looking for qualified Engine Officers.\nPlease re...',
      company: 'Atrium People AS',
      url: `https://arbeidsplassen.nav.no/stillinger/stilling/${REC}`,
      locationText: 'Straume, Vestland, Norway',
      postedAt: '2025-12-28T23:00:00.000Z',
    });
    expect(result.coverage).toBe('full');
    expect(result.cursor).toMatch(new RegExp(`^page=${NAV_PAGES[1]}&etag=`));
  });

  it('an entry whose latest item is INACTIVE is removed and its detail never asked for', async () => {
    const result = changed(await nav({ token: NAV_TEST_TOKEN }).fetch({ state: undefined }));
    expect(result.removed).toEqual([C]);
    expect(paths()).not.toContain(`/api/v1/feedentry/${C}`);
    expect(
      paths()
        .filter((p) => p.startsWith('/api/v1/feed'))
        .slice(0, 2),
    ).toEqual(['/api/v1/feed', `/api/v1/feed/${NAV_PAGES[1]}`]);
  });

  it('rejects an entry whose ad has no title, naming the field, while the others land', async () => {
    const result = changed(await nav({ token: NAV_TEST_TOKEN }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([
      {
        externalId: BAD,
        reason: `nav nav: posting 3 (${BAD}): detail: ad_content.title: Invalid input: expected string, received undefined in ${server.url(`/api/v1/feedentry/${BAD}`)}`,
      },
    ]);
    expect(result.postings).toHaveLength(3);
  });

  it('reads the synthetic ads’ places, links and text as a reader needs them', async () => {
    const result = changed(await nav({ token: NAV_TEST_TOKEN }).fetch({ state: undefined }));
    const byId = new Map(result.postings.map((p) => [p.externalId, p]));
    expect(byId.get(A)).toMatchObject({
      title: 'Kundeservicemedarbeider med tysk',
      company: 'Fjordbilletter AS',
      url: `https://arbeidsplassen.nav.no/stillinger/stilling/${A}`,
      locationText: 'Bergen, Vestland, Norway',
    });
    expect(byId.get(A)?.text).toContain('- Du snakker og skriver flytende tysk og norsk');
    // No link of its own and a bare host for an application address: NAV's page for the ad.
    expect(byId.get(B)).toMatchObject({
      url: `https://arbeidsplassen.nav.no/stillinger/stilling/${B}`,
      locationText: 'Tromsø, Troms, Norway; Kiruna, Sverige',
    });
  });

  it('sends the token as a bearer token on every request', async () => {
    await nav({ token: NAV_TEST_TOKEN }).fetch({ state: undefined });
    expect(server.requests.length).toBeGreaterThan(4);
    for (const request of server.requests) expect(request.headers.authorization).toBe(`Bearer ${NAV_TEST_TOKEN}`);
  });

  it('without a token, reads NAV’s public token from /api/publicToken once and uses it', async () => {
    const result = changed(await nav().fetch({ state: undefined }));
    expect(result.postings).toHaveLength(3);
    expect(paths().filter((p) => p === '/api/publicToken')).toHaveLength(1);
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${NAV_TEST_TOKEN}`);
  });

  it('a refused token is a clear error naming the token', async () => {
    await expect(nav({ token: 'eyJ.wrong.token' }).fetch({ state: undefined })).rejects.toThrow(
      `nav nav: HTTP 401 from ${server.url('/api/v1/feed')}: the feed refused the configured "token"`,
    );
  });

  it('reads the public token again once when the feed refuses the one it had (NAV replaced it)', async () => {
    const source = nav();
    await source.fetch({ state: undefined });
    feed.token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJuZXcifQ.bmV3';
    const again = changed(await source.fetch({ state: undefined }));
    expect(again.postings).toHaveLength(3);
    // Once for the first poll, once more after the 401.
    expect(paths().filter((p) => p === '/api/publicToken')).toHaveLength(2);
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${feed.token}`);
  });

  it(`stops after ${NAV_FEED_MAX_PAGES} pages, partial, with the cursor at the next page`, async () => {
    const page = JSON.parse(await readFile(join(__dirname, '../../fixtures/sources/nav/feed-page-1.json'), 'utf8'));
    const pages = new Map<string, string>();
    for (let n = 0; n <= NAV_FEED_MAX_PAGES; n++) {
      const items = page.items.map((item: { _feed_entry: Record<string, unknown> }) => ({
        ...item,
        _feed_entry: {
          ...item._feed_entry,
          status: 'INACTIVE',
          sistEndret: `2026-11-01T00:00:${String(n).padStart(2, '0')}Z`,
        },
      }));
      pages.set(
        `p${n}`,
        JSON.stringify({ ...page, id: `p${n}`, next_id: `p${n + 1}`, next_url: `/api/v1/feed/p${n + 1}`, items }),
      );
    }
    server.respond(navFeedHandler({ pages, entries: new Map() }));
    const result = changed(await nav({ token: NAV_TEST_TOKEN }).fetch({ state: undefined }));
    expect(paths().filter((p) => p.startsWith('/api/v1/feed'))).toHaveLength(NAV_FEED_MAX_PAGES);
    expect(result.coverage).toBe('partial');
    expect(result.cursor).toBe(`page=p${NAV_FEED_MAX_PAGES}`);
  });

  it('rejects NAV’s internal ad DTO served as a detail: it is the feed’s Kafka input, not an answer any poll gets', async () => {
    feed.entries.set(B, internalDto);
    const result = changed(await nav({ token: NAV_TEST_TOKEN }).fetch({ state: undefined }));
    expect(result.rejected).toContainEqual({
      externalId: B,
      reason: expect.stringContaining(
        `detail: ad_content: missing for an entry whose status is ACTIVE in ${server.url(`/api/v1/feedentry/${B}`)}`,
      ),
    });
  });
});

describe('the NAV stilling-feed, what it removes and where it resumes', () => {
  it('an ACTIVE item whose detail is gone (404) or says INACTIVE is removed, not rejected', async () => {
    feed.entries.delete(B);
    feed.entries.set(
      A,
      JSON.stringify({ uuid: A, ad_content: null, sistEndret: '2026-11-20T10:00:00Z', status: 'INACTIVE' }),
    );
    const result = changed(await nav({ token: NAV_TEST_TOKEN }).fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual([REC]);
    expect(result.removed?.sort()).toEqual([A, B, C].sort());
    expect(result.rejected.map((r) => r.externalId)).toEqual([BAD]);
  });

  it('reads a detail whose ad is under `json`, as NAV’s documentation names it', async () => {
    const { ad_content, ...entry } = JSON.parse(feed.entries.get(A) as string);
    feed.entries.set(A, JSON.stringify({ ...entry, json: ad_content }));
    const result = changed(await nav({ token: NAV_TEST_TOKEN }).fetch({ state: undefined }));
    expect(result.postings.find((p) => p.externalId === A)?.title).toBe('Kundeservicemedarbeider med tysk');
  });

  it('resumes after the item it stored last, and follows the next page when its page holds nothing newer', async () => {
    const page2 = JSON.parse(await navFixture('feed-page-2.json'));
    const lastItem = page2.items.at(-1)._feed_entry;
    feed.pages.set(
      NAV_PAGES[1],
      JSON.stringify({ ...page2, next_id: NAV_PAGES[2], next_url: `/api/v1/feed/${NAV_PAGES[2]}` }),
    );
    feed.pages.set(NAV_PAGES[2], await navFixture('feed-page-3.json'));
    const after = encodeURIComponent(`${lastItem.uuid}@${lastItem.sistEndret}`);
    const state = { sourceId: 'nav', consecutiveFailures: 0, cursor: `page=${NAV_PAGES[1]}&after=${after}` };
    const result = changed(await nav({ token: NAV_TEST_TOKEN }).fetch({ state }));
    expect(result.postings.map((p) => p.externalId)).toEqual([D]);
    expect(result.removed).toEqual([A]);
    expect(result.rejected).toEqual([]);
    expect(result.coverage).toBe('partial');
    expect(paths().filter((p) => p.startsWith('/api/v1/feedentry/'))).toEqual([`/api/v1/feedentry/${D}`]);
    expect(result.cursor).toMatch(new RegExp(`^page=${NAV_PAGES[2]}&`));
  });

  it('a cursor naming a page the feed no longer has starts again from the first page, a full read', async () => {
    const state = { sourceId: 'nav', consecutiveFailures: 0, cursor: 'page=9f000000-0000-4000-8000-0000000000ff' };
    const result = changed(await nav({ token: NAV_TEST_TOKEN }).fetch({ state }));
    expect(paths().slice(0, 2)).toEqual(['/api/v1/feed/9f000000-0000-4000-8000-0000000000ff', '/api/v1/feed']);
    expect(result.coverage).toBe('full');
    expect(result.postings).toHaveLength(3);
  });
});

describe('the NAV stilling-feed, polled incrementally', () => {
  it('a full first read, then from the cursor: an INACTIVE entry closes its posting, a later page adds one, the cursor moves on', async () => {
    const harness = await startPollHarness();
    try {
      harness.addSource(
        sourceConfigSchema.parse({ id: 'nav', type: 'nav', url: server.url(''), token: NAV_TEST_TOKEN }),
      );
      const status = async (uuid: string) =>
        (await harness.deps.postings.getPostings([postingId({ sourceId: 'nav', externalId: uuid })]))[0]?.status;
      const state = () => harness.deps.sourceStates.getSourceState('nav');

      const first = (await harness.poll('nav')).sources[0];
      expect(first?.errors).toEqual([
        expect.stringContaining(`${BAD}: nav nav: posting 3 (${BAD}): detail: ad_content.title`),
      ]);
      expect(first).toMatchObject({ ok: true, new: 3, rejected: 1, closed: 0 });
      expect((await state())?.cursor).toMatch(new RegExp(`^page=${NAV_PAGES[1]}&`));

      harness.advance(15);
      await grownFeed(feed);
      server.requests.length = 0;
      const second = (await harness.poll('nav')).sources[0];
      expect(paths()[0]).toBe(`/api/v1/feed/${NAV_PAGES[1]}`);
      expect(second).toMatchObject({ ok: true, new: 1, closed: 1, rejected: 0 });
      // What the first poll stored is not read again: only the items after it.
      expect(paths().filter((p) => p.startsWith('/api/v1/feedentry/'))).toEqual([`/api/v1/feedentry/${D}`]);
      expect(await status(A)).toBe('closed');
      expect(await status(D)).toBe('open');
      for (const uuid of [REC, B]) expect(await status(uuid)).toBe('open');
      expect((await state())?.cursor).toMatch(new RegExp(`^page=${NAV_PAGES[2]}&`));

      harness.advance(15);
      server.requests.length = 0;
      const third = (await harness.poll('nav')).sources[0];
      expect(third).toMatchObject({ ok: true, notModified: true });
      expect(paths()).toEqual([`/api/v1/feed/${NAV_PAGES[2]}`]);
      expect(server.requests[0]?.headers['if-none-match']).toBeTruthy();
      expect((await state())?.cursor).toMatch(new RegExp(`^page=${NAV_PAGES[2]}&`));
    } finally {
      await harness.close();
    }
  });
});
