import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemoteokSource } from '../../../shared/adapters/sources/remoteok-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;

beforeAll(async () => {
  payload = await readFile(`${fixturesDir}sources/remote-boards/remoteok-api-copenhagen.json`, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

const remoteok = () =>
  createRemoteokSource({ id: 'remoteok', type: 'remoteok', url: server.url('/api') }, { baseDir: '/' });

function serve(body: string, contentType = 'application/json') {
  server.respond((_req, res) => res.writeHead(200, { 'content-type': contentType }).end(body));
}

function elements(): Record<string, unknown>[] {
  return JSON.parse(payload) as Record<string, unknown>[];
}

describe('the Remote OK source reading a recorded API answer', () => {
  it('skips the legal notice quietly and lands both jobs as remote postings', async () => {
    serve(payload);
    const result = changed(await remoteok().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => [p.externalId, p.title, p.company])).toEqual([
      ['1137381', 'Marketing Student Assistant', 'Copenhagen Optimization'],
      ['1137380', 'Engineering Manager TLM Platform', 'Harper'],
    ]);
    expect(result.postings[0]).toMatchObject({
      url: 'https://remoteOK.com/remote-jobs/remote-marketing-student-assistant-copenhagen-optimization-1137381',
      remoteHint: 'remote',
      postedAt: '2026-09-11T08:00:08.000Z',
    });
    expect(result.postings[0]?.locationText).toBeUndefined();
    expect(result.postings[1]?.locationText).toBe('San Francisco');
  });

  it('decodes the entity-escaped description and repairs the mojibake', async () => {
    serve(payload);
    const [student, manager] = changed(await remoteok().fetch({ state: undefined })).postings;
    expect(student?.text).toContain('We’re looking for a structured and proactive');
    expect(student?.text).not.toMatch(/<\/?(h3|p|strong)\b|&lt;|â/);
    expect(manager?.text).toContain('need insurance—it');
  });

  it('repairs the mojibake of a description cut short in the middle of a character', async () => {
    const [notice, job] = elements();
    // "Mecánico … vehí": UTF-8 read as Latin-1, its last character cut after its first byte.
    const cut = { ...job, position: 'Mec\u00c3\u00a1nico', description: '<p>Mec\u00c3\u00a1nico de veh\u00c3' };
    serve(JSON.stringify([notice, cut]));
    const [posting] = changed(await remoteok().fetch({ state: undefined })).postings;
    expect(posting?.title).toBe('Mecánico');
    expect(posting?.text).toBe('Mecánico de veh');
  });

  it('sends the validators back and reports a 304 as not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"r1"') res.writeHead(304, { etag: '"r1"' }).end();
      else res.writeHead(200, { 'content-type': 'application/json', etag: '"r1"' }).end(payload);
    });
    const first = changed(await remoteok().fetch({ state: undefined }));
    const second = await remoteok().fetch({
      state: { sourceId: 'remoteok', etag: first.etag, consecutiveFailures: 0 },
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"r1"');
    expect(second).toEqual({ notModified: true, etag: '"r1"' });
  });
});

describe('the Remote OK source facing a bad answer', () => {
  it('throws a clear error for an HTML page, malformed JSON, or an object', async () => {
    serve('<!DOCTYPE html><title>Just a moment...</title>', 'text/html');
    await expect(remoteok().fetch({ state: undefined })).rejects.toThrow(
      /^remoteok remoteok: expected a JSON array, got an HTML page/,
    );
    serve(payload.slice(0, 900));
    await expect(remoteok().fetch({ state: undefined })).rejects.toThrow(/^remoteok remoteok: .*got invalid JSON/);
    serve('{"error":"rate limited"}');
    await expect(remoteok().fetch({ state: undefined })).rejects.toThrow(
      /^remoteok remoteok: expected a JSON array, got an object/,
    );
  });

  it('rejects a job without a position, naming the field, and a repeated id, while the other lands', async () => {
    const [notice, student, manager] = elements();
    serve(JSON.stringify([notice, { ...student, position: '' }, manager, manager]));
    const result = changed(await remoteok().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['1137380']);
    expect(result.rejected).toEqual([
      { externalId: '1137381', reason: expect.stringMatching(/^remoteok remoteok: posting 1 \(1137381\): position: /) },
      {
        externalId: '1137380',
        reason: 'remoteok remoteok: posting 3 (1137380): duplicate id, posting 2 has it too; kept the first',
      },
    ]);
  });

  it('falls back to the epoch when the date is unreadable', async () => {
    const [notice, student] = elements();
    serve(JSON.stringify([notice, { ...student, date: 'soon' }]));
    const [posting] = changed(await remoteok().fetch({ state: undefined })).postings;
    expect(posting?.postedAt).toBe(new Date(1789113608 * 1000).toISOString());
  });
});
