import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobviteSource } from '../../../shared/adapters/sources/jobvite-source';
import type { FetchResult } from '../../../shared/ports/source';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

const searchPath = '/feedingamerica/search';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let page: string;

beforeAll(async () => {
  page = await readFile(join(fixturesDir, 'sources/jobvite/careerkit_jobvite_search.html'), 'utf8');
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

function serve(html: string) {
  server.respond((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
}

function changed(result: FetchResult) {
  if (result.notModified) throw new Error('expected a changed document');
  return result;
}

describe('the Jobvite source reading a recorded Feeding America search page', () => {
  it('reads both listed jobs with their titles, links and places', async () => {
    serve(page);
    const result = changed(await jobvite({ company: 'feedingamerica' }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toEqual([
      {
        sourceId: 'feeding',
        externalId: 'octxAfww',
        title: 'Manager, Development (Chicago/Hybrid)',
        text: 'Manager, Development (Chicago/Hybrid)\nChicago, Illinois',
        url: 'https://jobs.jobvite.com/feedingamerica/job/octxAfww',
        locationText: 'Chicago, Illinois',
      },
      expect.objectContaining({
        externalId: 'ohAzAfwK',
        title: 'Manager, Technology Vendor Management (Chicago/Hybrid)',
        locationText: 'Chicago, Illinois',
      }),
    ]);
    expect(server.requests.map((r) => r.url)).toEqual([searchPath]);
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

  it('rejects a job link without an id, naming the field', async () => {
    serve(page.replace('/feedingamerica/job/ohAzAfwK', '/feedingamerica/job/'));
    const result = changed(await jobvite().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['octxAfww']);
    expect(result.rejected).toEqual([
      { reason: 'jobvite feeding: posting 1: id: must be a Jobvite job id (the link has none)' },
    ]);
  });
});
