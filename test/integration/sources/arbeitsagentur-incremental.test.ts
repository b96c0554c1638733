import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ArbeitsagenturSourceConfig,
  arbeitsagenturSourceConfigSchema,
  createArbeitsagenturSource,
} from '../../../shared/adapters/sources/arbeitsagentur-source';
import type { FetchResult } from '../../../shared/ports/source';
import { startLoopbackServer } from '../../support/loopback-server';
import { type Entry, loadPayloads, startJobsuche } from './arbeitsagentur-jobsuche';

// How the source reads a search over many polls: the cursor each fetch returns is handed to the
// next, as the poll does once the result is stored; the clock is the test's.
let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payloads: Awaited<ReturnType<typeof loadPayloads>>;
let now: Date;
const HOUR = 3_600_000;

beforeAll(async () => {
  payloads = await loadPayloads();
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function source(api: 'v4' | 'v6', extra: Partial<ArbeitsagenturSourceConfig> = {}) {
  const config = arbeitsagenturSourceConfigSchema.parse({
    id: 'ba',
    type: 'arbeitsagentur',
    api,
    was: 'Manager',
    url: server.url(`/pc/${api}/jobs`),
    ...extra,
  });
  return createArbeitsagenturSource(config, { baseDir: '/', timeoutMs: 2000, now: () => now });
}

type Listing = Extract<FetchResult, { notModified: false }>;
async function poll(src: ReturnType<typeof source>, cursor: string | undefined): Promise<Listing> {
  const result = await src.fetch({ state: cursor ? { sourceId: 'ba', consecutiveFailures: 0, cursor } : undefined });
  if (result.notModified) throw new Error('expected a listing');
  return result;
}

const ids = (entries: Entry[], key = 'referenznummer') => entries.map((e) => String(e[key]));
const v6Entries = () => payloads.v6.ergebnisliste as Entry[];
const v4Entries = () => payloads.v4.stellenangebote as Entry[];
const fresh = (n: number): Entry => ({
  ...v6Entries()[1],
  referenznummer: `10000-99999999${n}-S`,
  stellenangebotsTitel: `Neue Stelle ${n}`,
});

describe('the arbeitsagentur source over many polls', () => {
  it('reads at most maxDetailsPerPoll details a poll; the others wait, unstored, for the next polls', async () => {
    now = new Date('2026-12-01T08:00:00Z');
    const fake = startJobsuche(server, 'v4', payloads.detailOlder);
    fake.state.pages = [payloads.v4];
    const src = source('v4', { maxDetailsPerPoll: 30 });
    const stored = new Set<string>();
    let cursor: string | undefined;
    for (let round = 1; round <= 4; round++) {
      fake.forget();
      const result = await poll(src, cursor);
      // Still the whole search (the waiting ads are listed again), never an ad read twice.
      expect(fake.searches()[0]?.searchParams.has('veroeffentlichtseit')).toBe(false);
      expect(result.postings).toHaveLength(round < 4 ? 30 : 10);
      expect(fake.detailsRead().sort()).toEqual(result.postings.map((p) => p.externalId).sort());
      for (const p of result.postings) expect(stored.has(p.externalId)).toBe(false);
      for (const p of result.postings) stored.add(p.externalId);
      expect(result).toMatchObject({ coverage: 'partial', rejected: [] });
      expect(result.removed).toBeUndefined();
      cursor = result.cursor;
      now = new Date(now.getTime() + HOUR / 4);
    }
    expect([...stored].sort()).toEqual(ids(v4Entries(), 'refnr').sort());

    // All read: the next poll asks only for what was published since.
    fake.forget();
    const next = await poll(src, cursor);
    expect(fake.searches()[0]?.searchParams.get('veroeffentlichtseit')).toBe('1');
    expect(next.postings).toEqual([]);
    expect(fake.detailsRead()).toEqual([]);
  });

  it('then asks for the days since its last read, and reads the details of new and changed ads only', async () => {
    now = new Date('2026-12-01T08:00:00Z');
    const fake = startJobsuche(server, 'v6', payloads.detailCurrent);
    fake.state.pages = [payloads.v6];
    const src = source('v6');
    const first = await poll(src, undefined);
    expect(first).toMatchObject({ coverage: 'full' });
    expect(first.postings).toHaveLength(3);

    now = new Date(now.getTime() + 30 * HOUR);
    const [a, b, c] = v6Entries() as [Entry, Entry, Entry];
    const edited = { ...b, aenderungsdatum: '2026-12-02T09:00:00.000' };
    fake.state.pages = [{ ergebnisliste: [a, edited, c, fresh(1)], maxErgebnisse: 4 }];
    fake.forget();
    const second = await poll(src, first.cursor);

    expect(Object.fromEntries(fake.searches()[0]?.searchParams ?? [])).toMatchObject({
      was: 'Manager',
      veroeffentlichtseit: '2',
      page: '1',
    });
    expect(fake.detailsRead().sort()).toEqual([String(b.referenznummer), fresh(1).referenznummer].sort());
    expect(second.postings.map((p) => p.externalId).sort()).toEqual(fake.detailsRead().sort());
    expect(second.coverage).toBe('partial');
    expect(second.removed).toBeUndefined();

    now = new Date(now.getTime() + HOUR);
    fake.forget();
    const third = await poll(src, second.cursor);
    expect(fake.searches()[0]?.searchParams.get('veroeffentlichtseit')).toBe('1');
    expect(third.postings).toEqual([]);
  });

  it('names an ad whose details answer 404 or 410 as removed, not as rejected', async () => {
    now = new Date('2026-12-01T08:00:00Z');
    const fake = startJobsuche(server, 'v6', payloads.detailCurrent);
    fake.state.pages = [payloads.v6];
    const src = source('v6');
    const first = await poll(src, undefined);
    now = new Date(now.getTime() + 2 * HOUR);
    fake.state.pages = [{ ergebnisliste: [fresh(1), fresh(2), fresh(3)] }];
    const serve = fake.state.detail;
    fake.state.detail = (refnr) =>
      refnr === fresh(2).referenznummer
        ? { status: 410 }
        : refnr === fresh(3).referenznummer
          ? { status: 404 }
          : serve(refnr);
    const second = await poll(src, first.cursor);
    expect(second.postings.map((p) => p.externalId)).toEqual([fresh(1).referenznummer]);
    expect(second.rejected).toEqual([]);
    expect(second.removed?.sort()).toEqual([fresh(2).referenznummer, fresh(3).referenznummer].sort());
  });

  it('refuses to call every ad gone when all the details answer 404: the address is more likely wrong', async () => {
    now = new Date('2026-12-01T08:00:00Z');
    const fake = startJobsuche(server, 'v6', payloads.detailCurrent);
    fake.state.pages = [payloads.v6];
    fake.state.detail = () => ({ status: 404 });
    await expect(poll(source('v6'), undefined)).rejects.toThrow(
      /^arbeitsagentur ba: all 3 ads' details answered 404 or 410 from http:\/\/127\.0\.0\.1:\d+\/pc\/v4\/jobdetails\/: is the details address right\?/,
    );
  });

  it('reads the whole search again after fullReadEveryDays, naming as removed the ads it no longer lists', async () => {
    now = new Date('2026-12-01T08:00:00Z');
    const fake = startJobsuche(server, 'v6', payloads.detailCurrent);
    fake.state.pages = [payloads.v6];
    const src = source('v6', { fullReadEveryDays: 3 });
    let cursor = (await poll(src, undefined)).cursor;
    now = new Date(now.getTime() + 2 * 24 * HOUR);
    cursor = (await poll(src, cursor)).cursor;

    now = new Date(now.getTime() + 24 * HOUR);
    const [a, gone, c] = v6Entries() as [Entry, Entry, Entry];
    fake.state.pages = [{ ergebnisliste: [a, c], maxErgebnisse: 2 }];
    fake.forget();
    const whole = await poll(src, cursor);
    expect(fake.searches()[0]?.searchParams.has('veroeffentlichtseit')).toBe(false);
    expect(fake.detailsRead()).toEqual([]);
    expect(whole.postings).toEqual([]);
    expect(whole.removed).toEqual([gone.referenznummer]);
    // The ads it still lists are neither read again nor closed: the listing names only the change.
    expect(whole.coverage).toBe('partial');
  });

  it('reads the whole search when the stored cursor cannot be read', async () => {
    now = new Date('2026-12-01T08:00:00Z');
    const fake = startJobsuche(server, 'v6', payloads.detailCurrent);
    fake.state.pages = [payloads.v6];
    const result = await poll(source('v6'), '{"not":"ours"}');
    expect(fake.searches()[0]?.searchParams.has('veroeffentlichtseit')).toBe(false);
    expect(result).toMatchObject({ coverage: 'full' });
    expect(result.postings).toHaveLength(3);
  });
});
