import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changed, successFactorsSource as source, startSuccessFactorsSite } from './successfactors-site';

let site: Awaited<ReturnType<typeof startSuccessFactorsSite>>;
let server: typeof site.server;
let feed: string;
let searchPage: string;
let jobPage: string;
let themedJobPage: string;

beforeAll(async () => {
  site = await startSuccessFactorsSite();
  ({ server, feed, searchPage, jobPage, themedJobPage } = site);
});
afterAll(async () => {
  await site?.server.close();
});

const serveSearch: typeof site.serveSearch = (...args) => site.serveSearch(...args);
const serveFeed: typeof site.serveFeed = (body) => site.serveFeed(body);
const jobPageRequests = () => site.jobPageRequests();

describe('the SuccessFactors source reading job pages', () => {
  it('rejects a job whose page fails or holds no ad, naming the page, while the rest land', async () => {
    serveSearch(
      () => searchPage,
      (path) =>
        path.includes('/1441317233/')
          ? undefined
          : path.includes('/1444096433/')
            ? '<html><body><h1>This job is no longer available</h1></body></html>'
            : jobPage,
    );
    const result = changed(await source({ site: server.url('/ey') }).fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['1437378433', '1441315633']);
    const gone = server.url('/ey/job/Chennai-DE-Cloud-Senior-Data-Platform-Engineer-GDSN02-TN-600032/1441317233/');
    expect(result.rejected).toEqual([
      {
        externalId: '1444096433',
        reason: expect.stringMatching(
          /^successfactors sf: posting 1 \(1444096433\): job page: no JobPosting JSON-LD description and no \.jobdescription, \[itemprop=description\] or #job-description element text in http:/,
        ),
      },
      {
        externalId: '1441317233',
        reason: expect.stringMatching(
          new RegExp(`^successfactors sf: posting 2 \\(1441317233\\): job page: .*404.*${gone}`),
        ),
      },
    ]);
  });

  it('reads a theme’s #job-description ad and its jobGeoLocation place', async () => {
    serveSearch(
      () => searchPage,
      () => themedJobPage,
    );
    const result = changed(await source({ site: server.url('/ey') }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings[0]?.locationText).toBe('Sofia, BG');
    expect(result.postings[0]?.text).toMatch(/^Ihre Aufgaben\n\n- Kreditorenbuchhaltung für unsere deutschen Kunden\n/);
    expect(result.postings[0]?.postedAt).toBeUndefined();
  });

  it('reads each job page once while the list says the same of the job, and again once it changes', async () => {
    serveSearch(() => searchPage);
    const sf = source({ site: server.url('/ey') });
    await sf.fetch({ state: undefined });
    expect(jobPageRequests()).toHaveLength(4);

    serveSearch(() => searchPage.replace('>MS-FDL-Data Operation Specialist<', '>MS-FDL-Data Operations Lead<'));
    const again = changed(await sf.fetch({ state: undefined }));
    expect(again.postings).toHaveLength(4);
    expect(jobPageRequests()).toEqual(['/ey/job/Kolkata-MS-FDL-Data-Operation-Specialist-WB-700091/1437378433/']);
  });

  it('reads the job page of a feed item whose description is empty, and only of that one', async () => {
    const local = feed.replaceAll('https://careers.qorvo.com/', server.url('/'));
    serveFeed(local.replace('<description><![CDATA[...]]></description>', '<description></description>'));
    const result = changed(await source({ feed: server.url('/feeds/?locale=en_US') }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.text.slice(0, 14))).toEqual(['About the role', '...']);
    expect(result.postings[0]).toMatchObject({
      locationText: 'Lisbon, Lisboa, Portugal',
      postedAt: '2026-10-02T07:00:00.000Z',
    });
    expect(jobPageRequests()).toEqual(['/job/Richardson-Principal-Research-Scientist-TX-75080/1397790900/']);
  });
});
