import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceConfigSchema } from '../../../shared/adapters/sources/registry';
import {
  MAX_SEARCH_PAGES,
  siteSearchUrl,
  splitTitlePlace,
} from '../../../shared/adapters/sources/successfactors-source';
import { changed, successFactorsSource as source, startSuccessFactorsSite } from './successfactors-site';

let site: Awaited<ReturnType<typeof startSuccessFactorsSite>>;
let server: typeof site.server;
let feed: string;
let searchPage: string;
let jobPage: string;

beforeAll(async () => {
  site = await startSuccessFactorsSite();
  ({ server, feed, searchPage, jobPage } = site);
});
afterAll(async () => {
  await site?.server.close();
});

const serveSearch: typeof site.serveSearch = (...args) => site.serveSearch(...args);
const serveFeed: typeof site.serveFeed = (body) => site.serveFeed(body);
const searchRequests = () => site.searchRequests();
const jobPageRequests = () => site.jobPageRequests();
const rows = () => site.rows();
const pageWith: typeof site.pageWith = (...args) => site.pageWith(...args);

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
  it('reads all four rows: title and absolute link from the list; text, places and date from each job page', async () => {
    // The recorded label says 43 results but the recorder kept 4 rows: page 2 repeats them here,
    // which stops the paging (no new job). Every job page is the one synthetic page.
    serveSearch(() => searchPage);
    const result = changed(await source({ site: server.url('/ey') }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(4);
    expect(result.postings[0]).toEqual({
      sourceId: 'sf',
      externalId: '1437378433',
      title: 'MS-FDL-Data Operation Specialist',
      text: expect.stringContaining('You answer our German-speaking customers by phone, chat and e-mail'),
      url: server.url('/ey/job/Kolkata-MS-FDL-Data-Operation-Specialist-WB-700091/1437378433/'),
      // The page's microdata address, its country code named.
      locationText: 'Lisbon, Lisboa, Portugal',
      postedAt: '2026-11-03T00:00:00.000Z',
    });
    const text = result.postings[0]?.text ?? '';
    expect(text).toContain('- German at C1 level and good English');
    // Only the ad: not the summary meta, the page's title, the apply button or the similar jobs.
    for (const outside of ['summary for search engines', 'Apply now', 'Similar jobs', 'Team Lead', 'jobId'])
      expect(text).not.toContain(outside);
    expect(result.postings[1]).toMatchObject({
      title: 'EY - GDS Consulting - AI And DATA - Databricks Architect - Senior Manager',
      text,
    });
    expect(result.postings.map((p) => p.externalId)).toEqual(['1437378433', '1444096433', '1441317233', '1441315633']);
    expect(searchRequests()).toEqual(['/ey/search/?q=', '/ey/search/?q=&startrow=25']);
    expect(jobPageRequests().sort()).toEqual(result.postings.map((p) => new URL(p.url ?? '').pathname).sort());
  });

  it('keeps the list’s place, without the "+1 more" teaser, when the job page names none', async () => {
    const placeless = jobPage.replace(/<p id="job-location"[\s\S]*?<\/p>/, '');
    expect(placeless).not.toBe(jobPage);
    serveSearch(
      () => searchPage,
      () => placeless,
    );
    const result = changed(await source({ site: server.url('/ey') }).fetch({ state: undefined }));
    expect(result.postings.map((p) => p.locationText)).toEqual([
      'Kolkata, WB, IN, 700091',
      'Pune, MH, IN, 411014',
      'Chennai, TN, IN, 600032',
      expect.any(String),
    ]);
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
    expect(result.coverage).toBeUndefined();
    expect(searchRequests()).toEqual(['/search/?q=data+engineer', '/search/?q=data+engineer&startrow=2']);
  });

  it('stops after MAX_SEARCH_PAGES however many results the label promises', async () => {
    const [a] = rows() as [string];
    // Each page's one row gets its own job id, so that every page brings a new job.
    serveSearch((startrow) =>
      pageWith([startrow + 1, startrow + 1, 100_000], [a.replaceAll('1437378433', `${1437378433 + startrow}`)]),
    );
    const result = changed(await source({ url: server.url('/search/?locale=en_US&q=') }).fetch({ state: undefined }));
    expect(searchRequests()).toHaveLength(MAX_SEARCH_PAGES);
    expect(result.postings).toHaveLength(MAX_SEARCH_PAGES);
    expect(searchRequests()[1]).toBe('/search/?locale=en_US&q=&startrow=1');
  });

  it('calls a listing longer than the page cap partial, so that nothing it did not read is closed', async () => {
    const [a] = rows() as [string];
    serveSearch((startrow) =>
      pageWith(
        [startrow + 1, startrow + 1, MAX_SEARCH_PAGES + 1],
        [a.replaceAll('1437378433', `${1437378433 + startrow}`)],
      ),
    );
    const cut = changed(await source({ site: server.url('') }).fetch({ state: undefined }));
    expect(cut.postings).toHaveLength(MAX_SEARCH_PAGES);
    expect(cut.coverage).toBe('partial');

    // One job fewer fits under the cap: the whole listing is read, and may close what it lacks.
    serveSearch((startrow) =>
      pageWith(
        [startrow + 1, startrow + 1, MAX_SEARCH_PAGES],
        [a.replaceAll('1437378433', `${1437378433 + startrow}`)],
      ),
    );
    const whole = changed(await source({ site: server.url('') }).fetch({ state: undefined }));
    expect(whole.postings).toHaveLength(MAX_SEARCH_PAGES);
    expect(whole.coverage).toBeUndefined();
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
