import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGreenhouseSource } from '../../../shared/adapters/sources/greenhouse-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

const payloadPath = join(fixturesDir, 'sources/greenhouse/algolia-dutch-speaking-london-paris.json');
const path = '/v1/boards/algolia/jobs?content=true';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;

beforeAll(async () => {
  payload = await readFile(payloadPath, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function greenhouse(company?: string) {
  return createGreenhouseSource(
    { id: 'algolia', type: 'greenhouse', board: 'algolia', url: server.url(path), ...(company && { company }) },
    { baseDir: '/' },
  );
}

function servePayload(body = payload, headers: Record<string, string> = {}) {
  server.respond((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(body),
  );
}

/** The recorded payload with its jobs replaced by what `edit` makes of them. */
function editedPayload(edit: (jobs: Record<string, unknown>[]) => unknown[]): string {
  const board = JSON.parse(payload) as { jobs: Record<string, unknown>[] };
  return JSON.stringify({ ...board, jobs: edit(board.jobs) });
}

describe('the Greenhouse source reading a recorded Algolia board', () => {
  it('turns both jobs into raw postings with their location, link and first publication date', async () => {
    servePayload();
    const result = changed(await greenhouse().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.externalId)).toEqual(['6141481004', '6141819004']);
    expect(result.postings[0]).toMatchObject({
      sourceId: 'algolia',
      title: 'Account Manager - Dutch speaking',
      company: 'Algolia',
      url: 'https://job-boards.greenhouse.io/algolia/jobs/6141481004',
      locationText: 'London, England',
      postedAt: '2026-08-18T13:26:35.000Z',
    });
    expect(result.postings[1]).toMatchObject({
      title: 'Business Development Representative - Dutch Speaker',
      locationText: 'Paris, France',
      postedAt: '2026-08-12T08:07:29.000Z',
    });
    expect(result.postings[0]?.remoteHint).toBeUndefined();
  });

  it('decodes the entity-escaped content before reading it as HTML, leaving plain text', async () => {
    servePayload();
    const [first] = changed(await greenhouse().fetch({ state: undefined })).postings;
    expect(first?.text.startsWith('At Algolia, we’re proud to be a pioneer and market leader in AI Search')).toBe(true);
    expect(first?.text).not.toMatch(/&lt;|&quot;|<\/?(p|div)\b/);
  });

  it('falls back to the office location and the update date when the job has neither location nor publication date', async () => {
    servePayload(editedPayload(([job]) => [{ ...job, location: { name: ' ' }, first_published: null }]));
    const [posting] = changed(await greenhouse().fetch({ state: undefined })).postings;
    expect(posting).toMatchObject({
      locationText: 'London, England, United Kingdom',
      postedAt: '2026-08-21T09:34:19.000Z',
    });
  });

  it('uses the configured company name over the board’s', async () => {
    servePayload();
    const [posting] = changed(await greenhouse('Algolia SAS').fetch({ state: undefined })).postings;
    expect(posting?.company).toBe('Algolia SAS');
  });

  it('asks for JSON from the URL the config names', async () => {
    servePayload();
    await greenhouse().fetch({ state: undefined });
    expect(server.requests.map((r) => r.url)).toEqual([path]);
    expect(server.requests[0]?.headers.accept).toBe('application/json');
  });
});

describe('the Greenhouse source polling conditionally', () => {
  it('sends the ETag back as If-None-Match; a 304 means not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"gh1"') res.writeHead(304, { etag: '"gh1"' }).end();
      else res.writeHead(200, { 'content-type': 'application/json', etag: '"gh1"' }).end(payload);
    });
    const first = changed(await greenhouse().fetch({ state: undefined }));
    expect(first.etag).toBe('"gh1"');
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
    const second = await greenhouse().fetch({
      state: { sourceId: 'algolia', etag: first.etag, consecutiveFailures: 0 },
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"gh1"');
    expect(second).toEqual({ notModified: true, etag: '"gh1"' });
  });
});

describe('the Greenhouse source facing a bad answer', () => {
  it('throws a clear error for an HTML error page served with status 200', async () => {
    server.respond((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><h1>Board not found</h1>'),
    );
    await expect(greenhouse().fetch({ state: undefined })).rejects.toThrow(
      `greenhouse algolia: expected a JSON object with a jobs array, got an HTML page (text/html) from ${server.url(path)}`,
    );
  });

  it('throws a clear error for malformed JSON', async () => {
    servePayload(payload.slice(0, 400));
    await expect(greenhouse().fetch({ state: undefined })).rejects.toThrow(
      /^greenhouse algolia: expected a JSON object with a jobs array, got invalid JSON/,
    );
  });

  it('throws a clear error for an object without jobs', async () => {
    servePayload('{"status":404,"error":"Job board not found"}');
    await expect(greenhouse().fetch({ state: undefined })).rejects.toThrow(
      'greenhouse algolia: expected a JSON object with a jobs array, got an object without a jobs array',
    );
  });

  it('rejects a job missing its title, naming the field, while the others land', async () => {
    servePayload(editedPayload(([first, second]) => [{ ...first, title: undefined }, second, 'not a job']));
    const result = changed(await greenhouse().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['6141819004']);
    expect(result.rejected).toEqual([
      {
        externalId: '6141481004',
        reason: expect.stringMatching(/^greenhouse algolia: posting 0 \(6141481004\): title: /),
      },
      { reason: expect.stringMatching(/^greenhouse algolia: posting 2: /) },
    ]);
  });

  it('reads a job whose link is null as one without a link, rejecting nothing', async () => {
    servePayload(editedPayload(([first, second]) => [{ ...first, absolute_url: null }, second]));
    const result = changed(await greenhouse().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings[0]?.externalId).toBe('6141481004');
    expect(result.postings[0]?.url).toBeUndefined();
  });

  it('keeps the first of two jobs with the same id and rejects the other with the reason', async () => {
    servePayload(editedPayload(([first, second]) => [first, second, { ...first, title: 'Reposted' }]));
    const result = changed(await greenhouse().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual([
      'Account Manager - Dutch speaking',
      'Business Development Representative - Dutch Speaker',
    ]);
    expect(result.rejected).toEqual([
      {
        externalId: '6141481004',
        reason: 'greenhouse algolia: posting 2 (6141481004): duplicate id, posting 0 has it too; kept the first',
      },
    ]);
  });
});
