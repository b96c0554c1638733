import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamtailorSource } from '../../../shared/adapters/sources/teamtailor-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let jsonFeed: string;
let rssFeed: string;

beforeAll(async () => {
  jsonFeed = await readFile(`${fixturesDir}sources/teamtailor/upcloud-helsinki-jobs-jsonfeed.json`, 'utf8');
  rssFeed = await readFile(`${fixturesDir}sources/teamtailor/upcloud-helsinki-jobs-rss.xml`, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

const teamtailor = (path = '/jobs.json') =>
  createTeamtailorSource({ id: 'upcloud', type: 'teamtailor', url: server.url(path) }, { baseDir: '/' });

function serve(body: string, contentType: string, headers: Record<string, string> = {}) {
  server.respond((_req, res) => res.writeHead(200, { 'content-type': contentType, ...headers }).end(body));
}

function feedItems(): Record<string, unknown>[] {
  return (JSON.parse(jsonFeed) as { items: Record<string, unknown>[] }).items;
}

function withItems(items: unknown[]): string {
  return JSON.stringify({ ...JSON.parse(jsonFeed), items });
}

describe('the Teamtailor source reading the recorded UpCloud JSON Feed', () => {
  it('lands the three real jobs with their JobPosting locations and rejects the broken fourth item, naming id', async () => {
    serve(jsonFeed, 'application/feed+json');
    const result = changed(await teamtailor().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual([
      'Business Intelligence Analyst',
      'Full Stack Developer',
      'Growth Engineer, Lifecycle Marketing',
    ]);
    expect(result.postings[0]).toMatchObject({
      sourceId: 'upcloud',
      externalId: 'd8938509-ff5a-4755-a5f7-5f89a0ac791e',
      company: 'UpCloud',
      url: 'https://upcloud.teamtailor.com/jobs/8323453-business-intelligence-analyst',
      locationText: 'Helsinki, Finland, FI',
      postedAt: '2026-09-04T11:50:13.000Z',
    });
    expect(result.postings[2]?.locationText).toBe('Helsinki, Finland, FI; Helsinki, Europe, FI');
    expect(result.postings[0]?.text).toContain('join UpCloud’s Finance team');
    expect(result.postings[0]?.text).not.toMatch(/<\/?(p|span|strong)\b/);
    expect(result.rejected).toEqual([{ reason: expect.stringMatching(/^teamtailor upcloud: posting 3: id: /) }]);
  });

  it('keeps the first of two items with the same id and rejects the second with the reason', async () => {
    const [first, second] = feedItems();
    serve(withItems([first, second, { ...first, title: 'Business Intelligence Analyst (again)' }]), 'application/json');
    const result = changed(await teamtailor().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual(['Business Intelligence Analyst', 'Full Stack Developer']);
    expect(result.rejected[0]?.reason).toBe(
      'teamtailor upcloud: posting 2 (d8938509-ff5a-4755-a5f7-5f89a0ac791e): duplicate id, posting 0 has it too; kept the first',
    );
  });

  it('lands an item with an unreadable date, without a date', async () => {
    const [first] = feedItems();
    serve(withItems([{ ...first, date_published: '04/09/2026' }]), 'application/json');
    const [posting] = changed(await teamtailor().fetch({ state: undefined })).postings;
    expect(posting?.title).toBe('Business Intelligence Analyst');
    expect(posting?.postedAt).toBeUndefined();
  });
});

describe('the Teamtailor source reading the recorded UpCloud RSS feed', () => {
  it('reads remoteStatus as the remote hint and tt:locations as the location', async () => {
    serve(rssFeed, 'application/rss+xml');
    const result = changed(await teamtailor('/jobs.rss').fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(2);
    expect(result.postings[0]).toMatchObject({
      externalId: 'd8938509-ff5a-4755-a5f7-5f89a0ac791e',
      title: 'Business Intelligence Analyst',
      company: 'UpCloud',
      url: 'https://upcloud.teamtailor.com/jobs/8323453-business-intelligence-analyst',
      locationText: 'Helsinki, Finland',
      remoteHint: 'hybrid',
      postedAt: '2026-09-04T11:50:13.000Z',
    });
    expect(result.postings[1]).toMatchObject({ title: 'Full Stack Developer', remoteHint: 'remote' });
    expect(result.postings[1]?.text).toContain('you’ll be literally building the cloud');
  });
});

describe('the Teamtailor source polling conditionally', () => {
  it('sends the validators back and reports a 304 as not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"t1"') res.writeHead(304, { etag: '"t1"' }).end();
      else
        res
          .writeHead(200, {
            'content-type': 'application/json',
            etag: '"t1"',
            'last-modified': 'Fri, 04 Sep 2026 12:00:00 GMT',
          })
          .end(jsonFeed);
    });
    const first = changed(await teamtailor().fetch({ state: undefined }));
    const second = await teamtailor().fetch({
      state: { sourceId: 'upcloud', etag: first.etag, lastModified: first.lastModified, consecutiveFailures: 0 },
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"t1"');
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Fri, 04 Sep 2026 12:00:00 GMT');
    expect(second).toEqual({ notModified: true, etag: '"t1"' });
  });
});

describe('the Teamtailor source facing a bad answer', () => {
  it('throws a clear error for an HTML error page served with 200', async () => {
    serve('<!doctype html><title>Career site unavailable</title>', 'text/html');
    await expect(teamtailor().fetch({ state: undefined })).rejects.toThrow(
      /^teamtailor upcloud: expected .*, got an HTML page \(text\/html\)/,
    );
  });

  it('throws a clear error for malformed JSON and for JSON that is not a JSON Feed', async () => {
    serve(jsonFeed.slice(0, 700), 'application/json');
    await expect(teamtailor().fetch({ state: undefined })).rejects.toThrow(/^teamtailor upcloud: .*got invalid JSON/);
    serve('{"data":[]}', 'application/vnd.api+json');
    await expect(teamtailor().fetch({ state: undefined })).rejects.toThrow(
      /^teamtailor upcloud: expected a JSON Feed .*, got an object that is not one/,
    );
  });

  it('throws a clear error for an RSS feed cut short', async () => {
    serve(rssFeed.slice(0, 1500), 'application/rss+xml');
    await expect(teamtailor('/jobs.rss').fetch({ state: undefined })).rejects.toThrow(
      /^teamtailor upcloud: .*got malformed XML/,
    );
  });
});
