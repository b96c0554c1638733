import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRssSource } from '../../../shared/adapters/sources/rss-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;
let jobXml: string;

beforeAll(async () => {
  payload = await readFile(`${fixturesDir}sources/rss/weworkremotely-remote-jobs-rss.xml`, 'utf8');
  jobXml = await readFile(`${fixturesDir}sources/indeed-style-xml/workable-all-customers-feed-sample.xml`, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

const rss = (opts: { companyInTitle?: boolean; company?: string } = {}) =>
  createRssSource({ id: 'wwr', type: 'rss', url: server.url('/remote-jobs.rss'), ...opts }, { baseDir: '/' });

function serve(body: string, contentType = 'application/rss+xml; charset=utf-8') {
  server.respond((_req, res) => res.writeHead(200, { 'content-type': contentType }).end(body));
}

/** The recorded feed's items, each from `<item>` to `</item>`. */
function items(): string[] {
  return payload
    .split('<item>')
    .slice(1)
    .map((part) => `<item>${part.slice(0, part.indexOf('</item>'))}</item>`);
}

function feedWith(...chosen: string[]): string {
  const head = payload.slice(0, payload.indexOf('<item>'));
  return `${head}${chosen.join('\n')}\n  </channel>\n</rss>\n`;
}

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Payments careers</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>
  <updated>2026-11-02T09:00:00+01:00</updated>
  <link rel="self" href="https://example.com/careers.atom"/>
  <entry>
    <id>urn:example:job:41</id>
    <title>Kundeservicemedarbeider med norsk</title>
    <link rel="alternate" href="https://example.com/careers/41"/>
    <published>2026-11-02T09:00:00+01:00</published>
    <updated>2026-11-03T10:00:00+01:00</updated>
    <category term="Customer Support"/>
    <content type="html">&lt;p&gt;Du snakker &lt;strong&gt;norsk&lt;/strong&gt; flytende og jobber fra Lisboa.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>urn:example:job:42</id>
    <title>Support Agent (German)</title>
    <link href="https://example.com/careers/42"/>
    <updated>2026-11-01T08:30:00Z</updated>
    <summary>Fluent German required. Remote within Portugal.</summary>
  </entry>
</feed>`;

describe('the RSS source reading the recorded We Work Remotely feed', () => {
  it('turns the four items into remote postings keyed by guid, with region as location and pubDate as time', async () => {
    serve(payload);
    const result = changed(await rss().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.title)).toEqual([
      'Mathmo: Maths Coach',
      'Qase: Developer Advocate',
      'APEX TRADE: Entry-Level Crypto Market Specialist',
      'Qase: Technical Customer Support Specialist',
    ]);
    expect(result.postings[3]).toMatchObject({
      sourceId: 'wwr',
      externalId: 'https://weworkremotely.com/remote-jobs/qase-technical-customer-support-specialist',
      url: 'https://weworkremotely.com/remote-jobs/qase-technical-customer-support-specialist',
      locationText: 'Anywhere in the World',
      remoteHint: 'remote',
      postedAt: '2026-07-10T13:52:20.000Z',
    });
    expect(result.postings[0]?.text).toContain('four live Zoom sessions a week with GCSE students');
    for (const posting of result.postings) expect(posting.text).not.toMatch(/<\/?(p|img|strong|br)\b|&lt;/);
  });

  it('splits "Company: Role" titles when told to', async () => {
    serve(payload);
    const [first] = changed(await rss({ companyInTitle: true }).fetch({ state: undefined })).postings;
    expect(first).toMatchObject({ company: 'Mathmo', title: 'Maths Coach' });
  });

  it('names the configured company on every posting', async () => {
    serve(payload);
    const { postings } = changed(await rss({ company: 'We Work Remotely' }).fetch({ state: undefined }));
    expect(new Set(postings.map((p) => p.company))).toEqual(new Set(['We Work Remotely']));
  });
});

describe('the RSS source reading an Atom feed', () => {
  it('keys entries by their id, reads content or summary, and takes published before updated', async () => {
    serve(atom, 'application/atom+xml');
    const result = changed(await rss().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toEqual([
      {
        sourceId: 'wwr',
        externalId: 'urn:example:job:41',
        title: 'Kundeservicemedarbeider med norsk',
        text: 'Du snakker norsk flytende og jobber fra Lisboa.',
        url: 'https://example.com/careers/41',
        postedAt: '2026-11-02T08:00:00.000Z',
      },
      {
        sourceId: 'wwr',
        externalId: 'urn:example:job:42',
        title: 'Support Agent (German)',
        text: 'Fluent German required. Remote within Portugal.',
        url: 'https://example.com/careers/42',
        postedAt: '2026-11-01T08:30:00.000Z',
      },
    ]);
  });
});

describe('the RSS source polling conditionally', () => {
  it('sends the validators back and reports a 304 as not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"w1"') res.writeHead(304, { etag: '"w1"' }).end();
      else
        res
          .writeHead(200, {
            'content-type': 'application/rss+xml',
            etag: '"w1"',
            'last-modified': 'Fri, 10 Jul 2026 23:00:00 GMT',
          })
          .end(payload);
    });
    const first = changed(await rss().fetch({ state: undefined }));
    const second = await rss().fetch({
      state: { sourceId: 'wwr', etag: first.etag, lastModified: first.lastModified, consecutiveFailures: 0 },
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"w1"');
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Fri, 10 Jul 2026 23:00:00 GMT');
    expect(server.requests[1]?.headers.accept).toContain('application/rss+xml');
    expect(second).toEqual({ notModified: true, etag: '"w1"' });
  });
});

describe('the RSS source facing a bad answer', () => {
  it('throws a clear error for an HTML error page served with 200, even one labelled XML', async () => {
    serve('<!DOCTYPE html><html><body><h1>Rate limited</h1></body></html>', 'application/xml');
    await expect(rss().fetch({ state: undefined })).rejects.toThrow(
      /^rss wwr: expected an RSS or Atom feed, got an HTML page \(application\/xml\)/,
    );
  });

  it('throws a clear error for a feed cut short instead of reading the items before the cut', async () => {
    serve(payload.slice(0, 9000));
    await expect(rss().fetch({ state: undefined })).rejects.toThrow(/^rss wwr: .*got malformed XML/);
  });

  it('points a job-board XML feed to the jobxml type', async () => {
    serve(jobXml, 'application/xml');
    await expect(rss().fetch({ state: undefined })).rejects.toThrow(
      /^rss wwr: expected an RSS or Atom feed, got XML with root <source>: a job-board XML feed, read it with type "jobxml"/,
    );
  });

  it('rejects an item without a title, naming the field, while the others land', async () => {
    const [first, second] = items();
    serve(feedWith(first!.replace('<title>Mathmo: Maths Coach</title>', ''), second!));
    const result = changed(await rss().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual(['Qase: Developer Advocate']);
    expect(result.rejected).toEqual([
      {
        externalId: 'https://weworkremotely.com/remote-jobs/mathmo-maths-coach',
        reason: expect.stringMatching(
          /^rss wwr: posting 0 \(https:\/\/weworkremotely\.com\/remote-jobs\/mathmo-maths-coach\): title: /,
        ),
      },
    ]);
  });

  it('keeps the first of two items with the same guid and rejects the second with the reason', async () => {
    const [first, second] = items();
    serve(feedWith(first!, second!, first!));
    const result = changed(await rss().fetch({ state: undefined }));
    expect(result.postings).toHaveLength(2);
    expect(result.rejected).toEqual([
      {
        externalId: 'https://weworkremotely.com/remote-jobs/mathmo-maths-coach',
        reason: expect.stringContaining(
          'posting 2 (https://weworkremotely.com/remote-jobs/mathmo-maths-coach): duplicate id',
        ),
      },
    ]);
  });

  it('lands an item with an unreadable pubDate, without a date', async () => {
    const [first] = items();
    serve(feedWith(first!.replace('Fri, 10 Jul 2026 22:45:30 +0000', 'vendredi dernier')));
    const [posting] = changed(await rss().fetch({ state: undefined })).postings;
    expect(posting?.title).toBe('Mathmo: Maths Coach');
    expect(posting?.postedAt).toBeUndefined();
  });
});
