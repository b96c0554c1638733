import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAshbySource } from '../../../shared/adapters/sources/ashby-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

const payloadPath = join(fixturesDir, 'sources/ashby/airbyte-job-board-customer-support.json');
const path = '/posting-api/job-board/airbyte?includeCompensation=true';
const supportId = '99c417bc-a996-4265-9401-f967b3076c9f';
const managerId = 'efe55756-f28b-4030-b9a0-539f6c8ed8ff';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;

beforeAll(async () => {
  payload = await readFile(payloadPath, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function ashby() {
  return createAshbySource({ id: 'airbyte', type: 'ashby', url: server.url(path) }, { baseDir: '/' });
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

describe('the Ashby source reading a recorded Airbyte job board', () => {
  it('turns both jobs into raw postings with location, workplace, link and publication date', async () => {
    servePayload();
    const result = changed(await ashby().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.externalId)).toEqual([supportId, managerId]);
    expect(result.postings[0]).toMatchObject({
      sourceId: 'airbyte',
      title: 'Customer Support Developer (Databases)',
      company: 'airbyte',
      url: `https://jobs.ashbyhq.com/airbyte/${supportId}`,
      locationText: 'United States',
      remoteHint: 'remote',
      postedAt: '2026-04-27T17:14:00.440Z',
    });
    expect(result.postings[1]).toMatchObject({
      title: 'Engineering Manager, Platform',
      locationText: 'San Francisco, California, United States',
      postedAt: '2026-06-30T22:04:30.307Z',
    });
  });

  it('calls a job hybrid when its workplace type says so, though it is also flagged remote', async () => {
    servePayload();
    const [, manager] = changed(await ashby().fetch({ state: undefined })).postings;
    expect(manager?.remoteHint).toBe('hybrid');
  });

  it('reads the plain description and adds the compensation summary', async () => {
    servePayload();
    const [support] = changed(await ashby().fetch({ state: undefined })).postings;
    expect(support?.text.startsWith('Airbyte is the data and action layer for AI agents.')).toBe(true);
    expect(support?.text).toContain('\n\nWe started as the open-source standard for data movement');
    expect(support?.text).not.toMatch(/\n{3,}/);
    expect(support?.text.endsWith('Compensation: $99K – $115K • Offers Equity')).toBe(true);
  });

  it('reads the HTML description as plain text when there is no plain one', async () => {
    servePayload(editedPayload(([job]) => [{ ...job, descriptionPlain: null }]));
    const [support] = changed(await ashby().fetch({ state: undefined })).postings;
    expect(support?.text.startsWith('Airbyte is the data and action layer for AI agents.')).toBe(true);
    expect(support?.text).not.toMatch(/<\/?p\b/);
  });

  it('lists secondary locations after the primary one', async () => {
    const lisbon = { location: 'Lisbon', address: { postalAddress: { addressCountry: 'Portugal' } } };
    const porto = { location: 'Porto, Portugal', address: { postalAddress: { addressCountry: 'Portugal' } } };
    servePayload(editedPayload(([job]) => [{ ...job, secondaryLocations: [lisbon, porto, 'Remote - Europe'] }]));
    const [support] = changed(await ashby().fetch({ state: undefined })).postings;
    expect(support?.locationText).toBe('United States; Lisbon, Portugal; Porto, Portugal; Remote - Europe');
  });

  it('asks for JSON from the URL the config names', async () => {
    servePayload();
    await ashby().fetch({ state: undefined });
    expect(server.requests.map((r) => r.url)).toEqual([path]);
    expect(server.requests[0]?.headers.accept).toBe('application/json');
  });
});

describe('the Ashby source polling conditionally', () => {
  it('sends the ETag back as If-None-Match; a 304 means not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"ab1"') res.writeHead(304, { etag: '"ab1"' }).end();
      else res.writeHead(200, { 'content-type': 'application/json', etag: '"ab1"' }).end(payload);
    });
    const first = changed(await ashby().fetch({ state: undefined }));
    expect(first.etag).toBe('"ab1"');
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
    const second = await ashby().fetch({ state: { sourceId: 'airbyte', etag: first.etag, consecutiveFailures: 0 } });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"ab1"');
    expect(second).toEqual({ notModified: true, etag: '"ab1"' });
  });
});

describe('the Ashby source facing a bad answer', () => {
  it('throws a clear error for an HTML error page served with status 200', async () => {
    server.respond((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body>Not found</body></html>'),
    );
    await expect(ashby().fetch({ state: undefined })).rejects.toThrow(
      `ashby airbyte: expected a JSON object with a jobs array, got an HTML page (text/html; charset=utf-8) from ${server.url(path)}`,
    );
  });

  it('throws a clear error for malformed JSON', async () => {
    servePayload(payload.slice(0, 300));
    await expect(ashby().fetch({ state: undefined })).rejects.toThrow(
      /^ashby airbyte: expected a JSON object with a jobs array, got invalid JSON/,
    );
  });

  it('rejects a job missing its title, naming the field, while the others land', async () => {
    servePayload(editedPayload(([support, manager]) => [{ ...support, title: '  ' }, manager]));
    const result = changed(await ashby().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual([managerId]);
    expect(result.rejected).toEqual([
      {
        externalId: supportId,
        reason: expect.stringMatching(new RegExp(`^ashby airbyte: posting 0 \\(${supportId}\\): title: `)),
      },
    ]);
  });

  it('keeps the first of two jobs with the same id and rejects the other with the reason', async () => {
    servePayload(editedPayload(([support, manager]) => [support, manager, { ...manager, title: 'Reposted' }]));
    const result = changed(await ashby().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual([
      'Customer Support Developer (Databases)',
      'Engineering Manager, Platform',
    ]);
    expect(result.rejected).toEqual([
      {
        externalId: managerId,
        reason: `ashby airbyte: posting 2 (${managerId}): duplicate id, posting 1 has it too; kept the first`,
      },
    ]);
  });
});
