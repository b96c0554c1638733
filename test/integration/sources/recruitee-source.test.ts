import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecruiteeSource } from '../../../shared/adapters/sources/recruitee-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;

beforeAll(async () => {
  payload = await readFile(`${fixturesDir}sources/recruitee/bunq-amsterdam-offers.json`, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

const recruitee = () =>
  createRecruiteeSource(
    { id: 'bunq', type: 'recruitee', company: 'bunq', url: server.url('/api/offers/') },
    { baseDir: '/' },
  );

function serve(body: string, headers: Record<string, string> = {}) {
  server.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/json', ...headers }).end(body));
}

function offers(): Record<string, unknown>[] {
  return (JSON.parse(payload) as { offers: Record<string, unknown>[] }).offers;
}

describe('the Recruitee source reading a recorded bunq offers payload', () => {
  it('turns both offers into postings with their careers page, location, hybrid flag and publication time', async () => {
    serve(payload);
    const result = changed(await recruitee().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => [p.externalId, p.title])).toEqual([
      ['2760348', '(Senior) Legal Counsel'],
      ['2760260', 'Copywriting Intern'],
    ]);
    expect(result.postings[0]).toMatchObject({
      sourceId: 'bunq',
      company: 'bunq',
      url: 'https://careers.bunq.com/o/senior-legal-counsel-3',
      locationText: 'Amsterdam, Noord-Holland, Netherlands',
      remoteHint: 'hybrid',
      // Recruitee writes "2026-09-25 15:46:07 UTC".
      postedAt: '2026-09-25T15:46:07.000Z',
    });
  });

  it('joins description and requirements as plain text', async () => {
    serve(payload);
    const [, intern] = changed(await recruitee().fetch({ state: undefined })).postings;
    expect(intern?.text).toContain('As our Copywriting Intern, you will contribute');
    expect(intern?.text).toContain('You’re fluent in written and spoken English');
    expect(intern?.text).toContain('5 days & 40 hours a week');
    expect(intern?.text).not.toMatch(/<\/?(p|li|ul|strong)\b/);
  });
});

describe('the Recruitee source polling conditionally', () => {
  it('sends the validators back and reports a 304 as not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"o1"') res.writeHead(304, { etag: '"o1"' }).end();
      else
        res
          .writeHead(200, {
            'content-type': 'application/json',
            etag: '"o1"',
            'last-modified': 'Fri, 25 Sep 2026 16:00:00 GMT',
          })
          .end(payload);
    });
    const first = changed(await recruitee().fetch({ state: undefined }));
    expect(first).toMatchObject({ etag: '"o1"', lastModified: 'Fri, 25 Sep 2026 16:00:00 GMT' });
    const second = await recruitee().fetch({
      state: { sourceId: 'bunq', etag: first.etag, lastModified: first.lastModified, consecutiveFailures: 0 },
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"o1"');
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Fri, 25 Sep 2026 16:00:00 GMT');
    expect(second).toEqual({ notModified: true, etag: '"o1"' });
  });
});

describe('the Recruitee source facing a bad answer', () => {
  it('throws a clear error for an HTML error page served with 200', async () => {
    server.respond((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><h1>502</h1></html>'));
    await expect(recruitee().fetch({ state: undefined })).rejects.toThrow(
      /^recruitee bunq: expected a JSON object with an offers array, got an HTML page \(text\/html\)/,
    );
  });

  it('throws a clear error for malformed JSON and for an object without offers', async () => {
    serve(payload.slice(0, 400));
    await expect(recruitee().fetch({ state: undefined })).rejects.toThrow(/^recruitee bunq: .*got invalid JSON/);
    serve('{"error":"not found"}');
    await expect(recruitee().fetch({ state: undefined })).rejects.toThrow(
      /^recruitee bunq: .*got an object without a "offers" array/,
    );
  });

  it('rejects an offer without a title, naming the field, while the other lands', async () => {
    const [counsel, intern] = offers();
    serve(JSON.stringify({ offers: [{ ...counsel, title: undefined }, intern] }));
    const result = changed(await recruitee().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['2760260']);
    expect(result.rejected).toEqual([
      { externalId: '2760348', reason: expect.stringMatching(/^recruitee bunq: posting 0 \(2760348\): title: /) },
    ]);
  });

  it('keeps the first of two offers with the same id and rejects the second with the reason', async () => {
    const [counsel, intern] = offers();
    serve(JSON.stringify({ offers: [counsel, intern, { ...counsel, title: 'Legal Counsel (repost)' }] }));
    const result = changed(await recruitee().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual(['(Senior) Legal Counsel', 'Copywriting Intern']);
    expect(result.rejected).toEqual([
      {
        externalId: '2760348',
        reason: 'recruitee bunq: posting 2 (2760348): duplicate id, posting 0 has it too; kept the first',
      },
    ]);
  });

  it('lands an offer with an unreadable date without one, and falls back to created_at', async () => {
    const [counsel, intern] = offers();
    serve(
      JSON.stringify({
        offers: [
          { ...counsel, published_at: 'last Tuesday', created_at: null },
          { ...intern, published_at: null },
        ],
      }),
    );
    const [first, second] = changed(await recruitee().fetch({ state: undefined })).postings;
    expect(first?.postedAt).toBeUndefined();
    expect(second?.postedAt).toBe('2026-09-25T14:35:28.000Z');
  });

  it('reads a day-first dotted date and refuses to guess a slashed one', async () => {
    const [counsel, intern] = offers();
    serve(
      JSON.stringify({
        offers: [
          { ...counsel, published_at: '25.09.2026' },
          { ...intern, published_at: '09/25/2026', created_at: null },
        ],
      }),
    );
    const [first, second] = changed(await recruitee().fetch({ state: undefined })).postings;
    expect(first?.postedAt).toBe('2026-09-25T00:00:00.000Z');
    expect(second?.postedAt).toBeUndefined();
  });

  it('marks a remote offer remote', async () => {
    const [counsel] = offers();
    serve(JSON.stringify({ offers: [{ ...counsel, remote: true, hybrid: false }] }));
    expect(changed(await recruitee().fetch({ state: undefined })).postings[0]?.remoteHint).toBe('remote');
  });
});
