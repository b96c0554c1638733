import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceConfigSchema } from '../../../shared/adapters/sources/registry';
import {
  createSuccessFactorsSource,
  MAX_SEARCH_PAGES,
  type SuccessFactorsSourceConfig,
  siteSearchUrl,
  splitTitlePlace,
} from '../../../shared/adapters/sources/successfactors-source';
import type { FetchResult } from '../../../shared/ports/source';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let feed: string;
let searchPage: string;

beforeAll(async () => {
  feed = await readFile(`${fixturesDir}sources/successfactors/qorvo_custom_rss.xml`, 'utf8');
  searchPage = await readFile(`${fixturesDir}sources/successfactors/jobpilot_ey_search_results.html`, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

const source = (address: Partial<SuccessFactorsSourceConfig>) =>
  createSuccessFactorsSource({ id: 'sf', type: 'successfactors', ...address }, { baseDir: '/' });

function changed(result: FetchResult) {
  if (result.notModified) throw new Error('expected a changed document');
  return result;
}

/** Serves `pages(startrow)` as HTML at any path; the feed is served by `serveFeed`. */
function serveSearch(page: (startrow: number) => string) {
  server.respond((req, res) => {
    const startrow = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('startrow') ?? 0);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(startrow));
  });
}

function serveFeed(body: string) {
  server.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body));
}

/** The recorded page's rows, each from `<tr class="data-row">` to `</tr>`. */
function rows(): string[] {
  return searchPage
    .split('<tr class="data-row">')
    .slice(1)
    .map((part) => `<tr class="data-row">${part.slice(0, part.indexOf('</tr>'))}</tr>`);
}

/** The recorded page with its label's numbers replaced and only the chosen rows. */
function pageWith(label: [number, number, number], chosen: string[]): string {
  const head = searchPage
    .slice(0, searchPage.indexOf('<tr class="data-row">'))
    .replace('<b>1 – 25</b> of <b>43</b>', `<b>${label[0]} – ${label[1]}</b> of <b>${label[2]}</b>`);
  return `${head}${chosen.join('')}</tbody></table></body></html>`;
}

describe('the SuccessFactors source reading the recorded Qorvo RSS feed', () => {
  it('reads both items: the place ending the title becomes the location, the job id the key', async () => {
    serveFeed(feed);
    const result = changed(await source({ feed: server.url('/feeds/?locale=en_US') }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(2);
    expect(result.postings.map((p) => p.title)).toEqual([
      'Principal Research Scientist',
      'Principal Research Scientist - RF MMIC Design',
    ]);
    expect(result.postings[0]).toEqual({
      sourceId: 'sf',
      externalId: '1397790900',
      title: 'Principal Research Scientist',
      // The recorder replaced every description with "...".
      text: '...',
      url: 'https://careers.qorvo.com/job/Richardson-Principal-Research-Scientist-TX-75080/1397790900/',
      locationText: 'Richardson, TX, US, 75080',
      postedAt: '2026-10-02T07:00:00.000Z',
    });
    expect(result.postings[1]).toMatchObject({ externalId: '1397710500', locationText: 'Richardson, TX, US, 75080' });
  });

  it('rejects an item without a title, naming the field, while the other lands', async () => {
    const broken = feed.replace(
      '<title><![CDATA[Principal Research Scientist (Richardson',
      '<title><![CDATA[ (Richardson',
    );
    const noTitle = broken.replace(/<title><!\[CDATA\[ \(Richardson, TX, US, 75080\)\]\]><\/title>/, '');
    expect(noTitle).not.toBe(feed);
    serveFeed(noTitle);
    const result = changed(await source({ feed: server.url('/feed') }).fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['1397710500']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]?.externalId).toBe('1397790900');
    expect(result.rejected[0]?.reason).toMatch(/^successfactors sf: posting 0 \(1397790900\): .*title/);
  });

  it('sends the validators back and reports a 304 as not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"q1"') res.writeHead(304, { etag: '"q1"' }).end();
      else res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"q1"' }).end(feed);
    });
    const sf = source({ feed: server.url('/feed') });
    const first = changed(await sf.fetch({ state: undefined }));
    const second = await sf.fetch({ state: { sourceId: 'sf', etag: first.etag, consecutiveFailures: 0 } });
    expect(second).toEqual({ notModified: true, etag: '"q1"' });
  });
});

