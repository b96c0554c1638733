import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArbeitnowSource } from '../../../shared/adapters/sources/arbeitnow-source';
import { sourceConfigSchema } from '../../../shared/adapters/sources/registry';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;

beforeAll(async () => {
  payload = await readFile(`${fixturesDir}sources/arbeitnow/job-board-api-page1-de.json`, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

const arbeitnow = (extra: { remote?: boolean; maxPages?: number } = {}) =>
  createArbeitnowSource(
    { id: 'arbeitnow', type: 'arbeitnow', url: server.url('/api/job-board-api'), ...extra },
    { baseDir: '/' },
  );

const recorded = () => JSON.parse(payload) as { data: Record<string, unknown>[]; links: Record<string, unknown> };

/** Page 1 is the recorded answer (it names a next page); page 2 is a short page of our own, the last. */
function servePages(page2: unknown[]) {
  server.respond((req, res) => {
    const page = new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? '1';
    const body =
      page === '1'
        ? payload
        : JSON.stringify({ data: page2, links: { next: null }, meta: { current_page: Number(page) } });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
}

const ownJob = {
  slug: 'kundenberater-lissabon-1',
  company_name: 'Example GmbH',
  title: 'Kundenberater (m/w/d) mit Niederländisch',
  description: '<p>Du berätst unsere Kunden auf Niederländisch.</p>',
  remote: true,
  url: 'https://www.arbeitnow.com/jobs/companies/example/kundenberater-lissabon-1',
  location: 'Lisbon',
  created_at: 1788000000,
};

describe('the Arbeitnow source reading the recorded API answer', () => {
  it('reads the three real jobs with text, place, link and date, and rejects the broken record by its fields', async () => {
    servePages([]);
    const result = changed(await arbeitnow().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(
      recorded()
        .data.slice(0, 3)
        .map((j) => j.slug),
    );
    const [first, second] = result.postings;
    expect(first).toMatchObject({
      sourceId: 'arbeitnow',
      title: recorded().data[0]?.title,
      company: recorded().data[0]?.company_name,
      locationText: recorded().data[0]?.location,
      url: recorded().data[0]?.url,
      postedAt: new Date((recorded().data[0]?.created_at as number) * 1000).toISOString(),
    });
    expect(first?.remoteHint).toBeUndefined();
    expect(first?.text).not.toMatch(/<[a-z]/i);
    expect(first?.text.length).toBeGreaterThan(100);
    expect(second?.locationText).toBe(recorded().data[1]?.location);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ externalId: recorded().data[3]?.slug });
    expect(result.rejected[0]?.reason).toMatch(/^arbeitnow arbeitnow: posting 3 \(.+\): title: /);
    expect(result.coverage).toBeUndefined();
  });

  it('asks the configured address for page 2 while the board names a next page, and stops at a last page', async () => {
    servePages([ownJob]);
    const result = changed(await arbeitnow().fetch({ state: undefined }));
    expect(server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('page'))).toEqual([null, '2']);
    expect(result.postings.at(-1)).toMatchObject({
      externalId: ownJob.slug,
      remoteHint: 'remote',
      locationText: 'Lisbon',
    });
    expect(result.postings).toHaveLength(4);
  });

  it('keeps only the jobs the remote filter asks for', async () => {
    servePages([ownJob]);
    const remote = changed(await arbeitnow({ remote: true }).fetch({ state: undefined }));
    expect(remote.postings.map((p) => p.externalId)).toEqual([ownJob.slug]);
  });

  it('says a listing cut at the page cap is partial, so nothing unread is closed', async () => {
    servePages([ownJob]);
    const result = changed(await arbeitnow({ maxPages: 1 }).fetch({ state: undefined }));
    expect(result.coverage).toBe('partial');
    expect(server.requests).toHaveLength(1);
  });
});

describe('the Arbeitnow source facing bad input', () => {
  it('throws a clear error for malformed JSON or a body without a data array', async () => {
    server.respond((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(payload.slice(0, 500)),
    );
    await expect(arbeitnow().fetch({ state: undefined })).rejects.toThrow(/^arbeitnow arbeitnow: .*invalid JSON/);
    server.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"jobs": []}'));
    await expect(arbeitnow().fetch({ state: undefined })).rejects.toThrow(/data array/);
  });

  it('refuses a config with an unknown field or a bad page cap, naming it', () => {
    const bad = sourceConfigSchema.safeParse({ id: 'a', type: 'arbeitnow', maxPages: 0 });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('maxPages');
    const unknown = sourceConfigSchema.safeParse({ id: 'a', type: 'arbeitnow', board: 'x' });
    expect(JSON.stringify(unknown.error?.issues)).toContain('board');
  });
});

describe('the Arbeitnow source and a server that ignores the page number', () => {
  it('stops when page 2 repeats page 1, reading each job once', async () => {
    server.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(payload));
    const result = changed(await arbeitnow().fetch({ state: undefined }));
    expect(server.requests).toHaveLength(2);
    expect(result.postings).toHaveLength(3);
    expect(result.coverage).toBeUndefined();
  });
});
