import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNavSource, type NavSourceConfig } from '../../../shared/adapters/sources/nav-source';
import { sourceConfigSchema } from '../../../shared/adapters/sources/registry';
import { describeIssues } from '../../../shared/validation/describe-issues';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';
import { NAV_TEST_TOKEN } from './nav-feed-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let publicFeedPage: string;

beforeAll(async () => {
  publicFeedPage = await readFile(join(fixturesDir, 'sources/nav-feed/larsg_public_feed_ads_page4.json'), 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function nav(config: Partial<NavSourceConfig> = {}) {
  return createNavSource(
    { id: 'nav', type: 'nav', api: 'stilling-feed', url: server.url(''), ...config },
    { baseDir: '/' },
  );
}

describe('the NAV public-feed (the older search API)', () => {
  function servePublicFeed(page: (n: number) => string | undefined) {
    server.respond((req, res) => {
      const url = new URL(req.url ?? '/', 'http://loopback');
      const body = url.pathname === '/public-feed/api/v1/ads' ? page(Number(url.searchParams.get('page'))) : undefined;
      if (req.headers.authorization !== `Bearer ${NAV_TEST_TOKEN}`) res.writeHead(401).end();
      else if (body === undefined) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
  }
  const publicFeed = () =>
    nav({
      api: 'public-feed',
      url: server.url('/public-feed'),
      token: NAV_TEST_TOKEN,
      params: { category: 'Utvikling', county: 'OSLO' },
    });

  it('reads the recorded page in full: nine ads with title, text, place and link', async () => {
    servePublicFeed(() => publicFeedPage);
    const result = changed(await publicFeed().fetch({ state: undefined }));
    expect(server.requests.map((r) => r.url)).toEqual([
      '/public-feed/api/v1/ads?category=Utvikling&county=OSLO&page=0',
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(9);
    expect(result.coverage).toBe('full');
    for (const posting of result.postings) {
      expect(posting.title).toBeTruthy();
      expect(posting.text.length).toBeGreaterThan(200);
      expect(posting.locationText).toMatch(/^Oslo, Norway$/);
      expect(posting.url).toBe(`https://arbeidsplassen.nav.no/stillinger/stilling/${posting.externalId}`);
    }
    expect(result.postings[0]).toMatchObject({
      externalId: 'a1e5ee20-c924-4211-92d2-982d9b518842',
      title: 'Senior Solution Engineer',
      company: 'Appfarm',
      postedAt: '2024-01-24T23:01:22.209Z',
    });
  });

  it('reads the documented variants: missing places and employer, no description, capitals, numbers as strings', async () => {
    const recorded = JSON.parse(publicFeedPage) as { content: Record<string, unknown>[] };
    const [a, b, c, d, ...rest] = recorded.content as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    const content = [
      { ...a, workLocations: null, employer: null },
      { ...b, description: null, published: null },
      {
        ...c,
        workLocations: [
          { country: 'NORGE', city: null, municipal: 'ÅLESUND', county: 'MØRE OG ROMSDAL', postalCode: 6002 },
        ],
      },
      { ...d, link: '', applicationUrl: 'www.example.org', sourceurl: null },
      ...rest,
    ];
    servePublicFeed(() => JSON.stringify({ ...recorded, content, totalElements: '9' }));
    const result = changed(await publicFeed().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    const [first, second, third, fourth] = result.postings;
    expect(first?.locationText).toBeUndefined();
    expect(first?.company).toBeUndefined();
    expect(second?.text).toBe('');
    // Without a publication date, the last update stands for it.
    expect(second?.postedAt).toBe(new Date(b.updated as string).toISOString());
    expect(third?.locationText).toBe('Ålesund, Møre og Romsdal, Norway');
    expect(fourth?.url).toBe(`https://arbeidsplassen.nav.no/stillinger/stilling/${d.uuid as string}`);
  });

  it('follows pages until the one marked last, and rejects an ad without a title while the rest land', async () => {
    const recorded = JSON.parse(publicFeedPage) as { content: Record<string, unknown>[] };
    servePublicFeed((n) => {
      if (n > 1) return undefined;
      const content: Record<string, unknown>[] = recorded.content.map((ad) => ({
        ...ad,
        uuid: `${ad.uuid as string}-${n}`,
      }));
      if (n === 1) content[2] = { ...content[2], title: null };
      return JSON.stringify({ ...recorded, content, last: n === 1, totalElements: 18 });
    });
    const result = changed(await publicFeed().fetch({ state: undefined }));
    expect(result.postings).toHaveLength(17);
    expect(result.rejected).toEqual([
      {
        externalId: 'fda9a951-f148-44dd-905b-22cc1b92dcde-1',
        reason: expect.stringMatching(/^nav nav: posting 11 \(fda9a951-f148-44dd-905b-22cc1b92dcde-1\): title: /),
      },
    ]);
    expect(result.coverage).toBe('full');
  });
});

describe('the NAV source config', () => {
  const errors = (config: object) => {
    const result = sourceConfigSchema.safeParse({ id: 'nav', type: 'nav', ...config });
    return result.success ? '' : describeIssues(result.error);
  };

  it('takes nothing more for the stilling-feed (NAV’s public token is read from the API)', () => {
    expect(errors({})).toBe('');
    expect(errors({ token: NAV_TEST_TOKEN, url: 'https://mirror.example.org/nav' })).toBe('');
  });

  it('names the field that is wrong', () => {
    expect(errors({ api: 'v2' })).toMatch(/^api: must be "stilling-feed" or "public-feed"/);
    expect(errors({ token: `Bearer ${NAV_TEST_TOKEN}` })).toMatch(/^token: must be the token alone/);
    expect(errors({ api: 'public-feed' })).toMatch(/^token: required with api "public-feed"/);
    expect(errors({ params: { county: 'OSLO' } })).toMatch(/^params: only with api "public-feed"/);
    expect(errors({ api: 'public-feed', token: 't', params: { page: 2 } })).toMatch(/^params\.page: /);
    expect(errors({ url: 'ftp://example.org' })).toMatch(/^url: /);
  });
});