describe('the SuccessFactors source reading the recorded EY search page', () => {
  it('reads all four rows: title, absolute link, place without the "+1 more" teaser; no text', async () => {
    // The recorded label says 43 results but the recorder kept 4 rows: page 2 repeats them here,
    // which stops the paging (no new job).
    serveSearch(() => searchPage);
    const result = changed(await source({ site: server.url('/ey') }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(4);
    expect(result.postings[0]).toEqual({
      sourceId: 'sf',
      externalId: '1437378433',
      title: 'MS-FDL-Data Operation Specialist',
      // No detail page is recorded: the search list's postings carry no text.
      text: '',
      url: server.url('/ey/job/Kolkata-MS-FDL-Data-Operation-Specialist-WB-700091/1437378433/'),
      locationText: 'Kolkata, WB, IN, 700091',
    });
    expect(result.postings[1]).toMatchObject({
      title: 'EY - GDS Consulting - AI And DATA - Databricks Architect - Senior Manager',
      locationText: 'Pune, MH, IN, 411014',
    });
    expect(result.postings.map((p) => p.externalId)).toEqual(['1437378433', '1444096433', '1441317233', '1441315633']);
    expect(server.requests.map((r) => r.url)).toEqual(['/ey/search/?q=', '/ey/search/?q=&startrow=25']);
  });

  it('rejects a row without a title, naming the field, while the rest land', async () => {
    const [a, b, c, d] = rows() as [string, string, string, string];
    const untitled = b.replaceAll(/class="jobTitle-link">[^<]*</g, 'class="jobTitle-link"><');
    expect(untitled).not.toBe(b);
    serveSearch(() => pageWith([1, 4, 4], [a, untitled, c, d]));
    const result = changed(await source({ site: server.url('') }).fetch({ state: undefined }));
    expect(result.postings).toHaveLength(3);
    expect(result.rejected).toEqual([
      {
        externalId: '1444096433',
        reason: expect.stringMatching(/^successfactors sf: posting 1 \(1444096433\): title/),
      },
    ]);
  });

  it('follows startrow pages up to the total the label gives', async () => {
    const [a, b, c, d] = rows() as [string, string, string, string];
    serveSearch((startrow) => (startrow === 0 ? pageWith([1, 2, 4], [a, b]) : pageWith([3, 4, 4], [c, d])));
    const result = changed(await source({ site: server.url(''), query: 'data engineer' }).fetch({ state: undefined }));
    expect(result.postings).toHaveLength(4);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/search/?q=data+engineer',
      '/search/?q=data+engineer&startrow=2',
    ]);
  });

  it('stops after MAX_SEARCH_PAGES however many results the label promises', async () => {
    const [a] = rows() as [string];
    // Each page's one row gets its own job id, so that every page brings a new job.
    serveSearch((startrow) =>
      pageWith([startrow + 1, startrow + 1, 100_000], [a.replaceAll('1437378433', `${1437378433 + startrow}`)]),
    );
    const result = changed(await source({ url: server.url('/search/?locale=en_US&q=') }).fetch({ state: undefined }));
    expect(server.requests).toHaveLength(MAX_SEARCH_PAGES);
    expect(result.postings).toHaveLength(MAX_SEARCH_PAGES);
    expect(server.requests[1]?.url).toBe('/search/?locale=en_US&q=&startrow=1');
  });

  it('fails naming what it expected when the page has no result rows', async () => {
    serveSearch(() => '<html><body><p>Maintenance</p></body></html>');
    await expect(source({ site: server.url('') }).fetch({ state: undefined })).rejects.toThrow(
      /successfactors sf: expected a SuccessFactors search page \(tr\.data-row rows\)/,
    );
  });
});

describe('the SuccessFactors config', () => {
  const check = (extra: Record<string, unknown>) =>
    sourceConfigSchema.safeParse({ id: 'sf', type: 'successfactors', ...extra });

  it('accepts a feed, a site with a query, or a search url', () => {
    expect(check({ feed: 'https://careers.example.org/services/rss/job/?locale=en_US&keywords=' }).success).toBe(true);
    expect(check({ site: 'https://careers.example.org', query: 'support' }).success).toBe(true);
    expect(check({ url: 'https://careers.example.org/search/?q=&locale=de_DE' }).success).toBe(true);
  });

  it('names the field that is missing, doubled, misplaced or malformed', () => {
    const paths = (extra: Record<string, unknown>) => check(extra).error?.issues.map((i) => i.path.join('.'));
    expect(paths({})).toEqual(['feed']);
    expect(check({}).error?.issues[0]?.message).toBe('one of feed, site or url is required');
    expect(paths({ feed: 'https://a.example/rss', site: 'https://a.example' })).toEqual(['site']);
    expect(paths({ feed: 'https://a.example/rss', query: 'x' })).toEqual(['query']);
    expect(paths({ site: 'ftp://a.example' })).toEqual(['site']);
    expect(paths({ site: 'https://a.example', extra: 1 })).toEqual(['']);
  });

  it('builds the search address from the site, its path prefix kept', () => {
    expect(siteSearchUrl('https://careers.ey.com/ey/', 'data & AI')).toBe(
      'https://careers.ey.com/ey/search/?q=data+%26+AI',
    );
  });

  it('splits only a place-like parenthesis off a title', () => {
    expect(splitTitlePlace('Engineer (Porto, PT)')).toEqual({ title: 'Engineer', place: 'Porto, PT' });
    expect(splitTitlePlace('Support Agent (German)')).toEqual({ title: 'Support Agent (German)' });
    expect(splitTitlePlace('Developer (Java, Kotlin)')).toEqual({ title: 'Developer (Java, Kotlin)' });
  });
});
