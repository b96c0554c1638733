import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHimalayasSource } from '../../../shared/adapters/sources/himalayas-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;

beforeAll(async () => {
  payload = await readFile(`${fixturesDir}sources/remote-boards/himalayas-jobs-api-romania.json`, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

const himalayas = () =>
  createHimalayasSource({ id: 'himalayas', type: 'himalayas', url: server.url('/jobs/api?limit=5') }, { baseDir: '/' });

function serve(body: string, contentType = 'application/json') {
  server.respond((_req, res) => res.writeHead(200, { 'content-type': contentType }).end(body));
}

function withJobs(jobs: unknown[]): string {
  return JSON.stringify({ ...JSON.parse(payload), jobs });
}

function jobs(): Record<string, unknown>[] {
  return (JSON.parse(payload) as { jobs: Record<string, unknown>[] }).jobs;
}

describe('the Himalayas source reading a recorded API answer', () => {
  it('keys jobs by guid and reads the allowed countries as the location of a remote job', async () => {
    serve(payload);
    const result = changed(await himalayas().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(4);
    expect(result.postings[2]).toMatchObject({
      sourceId: 'himalayas',
      externalId: 'https://himalayas.app/companies/mindrift/jobs/portfolio-manager-freelance-ai-trainer-169480136',
      title: 'Portfolio Manager - Freelance AI Trainer',
      company: 'Mindrift',
      url: 'https://himalayas.app/companies/mindrift/jobs/portfolio-manager-freelance-ai-trainer-169480136',
      locationText: 'Romania',
      remoteHint: 'remote',
      postedAt: new Date(1783731390 * 1000).toISOString(),
    });
    expect(result.postings[2]?.text).toContain('Please submit your CV in English');
    expect(result.postings[1]?.locationText).toBe('Hong Kong, Singapore, Taiwan');
  });

  it('sends the validators back and reports a 304 as not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"h1"') res.writeHead(304, { etag: '"h1"' }).end();
      else res.writeHead(200, { 'content-type': 'application/json', etag: '"h1"' }).end(payload);
    });
    const first = changed(await himalayas().fetch({ state: undefined }));
    const second = await himalayas().fetch({
      state: { sourceId: 'himalayas', etag: first.etag, consecutiveFailures: 0 },
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"h1"');
    expect(second).toEqual({ notModified: true, etag: '"h1"' });
  });
});

describe('the Himalayas source facing a bad answer', () => {
  it('throws a clear error for an HTML page and for malformed JSON', async () => {
    serve('<!doctype html><h1>Too many requests</h1>', 'text/html');
    await expect(himalayas().fetch({ state: undefined })).rejects.toThrow(/^himalayas himalayas: .*got an HTML page/);
    serve(payload.slice(0, 1000));
    await expect(himalayas().fetch({ state: undefined })).rejects.toThrow(/^himalayas himalayas: .*got invalid JSON/);
  });

  it('rejects a job without a guid, naming the field, and a repeated guid, while the others land', async () => {
    const [first, second, third] = jobs();
    const { guid: _dropped, ...noGuid } = first!;
    serve(withJobs([noGuid, second, third, second]));
    const result = changed(await himalayas().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.company)).toEqual(['Binance', 'Mindrift']);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^himalayas himalayas: posting 0: guid: /),
      expect.stringMatching(
        /^himalayas himalayas: posting 3 \(https:\/\/himalayas\.app\/companies\/binance\/.+\): duplicate id/,
      ),
    ]);
  });

  it('lands a job with an unreadable date, without a date', async () => {
    const [first] = jobs();
    serve(withJobs([{ ...first, pubDate: 'yesterday' }]));
    const result = changed(await himalayas().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings[0]?.postedAt).toBeUndefined();
  });
});
