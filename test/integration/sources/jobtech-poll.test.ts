import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingId } from '../../../shared/posting/posting-identity';
import type { PollSummary } from '../../../shared/use-cases/poll-sources';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';
import { startPollHarness } from '../poll/poll-harness';

// The JobTech source on the real poll path (the local poll tick and worker, dynalite) against a
// loopback server. The JobStream payloads are synthetic, in the documented shape (no real one is
// recorded; see test/fixtures/sources/jobtech/README.md); the JobSearch one is the recording.
const fixture = (name: string) => new URL(`../../fixtures/sources/jobtech/${name}`, import.meta.url);
const searchPath = join(fixturesDir, 'sources/jobtech/eutlo_jobsearch_search_systemutvecklare.json');

let harness: Awaited<ReturnType<typeof startPollHarness>>;
let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let snapshot: string;
let changes: string;
let search: { hits: Record<string, unknown>[]; total: { value: number } };

const summaryOf = (summary: PollSummary, id: string) => summary.sources.find((s) => s.id === id);
const status = async (sourceId: string, externalId: string) =>
  (await harness.deps.postings.getPostings([postingId({ sourceId, externalId })]))[0]?.status;
const cursorOf = async (sourceId: string) => (await harness.deps.sourceStates.getSourceState(sourceId))?.cursor;
const lastRequest = () => new URL(server.requests.at(-1)?.url ?? '', 'http://x');

function serve(route: (path: string, params: URLSearchParams) => string | undefined) {
  server.respond((req, res) => {
    const url = new URL(req.url ?? '', 'http://x');
    const body = route(url.pathname, url.searchParams);
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
}

beforeAll(async () => {
  [snapshot, changes] = await Promise.all([
    readFile(fixture('jobstream_snapshot.json'), 'utf8'),
    readFile(fixture('jobstream_stream.json'), 'utf8'),
  ]);
  search = JSON.parse(await readFile(searchPath, 'utf8'));
  server = await startLoopbackServer();
  harness = await startPollHarness();
  harness.addSource({ id: 'se-all', type: 'jobtech', mode: 'stream', url: server.url('/js') });
  harness.addSource({ id: 'se-dev', type: 'jobtech', query: 'systemutvecklare', url: server.url('/search') });
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

describe('a JobStream source polled', () => {
  it('first stores the whole snapshot and keeps where the next read starts', async () => {
    serve((path) => (path === '/js/snapshot' ? snapshot : undefined));
    const started = Date.now();

    expect(summaryOf(await harness.poll('se-all'), 'se-all')).toMatchObject({ ok: true, parsed: 3, new: 3 });

    for (const id of ['90000001', '90000002', '90000003']) expect(await status('se-all', id)).toBe('open');
    expect(Date.parse((await cursorOf('se-all')) ?? '')).toBeGreaterThanOrEqual(started - 60_000);
  });

  it('then reads the changes since that cursor: the removed ad closes, the changed and new ones land, the unnamed stays open', async () => {
    const cursor = (await cursorOf('se-all')) ?? '';
    serve((path) => (path === '/js/stream' ? changes : undefined));
    harness.advance(15);

    const summary = summaryOf(await harness.poll('se-all'), 'se-all');

    expect(lastRequest().pathname).toBe('/js/stream');
    expect(lastRequest().searchParams.get('date')).toBe(cursor.slice(0, 19));
    expect(summary).toMatchObject({ ok: true, parsed: 2, new: 1, updated: 1, closed: 1 });
    expect(await status('se-all', '90000003')).toBe('closed');
    expect(await status('se-all', '90000001')).toBe('open');
    expect(await status('se-all', '90000002')).toBe('open');
    expect(await status('se-all', '90000004')).toBe('open');
    const [retitled] = await harness.deps.postings.getPostings([
      postingId({ sourceId: 'se-all', externalId: '90000002' }),
    ]);
    expect(retitled?.title).toBe('Senior backendutvecklare');
    expect(Date.parse((await cursorOf('se-all')) ?? '')).toBeGreaterThan(Date.parse(cursor));
  });

  it('keeps the cursor when a read fails, and asks from it again', async () => {
    const cursor = await cursorOf('se-all');
    serve(() => undefined);
    harness.advance(15);
    expect(summaryOf(await harness.poll('se-all'), 'se-all')).toMatchObject({ ok: false });
    expect(await cursorOf('se-all')).toBe(cursor);

    serve((path) => (path === '/js/stream' ? '[]' : undefined));
    harness.advance(15);
    await harness.poll('se-all');
    expect(lastRequest().searchParams.get('date')).toBe(cursor?.slice(0, 19));
  });
});

describe('a JobSearch source cut at its page cap', () => {
  it('closes nothing it did not reach', async () => {
    serve((_path, params) =>
      params.get('offset') === '0' ? JSON.stringify({ ...search, total: { value: 2 } }) : undefined,
    );
    expect(summaryOf(await harness.poll('se-dev'), 'se-dev')).toMatchObject({ ok: true, new: 2 });

    // Now the search holds far more than JobSearch lets a client page through, and the two ads
    // already stored are past the cut: a capped read lists neither.
    // Short ads, so that 2,100 of them store quickly.
    serve((_path, params) => {
      const offset = Number(params.get('offset'));
      const hits = Array.from({ length: 100 }, (_, i) => ({
        id: String(80_000_000 + offset + i),
        headline: 'Utvecklare',
        description: { text: `Annons ${offset + i}.` },
      }));
      return JSON.stringify({ ...search, hits, total: { value: 5_000 } });
    });
    harness.advance(15);

    const summary = summaryOf(await harness.poll('se-dev'), 'se-dev');

    expect(summary).toMatchObject({ ok: true, parsed: 2100, closed: 0 });
    expect(await status('se-dev', '31281556')).toBe('open');
    expect(await status('se-dev', '31340569')).toBe('open');
    // 2,100 postings stored on a machine shared with other tests.
  }, 90_000);
});
