import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonfeedSource } from '../../../shared/adapters/sources/jsonfeed-source';
import { changed } from '../../support/changed-result';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;

beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

// A JSON Feed 1.1 written from the spec (https://www.jsonfeed.org/version/1.1/): a text item, an HTML
// item with a numeric id and tags, and a title-less microblog-style item.
const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Example Payments jobs',
  home_page_url: 'https://example.com/jobs',
  feed_url: 'https://example.com/jobs/feed.json',
  items: [
    {
      id: 'https://example.com/jobs/17',
      url: 'https://example.com/jobs/17',
      title: 'Kundeservicemedarbeider med dansk',
      content_text: 'Du taler og skriver flydende dansk.\nKontoret ligger i Lissabon.',
      date_published: '2026-11-02T09:00:00+01:00',
      tags: ['customer support', 'Lisbon'],
    },
    {
      id: 18,
      url: 'https://example.com/jobs/18',
      title: 'Customer Success Manager (Dutch)',
      content_html: '<p>Fluent <strong>Dutch</strong> and English.</p><ul><li>Work from anywhere in the EU</li></ul>',
      date_modified: '2026-11-01T12:00:00Z',
      tags: ['Remote'],
    },
    {
      id: 'urn:example:19',
      external_url: 'https://example.org/apply/19',
      content_html: '<p>Swedish-speaking support agent wanted in Athens.</p><p>Relocation package.</p>',
    },
  ],
};

const jsonfeed = () =>
  createJsonfeedSource(
    { id: 'example', type: 'jsonfeed', url: server.url('/feed.json'), company: 'Example Payments' },
    {
      baseDir: '/',
    },
  );

function serve(body: unknown, contentType = 'application/feed+json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  server.respond((_req, res) => res.writeHead(200, { 'content-type': contentType }).end(text));
}

describe('the JSON Feed source', () => {
  it('turns each item into a posting: ids as strings, text or HTML made plain, dates with offset', async () => {
    serve(feed);
    const result = changed(await jsonfeed().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toEqual([
      {
        sourceId: 'example',
        externalId: 'https://example.com/jobs/17',
        title: 'Kundeservicemedarbeider med dansk',
        text: 'Du taler og skriver flydende dansk.\nKontoret ligger i Lissabon.',
        company: 'Example Payments',
        url: 'https://example.com/jobs/17',
        postedAt: '2026-11-02T08:00:00.000Z',
      },
      {
        sourceId: 'example',
        externalId: '18',
        title: 'Customer Success Manager (Dutch)',
        text: 'Fluent Dutch and English.\n\n- Work from anywhere in the EU',
        company: 'Example Payments',
        url: 'https://example.com/jobs/18',
        remoteHint: 'remote',
        postedAt: '2026-11-01T12:00:00.000Z',
      },
      {
        sourceId: 'example',
        externalId: 'urn:example:19',
        title: 'Swedish-speaking support agent wanted in Athens.',
        text: 'Swedish-speaking support agent wanted in Athens.\n\nRelocation package.',
        company: 'Example Payments',
        url: 'https://example.org/apply/19',
      },
    ]);
  });

  it('also reads a JSON Feed 1.0', async () => {
    serve({ ...feed, version: 'https://jsonfeed.org/version/1' }, 'application/json');
    expect(changed(await jsonfeed().fetch({ state: undefined })).postings).toHaveLength(3);
  });

  it('sends the validators back and reports a 304 as not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"f1"') res.writeHead(304, { etag: '"f1"' }).end();
      else
        res
          .writeHead(200, {
            'content-type': 'application/feed+json',
            etag: '"f1"',
            'last-modified': 'Mon, 02 Nov 2026 09:00:00 GMT',
          })
          .end(JSON.stringify(feed));
    });
    const first = changed(await jsonfeed().fetch({ state: undefined }));
    expect(server.requests[0]?.headers.accept).toContain('application/feed+json');
    const second = await jsonfeed().fetch({
      state: { sourceId: 'example', etag: first.etag, lastModified: first.lastModified, consecutiveFailures: 0 },
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"f1"');
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Mon, 02 Nov 2026 09:00:00 GMT');
    expect(second).toEqual({ notModified: true, etag: '"f1"' });
  });

  it('throws a clear error for an HTML error page served with 200', async () => {
    serve('<html><body>Bad gateway</body></html>', 'text/html; charset=utf-8');
    await expect(jsonfeed().fetch({ state: undefined })).rejects.toThrow(
      /^jsonfeed example: expected a JSON Feed .*, got an HTML page \(text\/html; charset=utf-8\)/,
    );
  });

  it('throws a clear error for malformed JSON, and for JSON that is not a feed', async () => {
    serve(JSON.stringify(feed).slice(0, 120));
    await expect(jsonfeed().fetch({ state: undefined })).rejects.toThrow(/^jsonfeed example: .*got invalid JSON/);
    serve([{ id: 1 }]);
    await expect(jsonfeed().fetch({ state: undefined })).rejects.toThrow(/^jsonfeed example: .*got an array/);
    serve({ version: 'https://example.com/other', items: [] });
    await expect(jsonfeed().fetch({ state: undefined })).rejects.toThrow(
      /^jsonfeed example: .*got an object that is not one/,
    );
  });

  it('rejects an item with a bad url or without an id, naming the field, while the others land', async () => {
    const [first, second, third] = feed.items;
    const { id: _dropped, ...noId } = third!;
    serve({ ...feed, items: [{ ...first, url: 'not a url' }, second, noId] });
    const result = changed(await jsonfeed().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['18']);
    expect(result.rejected).toEqual([
      {
        externalId: 'https://example.com/jobs/17',
        reason: expect.stringMatching(/^jsonfeed example: posting 0 \(https:\/\/example\.com\/jobs\/17\): url: /),
      },
      { reason: expect.stringMatching(/^jsonfeed example: posting 2: id: must be a non-empty string or a number/) },
    ]);
  });

  it('keeps the first of two items with the same id, even one numeric and one a string', async () => {
    const [, second] = feed.items;
    serve({ ...feed, items: [second, { ...second, id: '18', title: 'Repost' }] });
    const result = changed(await jsonfeed().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual(['Customer Success Manager (Dutch)']);
    expect(result.rejected).toEqual([
      {
        externalId: '18',
        reason: 'jsonfeed example: posting 1 (18): duplicate id, posting 0 has it too; kept the first',
      },
    ]);
  });

  it('lands an item with an unreadable date, without a date', async () => {
    const [first] = feed.items;
    serve({ ...feed, items: [{ ...first, date_published: 'Monday 2 November' }] });
    const [posting] = changed(await jsonfeed().fetch({ state: undefined })).postings;
    expect(posting?.externalId).toBe('https://example.com/jobs/17');
    expect(posting?.postedAt).toBeUndefined();
  });
});
