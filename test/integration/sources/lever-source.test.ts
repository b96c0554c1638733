import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeverSource } from '../../../shared/adapters/sources/lever-source';
import { changed } from '../../support/changed-result';
import { startLoopbackServer } from '../../support/loopback-server';

const payloadUrl = new URL('../../../../shared/fixtures/sources/lever/metabase-remote-postings.json', import.meta.url);

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;

beforeAll(async () => {
  payload = await readFile(payloadUrl, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function lever(opts: { maxBytes?: number } = {}) {
  return createLeverSource(
    { id: 'metabase', type: 'lever', site: 'metabase', url: server.url('/v0/postings/metabase?mode=json') },
    { baseDir: '/', ...opts },
  );
}

function servePayload(body = payload, headers: Record<string, string> = {}) {
  server.respond((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(body),
  );
}

describe('the Lever source reading a recorded Metabase payload', () => {
  it('turns both postings into raw postings', async () => {
    servePayload();
    const result = changed(await lever().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.externalId)).toEqual([
      '5eca795c-48dd-496a-be23-2181068a5450',
      'ee8203b5-2cf7-4eae-afd6-3f9724761ad9',
    ]);
    expect(result.postings[0]).toMatchObject({
      sourceId: 'metabase',
      title: 'Analytics Engineer',
      company: 'metabase',
      url: 'https://jobs.lever.co/metabase/5eca795c-48dd-496a-be23-2181068a5450',
      locationText: 'Remote-North & South America',
      remoteHint: 'remote',
      postedAt: new Date(1605753685375).toISOString(),
    });
    expect(result.postings[1]).toMatchObject({
      title: 'CI Engineer',
      locationText: 'Global Remote',
      postedAt: new Date(1776800480563).toISOString(),
    });
  });

  it('builds the text from the description, each list with its heading, and the additional section, all plain', async () => {
    servePayload();
    const [first, second] = changed(await lever().fetch({ state: undefined })).postings;
    expect(first?.text.startsWith('Metabase is the easiest way for people to get insights from their data')).toBe(true);
    expect(first?.text).toContain('Compensation');
    expect(second?.text).toContain("What You'll Do\n");
    expect(second?.text).toContain('Own and proactively improve our GitHub Actions-based CI pipelines');
    for (const posting of [first, second]) expect(posting?.text).not.toMatch(/<\/?(li|strong|div|br)\b/);
  });

  it('uses the configured company name over the site name', async () => {
    servePayload();
    const source = createLeverSource(
      { id: 'mb', type: 'lever', url: server.url('/x'), company: 'Metabase' },
      { baseDir: '/' },
    );
    expect(changed(await source.fetch({ state: undefined })).postings[0]?.company).toBe('Metabase');
  });

  it('asks for JSON from the URL the config names', async () => {
    servePayload();
    await lever().fetch({ state: undefined });
    expect(server.requests[0]?.url).toBe('/v0/postings/metabase?mode=json');
    expect(server.requests[0]?.headers.accept).toBe('application/json');
  });
});

describe('the Lever source polling conditionally', () => {
  it('returns the validators and sends the ETag back as If-None-Match; a 304 means not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else
        res
          .writeHead(200, {
            'content-type': 'application/json',
            etag: '"v1"',
            'last-modified': 'Tue, 03 Nov 2026 10:00:00 GMT',
          })
          .end(payload);
    });
    const first = changed(await lever().fetch({ state: undefined }));
    expect(first).toMatchObject({ etag: '"v1"', lastModified: 'Tue, 03 Nov 2026 10:00:00 GMT' });
    const second = await lever().fetch({
      state: { sourceId: 'metabase', etag: first.etag, lastModified: first.lastModified, consecutiveFailures: 0 },
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"v1"');
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Tue, 03 Nov 2026 10:00:00 GMT');
    expect(second).toEqual({ notModified: true, etag: '"v1"' });
  });

  it('sends no validators on the first poll', async () => {
    servePayload();
    await lever().fetch({ state: undefined });
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
    expect(server.requests[0]?.headers['if-modified-since']).toBeUndefined();
  });
});

describe('the Lever source facing a bad answer', () => {
  it('throws a clear error for an HTML error page served with status 200', async () => {
    server.respond((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><h1>Maintenance</h1>'),
    );
    await expect(lever().fetch({ state: undefined })).rejects.toThrow(
      /^lever metabase: expected a JSON array, got an HTML page \(text\/html\)/,
    );
  });

  it('throws a clear error for malformed JSON', async () => {
    servePayload(payload.slice(0, 500));
    await expect(lever().fetch({ state: undefined })).rejects.toThrow(
      /^lever metabase: expected a JSON array, got invalid JSON/,
    );
  });

  it('throws a clear error for a JSON object instead of an array', async () => {
    servePayload('{"ok":false,"error":"Document not found"}');
    await expect(lever().fetch({ state: undefined })).rejects.toThrow(
      'lever metabase: expected a JSON array, got an object',
    );
  });

  it('throws a clear error for a 500', async () => {
    server.respond((_req, res) => res.writeHead(500).end('oops'));
    await expect(lever().fetch({ state: undefined })).rejects.toThrow(
      `lever metabase: HTTP 500 from ${server.url('/v0/postings/metabase?mode=json')}`,
    );
  });

  it('rejects an element missing its text, naming the field, while the others land', async () => {
    const elements = JSON.parse(payload) as Record<string, unknown>[];
    const { text: _dropped, ...untitled } = elements[0] as Record<string, unknown>;
    servePayload(JSON.stringify([untitled, elements[1], 'not a posting']));
    const result = changed(await lever().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual(['CI Engineer']);
    expect(result.rejected).toHaveLength(2);
    expect(result.rejected[0]).toEqual({
      externalId: '5eca795c-48dd-496a-be23-2181068a5450',
      reason: expect.stringMatching(/^lever metabase: posting 0 \(5eca795c-48dd-496a-be23-2181068a5450\): text: /),
    });
    expect(result.rejected[1]?.reason).toMatch(/^lever metabase: posting 2: /);
  });

  it('keeps the first of two postings with one id and rejects the second, naming both', async () => {
    const [first, second] = JSON.parse(payload) as Record<string, unknown>[];
    servePayload(JSON.stringify([first, second, { ...second, text: 'CI Engineer (again)' }]));
    const result = changed(await lever().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual([first?.text, 'CI Engineer']);
    expect(result.rejected).toEqual([
      {
        externalId: second?.id,
        reason: `lever metabase: posting 2 (${second?.id}): duplicate id, posting 1 has it too; kept the first`,
      },
    ]);
  });

  it('reads a posting whose optional fields are null as one without them, rejecting nothing', async () => {
    const [first, second] = JSON.parse(payload) as Record<string, unknown>[];
    const nulls = {
      ...first,
      hostedUrl: null,
      createdAt: null,
      workplaceType: null,
      categories: { location: null, allLocations: null, commitment: null, team: null },
      lists: [{ text: null, content: null }],
      additional: null,
      additionalPlain: null,
    };
    servePayload(JSON.stringify([nulls, second]));
    const result = changed(await lever().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(2);
    const [posting] = result.postings;
    expect(posting?.title).toBe(first?.text);
    expect(posting?.text.length).toBeGreaterThan(100);
    expect(posting?.text).not.toContain('null');
    for (const field of ['url', 'postedAt', 'remoteHint', 'locationText'] as const)
      expect(posting?.[field]).toBeUndefined();
  });

  it('refuses a body larger than maxBytes', async () => {
    servePayload();
    await expect(lever({ maxBytes: 1024 }).fetch({ state: undefined })).rejects.toThrow(
      `lever metabase: response larger than 1 KiB from ${server.url('/v0/postings/metabase?mode=json')}`,
    );
  });
});
