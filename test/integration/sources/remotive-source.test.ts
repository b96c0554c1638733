import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemotiveSource } from '../../../shared/adapters/sources/remotive-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;

beforeAll(async () => {
  payload = await readFile(`${fixturesDir}sources/remote-boards/remotive-api-norway-worldwide.json`, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

const remotive = () =>
  createRemotiveSource({ id: 'remotive', type: 'remotive', url: server.url('/api/remote-jobs') }, { baseDir: '/' });

function serve(body: string, contentType = 'application/json') {
  server.respond((_req, res) => res.writeHead(200, { 'content-type': contentType }).end(body));
}

function jobs(): Record<string, unknown>[] {
  return (JSON.parse(payload) as { jobs: Record<string, unknown>[] }).jobs;
}

describe('the Remotive source reading a recorded API answer', () => {
  it('lands both jobs as remote postings, the candidate location as location, the offset-less date as UTC', async () => {
    serve(payload);
    const result = changed(await remotive().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings[0]).toMatchObject({
      sourceId: 'remotive',
      externalId: '2091126',
      title: 'AI Response Evaluator',
      company: 'iMerit Technology',
      url: 'https://remotive.com/remote-jobs/artificial-intelligence/ai-response-evaluator-2091126',
      locationText: 'France, Japan, Turkey, Vietnam, Mexico, Norway',
      remoteHint: 'remote',
      postedAt: '2026-09-11T06:49:00.000Z',
    });
    expect(result.postings[0]?.text).toContain('evaluate and rank AI generated responses');
    expect(result.postings[1]).toMatchObject({ externalId: '2086540', locationText: 'Worldwide' });
  });

  it('sends the validators back and reports a 304 as not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-modified-since'] === 'Fri, 11 Sep 2026 07:00:00 GMT') res.writeHead(304).end();
      else
        res
          .writeHead(200, { 'content-type': 'application/json', 'last-modified': 'Fri, 11 Sep 2026 07:00:00 GMT' })
          .end(payload);
    });
    const first = changed(await remotive().fetch({ state: undefined }));
    const second = await remotive().fetch({
      state: { sourceId: 'remotive', lastModified: first.lastModified, consecutiveFailures: 0 },
    });
    expect(second).toEqual({ notModified: true });
  });
});

describe('the Remotive source facing a bad answer', () => {
  it('throws a clear error for an HTML page, malformed JSON, or an object without jobs', async () => {
    serve('<html><body>Maintenance</body></html>', 'text/html');
    await expect(remotive().fetch({ state: undefined })).rejects.toThrow(/^remotive remotive: .*got an HTML page/);
    serve(payload.slice(0, 300));
    await expect(remotive().fetch({ state: undefined })).rejects.toThrow(/^remotive remotive: .*got invalid JSON/);
    serve('{"job-count":0}');
    await expect(remotive().fetch({ state: undefined })).rejects.toThrow(
      /^remotive remotive: expected a JSON object with a jobs array, got an object without a "jobs" array/,
    );
  });

  it('rejects a job without a title, naming the field, and a repeated id, while the other lands', async () => {
    const [first, second] = jobs();
    serve(JSON.stringify({ jobs: [{ ...first, title: null }, second, { ...second, title: 'Again' }] }));
    const result = changed(await remotive().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual(['Inside Sales Contractor']);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^remotive remotive: posting 0 \(2091126\): title: /),
      'remotive remotive: posting 2 (2086540): duplicate id, posting 1 has it too; kept the first',
    ]);
  });

  it('lands a job with an unreadable date, without a date', async () => {
    const [first] = jobs();
    serve(JSON.stringify({ jobs: [{ ...first, publication_date: '11/09/2026' }] }));
    expect(changed(await remotive().fetch({ state: undefined })).postings[0]?.postedAt).toBeUndefined();
  });
});
