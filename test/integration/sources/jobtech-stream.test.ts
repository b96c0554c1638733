import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobtechSource, type JobtechSourceConfig } from '../../../shared/adapters/sources/jobtech-source';
import {
  STREAM_MAX_CURSOR_AGE_MS,
  STREAM_OVERLAP_MS,
  STREAM_WINDOW_MS,
} from '../../../shared/adapters/sources/jobtech-stream';
import { changed } from '../../support/changed-result';
import { startLoopbackServer } from '../../support/loopback-server';

// No real JobStream payload is recorded: these are synthetic, in the documented shape (see the
// README beside them).
const fixture = (name: string) => new URL(`../../fixtures/sources/jobtech/${name}`, import.meta.url);

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let snapshot: string;
let changes: string;

beforeAll(async () => {
  [snapshot, changes] = await Promise.all([
    readFile(fixture('jobstream_snapshot.json'), 'utf8'),
    readFile(fixture('jobstream_stream.json'), 'utf8'),
  ]);
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function stream(extra: Partial<JobtechSourceConfig> = {}) {
  return createJobtechSource(
    { id: 'se-all', type: 'jobtech', mode: 'stream', url: server.url('/js'), ...extra },
    {
      baseDir: '/',
    },
  );
}

/** Serves the snapshot at /js/snapshot and the changes at /js/stream. */
function serveFeed(bodies: { snapshot?: string; stream?: string } = {}) {
  server.respond((req, res) => {
    const path = new URL(req.url ?? '', 'http://x').pathname;
    const body =
      path === '/js/snapshot'
        ? (bodies.snapshot ?? snapshot)
        : path === '/js/stream'
          ? (bodies.stream ?? changes)
          : undefined;
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
}

const request = (i = 0) => new URL(server.requests[i]?.url ?? '', 'http://x');
const zoneless = (time: number) => new Date(time).toISOString().slice(0, 19);
const cursorOf = (time: number) => ({
  state: { sourceId: 'se-all', consecutiveFailures: 0, cursor: new Date(time).toISOString() },
});

describe('the JobTech source in stream mode, first read', () => {
  it('reads the whole snapshot as a full listing, and keeps the start of the read, less a minute, as the cursor', async () => {
    serveFeed();
    const before = Date.now();
    const result = changed(await stream().fetch({ state: undefined }));
    const after = Date.now();

    expect(request().pathname).toBe('/js/snapshot');
    expect(server.requests[0]?.headers.accept).toBe('application/json');
    expect(result.coverage ?? 'full').toBe('full');
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => [p.externalId, p.title, p.locationText, p.remoteHint])).toEqual([
      ['90000001', 'Kundtjänstmedarbetare med tyska', 'Malmö, Skåne län, Sverige', undefined],
      ['90000002', 'Backendutvecklare', 'Stockholm, Stockholms län, Sverige', 'remote'],
      ['90000003', 'Lagerarbetare', 'Göteborg, Västra Götalands län, Sverige', undefined],
    ]);
    expect(result.postings[0]).toMatchObject({
      company: 'Exempelbolaget Syd AB',
      url: 'https://arbetsformedlingen.se/platsbanken/annonser/90000001',
      postedAt: '2031-05-01T09:30:00.000Z',
    });
    expect(result.postings[0]?.text).toContain('talar tyska och svenska');
    const cursor = Date.parse(result.cursor ?? '');
    expect(cursor).toBeGreaterThanOrEqual(before - STREAM_OVERLAP_MS);
    expect(cursor).toBeLessThanOrEqual(after - STREAM_OVERLAP_MS);
  });

  it('keeps, of the snapshot (the whole country), only the ads its concept-id filters name', async () => {
    serveFeed();
    const result = changed(
      await stream({
        occupationConceptId: ['TEST_field_it', 'TEST_occ_warehouse'],
        locationConceptId: ['TEST_region_sthlm', 'TEST_muni_gbg'],
      }).fetch({
        state: undefined,
      }),
    );
    expect(result.postings.map((p) => p.externalId)).toEqual(['90000002', '90000003']);
    expect(request().search).toBe('');
  });

  it('takes a new snapshot when the cursor is too old to walk', async () => {
    serveFeed();
    const result = changed(await stream().fetch(cursorOf(Date.now() - STREAM_MAX_CURSOR_AGE_MS - 60_000)));
    expect(request().pathname).toBe('/js/snapshot');
    expect(result.coverage ?? 'full').toBe('full');
  });

  it('names the byte limit to raise when the snapshot is larger than it', async () => {
    serveFeed({ snapshot: JSON.stringify(Array.from({ length: 400 }, () => JSON.parse(snapshot)[0])) });
    await expect(stream({ maxResponseMiB: 1 }).fetch({ state: undefined })).resolves.toBeDefined();
    serveFeed({ snapshot: JSON.stringify(Array.from({ length: 1200 }, () => JSON.parse(snapshot)[0])) });
    await expect(stream({ maxResponseMiB: 1 }).fetch({ state: undefined })).rejects.toThrow(
      /^jobtech se-all: response larger than 1 MiB from http:\/\/127\.0\.0\.1:\d+\/js\/snapshot: raise the source's maxResponseMiB/,
    );
  });

  it('gives the snapshot minutes where a changes read gets the source timeout', async () => {
    // 200 ms stands for the 15 s a source's document gets; the snapshot answers after 400 ms.
    server.respond((req, res) => {
      const body = new URL(req.url ?? '', 'http://x').pathname === '/js/snapshot' ? snapshot : '[]';
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(body), 400);
    });
    const slow = createJobtechSource(
      { id: 'se-all', type: 'jobtech', mode: 'stream', url: server.url('/js') },
      { baseDir: '/', timeoutMs: 200 },
    );
    expect(changed(await slow.fetch({ state: undefined })).postings).toHaveLength(3);
    await expect(slow.fetch(cursorOf(Date.now() - 60_000))).rejects.toThrow(/^jobtech se-all: timed out after 0\.2 s/);
  });

  it('throws a clear error for a snapshot that is no array', async () => {
    serveFeed({ snapshot: '{"hits":[]}' });
    await expect(stream().fetch({ state: undefined })).rejects.toThrow(
      /^jobtech se-all: expected a JSON array of ads, got an object from http:\/\/127\.0\.0\.1:\d+\/js\/snapshot$/,
    );
  });
});

describe('the JobTech source in stream mode, later reads', () => {
  it('asks the changes since the cursor: changed and new ads are postings, a removal is removed, the read partial', async () => {
    serveFeed();
    const since = Date.now() - 15 * 60_000;
    const before = Date.now();
    const result = changed(await stream().fetch(cursorOf(since)));

    expect(request().pathname).toBe('/js/stream');
    expect(request().searchParams.get('date')).toBe(zoneless(since));
    expect(request().searchParams.has('updated-before-date')).toBe(false);
    expect(result.coverage).toBe('partial');
    expect(result.postings.map((p) => [p.externalId, p.title])).toEqual([
      ['90000002', 'Senior backendutvecklare'],
      ['90000004', 'Supporttekniker'],
    ]);
    expect(result.removed).toEqual(['90000003']);
    expect(result.rejected).toEqual([]);
    expect(Date.parse(result.cursor ?? '')).toBeGreaterThanOrEqual(before - STREAM_OVERLAP_MS);
  });

  it('sends the concept-id filters JobStream takes', async () => {
    serveFeed();
    await stream({
      occupationConceptId: ['TEST_field_it'],
      locationConceptId: ['TEST_region_skane', 'TEST_muni_gbg'],
    }).fetch(cursorOf(Date.now() - 60_000));
    expect(request().searchParams.getAll('occupation-concept-id')).toEqual(['TEST_field_it']);
    expect(request().searchParams.getAll('location-concept-id')).toEqual(['TEST_region_skane', 'TEST_muni_gbg']);
  });

  it('after an outage, reads the changes a slice at a time and moves the cursor to the end of the slice', async () => {
    serveFeed({ stream: '[]' });
    const since = Date.now() - 2 * 86_400_000;
    const result = changed(await stream().fetch(cursorOf(since)));
    expect(request().searchParams.get('date')).toBe(zoneless(since));
    expect(request().searchParams.get('updated-before-date')).toBe(zoneless(since + STREAM_WINDOW_MS));
    expect(result.cursor).toBe(new Date(since + STREAM_WINDOW_MS - STREAM_OVERLAP_MS).toISOString());
    expect(result.coverage).toBe('partial');
  });

  it('takes an ad named twice in one span in its last state', async () => {
    const [retitled, fresh, removal] = JSON.parse(changes);
    const again = { ...retitled, headline: 'Lead backendutvecklare' };
    const relisted = { ...JSON.parse(snapshot)[2], headline: 'Lagerarbetare, natt' };
    const freshRemoval = { ...removal, id: Number(fresh.id) };
    serveFeed({ stream: JSON.stringify([retitled, fresh, removal, again, relisted, freshRemoval]) });
    const result = changed(await stream().fetch(cursorOf(Date.now() - 60_000)));
    expect(result.postings.map((p) => [p.externalId, p.title])).toEqual([
      ['90000002', 'Lead backendutvecklare'],
      ['90000003', 'Lagerarbetare, natt'],
    ]);
    expect(result.removed).toEqual(['90000004']);
    expect(result.rejected).toEqual([]);
  });

  it('rejects an ad it cannot read, naming the field, and keeps the rest', async () => {
    const [retitled, fresh, removal] = JSON.parse(changes);
    serveFeed({ stream: JSON.stringify([{ ...retitled, headline: null }, fresh, removal]) });
    const result = changed(await stream().fetch(cursorOf(Date.now() - 60_000)));
    expect(result.postings.map((p) => p.externalId)).toEqual(['90000004']);
    expect(result.removed).toEqual(['90000003']);
    expect(result.rejected).toEqual([
      { externalId: '90000002', reason: expect.stringMatching(/^jobtech se-all: posting 0 \(90000002\): headline: /) },
    ]);
  });
});
