import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobviteSource } from '../../../shared/adapters/sources/jobvite-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

const searchPath = '/feedingamerica/search';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let page: string;
/** Synthetic job pages of our own (none is recorded), in Jobvite's markup. */
let jobPage: string;
let jsonLdJobPage: string;
const ownFixtures = new URL('../../fixtures/sources/jobvite/', import.meta.url);

beforeAll(async () => {
  page = await readFile(join(fixturesDir, 'sources/jobvite/careerkit_jobvite_search.html'), 'utf8');
  jobPage = await readFile(new URL('job-page.html', ownFixtures), 'utf8');
  jsonLdJobPage = await readFile(new URL('job-page-json-ld.html', ownFixtures), 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function jobvite(config: { company?: string } = {}) {
  return createJobviteSource(
    { id: 'feeding', type: 'jobvite', url: server.url(searchPath), ...config },
    { baseDir: '/' },
  );
}

const html = { 'content-type': 'text/html; charset=utf-8' };
const jobPageRequests = () => server.requests.map((r) => r.url).filter((url) => url.includes('/job/'));

/** Serves `search` at the search page's path, and what `job(path)` gives at a job page's (undefined: a 404). */
function serve(search: string, job: (path: string) => string | undefined = () => jobPage) {
  server.respond((req, res) => {
    const path = req.url ?? '';
    const body = path.includes('/job/') ? job(path) : search;
    if (body === undefined) res.writeHead(404, html).end('<html><body>Not found</body></html>');
    else res.writeHead(200, html).end(body);
  });
}

describe('the Jobvite source reading a recorded Feeding America search page', () => {
  it('reads both listed jobs with their titles, links and places, and each job page’s ad', async () => {
    serve(page);
    const result = changed(await jobvite({ company: 'feedingamerica' }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toEqual([
      {
        sourceId: 'feeding',
        externalId: 'octxAfww',
        title: 'Manager, Development (Chicago/Hybrid)',
        // Every job page here is the one synthetic page.
        text: 'Sell our software to companies in Greece and Cyprus, in Greek and English.\n\nYou have\n\n- Two years in B2B sales\n- Greek and English, both fluent',
        url: 'https://jobs.jobvite.com/feedingamerica/job/octxAfww',
        // The list's place stands before the page's meta line.
        locationText: 'Chicago, Illinois',
      },
      expect.objectContaining({
        externalId: 'ohAzAfwK',
        title: 'Manager, Technology Vendor Management (Chicago/Hybrid)',
        text: expect.stringContaining('Greek and English, both fluent'),
        locationText: 'Chicago, Illinois',
      }),
    ]);
    // The job pages are read beside the search page (a mirror's), not from jobs.jobvite.com.
    expect(server.requests[0]?.url).toBe(searchPath);
    expect(jobPageRequests().sort()).toEqual(['/feedingamerica/job/octxAfww', '/feedingamerica/job/ohAzAfwK']);
  });

  it('links to the page it read when no company is given', async () => {
    serve(page);
    const result = changed(await jobvite().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.url)).toEqual([
      server.url('/feedingamerica/job/octxAfww'),
      server.url('/feedingamerica/job/ohAzAfwK'),
    ]);
  });

  it('rejects a job link without a title, naming it, while the other lands', async () => {
    serve(page.replace('>Manager, Development (Chicago/Hybrid)</a>', '>  </a>'));
    const result = changed(await jobvite().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['ohAzAfwK']);
    expect(result.rejected).toEqual([
      {
        externalId: 'octxAfww',
        reason: 'jobvite feeding: posting 0 (octxAfww): title: is empty (the link has no text)',
      },
    ]);
  });

  it('takes the text, place, remote hint and date from the JobPosting JSON-LD when the page has one', async () => {
    serve(page, () => jsonLdJobPage);
    const result = changed(await jobvite().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings[0]).toMatchObject({
      text: 'Help our customers across Europe with our API, in English and Polish.\n\n- Three years in technical support',
      locationText: 'Kraków, Poland',
      remoteHint: 'remote',
      postedAt: '2026-11-20T00:00:00.000Z',
    });
  });

  it('reads the places from the job page’s meta line when the list only counts them', async () => {
    serve(page.replace('>Chicago, Illinois</td>', '>2 Locations</td>'));
    const result = changed(await jobvite().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.locationText)).toEqual(['Athens, Greece', 'Chicago, Illinois']);
  });

  it('rejects a job whose page fails or holds no ad, naming the page, while the other lands', async () => {
    serve(page, (path) => (path.includes('octxAfww') ? undefined : jobPage));
    const failed = changed(await jobvite().fetch({ state: undefined }));
    expect(failed.postings.map((p) => p.externalId)).toEqual(['ohAzAfwK']);
    expect(failed.rejected).toEqual([
      {
        externalId: 'octxAfww',
        reason: `jobvite feeding: posting 0 (octxAfww): job page: HTTP 404 from ${server.url('/feedingamerica/job/octxAfww')}`,
      },
    ]);

    // Jobvite answers a job that is gone with its job list: a page without the ad.
    serve(page, (path) => (path.includes('ohAzAfwK') ? page : jobPage));
    const empty = changed(await jobvite().fetch({ state: undefined }));
    expect(empty.postings.map((p) => p.externalId)).toEqual(['octxAfww']);
    expect(empty.rejected).toEqual([
      {
        externalId: 'ohAzAfwK',
        reason: `jobvite feeding: posting 1 (ohAzAfwK): job page: no JobPosting JSON-LD description and no .jv-job-detail-description element text in ${server.url('/feedingamerica/job/ohAzAfwK')}`,
      },
    ]);
  });

  it('reads a job page once while the list says the same of the job', async () => {
    const source = jobvite();
    serve(page);
    await source.fetch({ state: undefined });
    expect(jobPageRequests()).toHaveLength(2);
    serve(page.replace('>Manager, Development (Chicago/Hybrid)<', '>Senior Manager, Development (Chicago/Hybrid)<'));
    await source.fetch({ state: undefined });
    expect(jobPageRequests()).toEqual(['/feedingamerica/job/octxAfww']);
  });

  it('rejects a job link without an id, naming the field', async () => {
    serve(page.replace('/feedingamerica/job/ohAzAfwK', '/feedingamerica/job/'));
    const result = changed(await jobvite().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['octxAfww']);
    expect(result.rejected).toEqual([
      { reason: 'jobvite feeding: posting 1: id: must be a Jobvite job id (the link has none)' },
    ]);
  });
});
