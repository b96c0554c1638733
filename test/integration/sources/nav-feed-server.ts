import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

/** The synthetic feed pages and entries (test/fixtures/sources/nav/README.md says what each holds). */
export const navFixturesDir = fileURLToPath(new URL('../../fixtures/sources/nav/', import.meta.url));

/** The ads the synthetic feed names (REC is the recorded entry's). */
export const NAV_ADS = {
  REC: 'c048985f-b621-4f80-a5f0-fed3ca957003',
  A: '0a1b2c3d-0000-4000-8000-000000000001',
  B: '0a1b2c3d-0000-4000-8000-000000000002',
  C: '0a1b2c3d-0000-4000-8000-000000000003',
  D: '0a1b2c3d-0000-4000-8000-000000000004',
  BAD: '0a1b2c3d-0000-4000-8000-000000000005',
} as const;
export const NAV_PAGES = ['1', '2', '3'].map((n) => `9f000000-0000-4000-8000-00000000000${n}`) as [
  string,
  string,
  string,
];

/** A made-up token in the shape NAV issues (a JWT); the server accepts no other. */
export const NAV_TEST_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqb2JhbGVydC10ZXN0In0.dGVzdC1zaWduYXR1cmU';

export async function navFixture(name: string): Promise<string> {
  return readFile(`${navFixturesDir}${name}`, 'utf8');
}

/** What the feed serves now: pages by id (the first one first), entry details by uuid. */
export interface NavFeed {
  pages: Map<string, string>;
  entries: Map<string, string>;
  /** The token requests must carry (default NAV_TEST_TOKEN); `/api/publicToken` hands it out. */
  token?: string;
}

/**
 * pam-stilling-feed as its documentation and source describe it, on loopback: every API request
 * needs `Authorization: Bearer <token>` (else 401); `/api/v1/feed` is the first page,
 * `/api/v1/feed/<id>` any page (404 when unknown), each with an ETag and a Last-Modified, and a
 * 304 when asked with the page's ETag; `/api/v1/feedentry/<uuid>` an ad's detail (404 when none).
 */
export function navFeedHandler(feed: NavFeed) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const token = feed.token ?? NAV_TEST_TOKEN;
    const path = new URL(req.url ?? '/', 'http://loopback').pathname;
    if (path === '/api/publicToken') {
      res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end(`Current public token for Nav Job Vacancy Feed:\n${token}`);
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { 'content-type': 'text/plain' }).end('Unauthorized');
      return;
    }
    const json = { 'content-type': 'application/json' };
    if (path === '/api/v1/feed' || path.startsWith('/api/v1/feed/')) {
      const id =
        path === '/api/v1/feed' ? [...feed.pages.keys()][0] : decodeURIComponent(path.slice('/api/v1/feed/'.length));
      const body = id === undefined ? undefined : feed.pages.get(id);
      if (body === undefined) {
        res.writeHead(404, json).end('{}');
        return;
      }
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { ...json, etag, 'last-modified': 'Mon, 16 Nov 2026 09:00:00 GMT' }).end(body);
      return;
    }
    if (path.startsWith('/api/v1/feedentry/')) {
      const body = feed.entries.get(decodeURIComponent(path.slice('/api/v1/feedentry/'.length)));
      if (body === undefined) res.writeHead(404, json).end('{}');
      else res.writeHead(200, json).end(body);
      return;
    }
    res.writeHead(404, json).end('{}');
  };
}

/** The feed at the first poll: pages 1 and 2 (its end), the recorded entry and the made-up ones. */
export async function firstFeed(recordedEntry: string): Promise<NavFeed> {
  const { REC, A, B, D, BAD } = NAV_ADS;
  const entries = new Map<string, string>([[REC, recordedEntry]]);
  for (const uuid of [A, B, D, BAD]) entries.set(uuid, await navFixture(`feedentry-${uuid}.json`));
  return {
    pages: new Map([
      [NAV_PAGES[0], await navFixture('feed-page-1.json')],
      [NAV_PAGES[1], await navFixture('feed-page-2.json')],
    ]),
    entries,
  };
}

/** The same feed later: page 2 has grown full (ad A turned inactive) and page 3 (ad D) is its end. */
export async function grownFeed(feed: NavFeed): Promise<void> {
  feed.pages.set(NAV_PAGES[1], await navFixture('feed-page-2-grown.json'));
  feed.pages.set(NAV_PAGES[2], await navFixture('feed-page-3.json'));
}
