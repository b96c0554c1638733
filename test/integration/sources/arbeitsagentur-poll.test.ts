import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arbeitsagenturSourceConfigSchema,
  createArbeitsagenturSource,
} from '../../../shared/adapters/sources/arbeitsagentur-source';
import { postingId } from '../../../shared/posting/posting-identity';
import type { PollSummary } from '../../../shared/use-cases/poll-sources';
import { startLoopbackServer } from '../../support/loopback-server';
import { startPollHarness } from '../poll/poll-harness';
import { type Entry, loadPayloads, startJobsuche } from './arbeitsagentur-jobsuche';

// The Jobsuche source through the real poll (dynalite, the local tick and worker), its cursor
// stored and handed back by the poll, against a loopback Jobsuche serving the recorded v6 list
// and synthetic details: a whole read, then only what was published since, a detail answering
// 410, and the whole read again a week on.
let harness: Awaited<ReturnType<typeof startPollHarness>>;
let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let jobsuche: ReturnType<typeof startJobsuche>;
let a: Entry;
let b: Entry;
let c: Entry;
const fresh: Entry = {};

const summaryOf = (summary: PollSummary) => summary.sources.find((s) => s.id === 'ba');
const status = async (entry: Entry) =>
  (
    await harness.deps.postings.getPostings([postingId({ sourceId: 'ba', externalId: String(entry.referenznummer) })])
  )[0]?.status;
const search = () => jobsuche.searches()[0]?.searchParams;

beforeAll(async () => {
  const payloads = await loadPayloads();
  [a, b, c] = payloads.v6.ergebnisliste as [Entry, Entry, Entry];
  Object.assign(fresh, {
    ...b,
    referenznummer: '10000-1234567890-S',
    stellenangebotsTitel: 'Teamleitung Kundenservice (m/w/d)',
  });
  server = await startLoopbackServer();
  jobsuche = startJobsuche(server, 'v6', payloads.detailCurrent);
  harness = await startPollHarness();
  const config = arbeitsagenturSourceConfigSchema.parse({
    id: 'ba',
    type: 'arbeitsagentur',
    was: 'Manager',
    wo: 'Frankfurt',
    url: server.url('/pc/v6/jobs'),
  });
  harness.deps.sources.push(createArbeitsagenturSource(config, { baseDir: harness.dir, now: harness.now }));
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

describe('an arbeitsagentur search, polled', () => {
  it('is read in full the first time, each ad with its details', async () => {
    jobsuche.state.pages = [(await loadPayloads()).v6];
    expect(summaryOf(await harness.poll('ba'))).toMatchObject({ ok: true, parsed: 3, new: 3, closed: 0, rejected: 0 });
    expect(search()?.has('veroeffentlichtseit')).toBe(false);
    expect(jobsuche.detailsRead()).toHaveLength(3);
    for (const e of [a, b, c]) expect(await status(e)).toBe('open');
    const [stored] = await harness.deps.postings.getPostings([
      postingId({ sourceId: 'ba', externalId: String(a.referenznummer) }),
    ]);
    expect(stored?.text).toContain(String(a.referenznummer));
    expect((await harness.deps.sourceStates.getSourceState('ba'))?.cursor).toBeDefined();
  });

  it('then asks only for what was published since, and closes nothing it does not name', async () => {
    harness.advance(15);
    jobsuche.forget();
    jobsuche.state.pages = [{ ergebnisliste: [a, fresh], maxErgebnisse: 2 }];
    expect(summaryOf(await harness.poll('ba'))).toMatchObject({ ok: true, parsed: 1, new: 1, closed: 0 });
    expect(search()?.get('veroeffentlichtseit')).toBe('1');
    expect(jobsuche.detailsRead()).toEqual([fresh.referenznummer]);
    for (const e of [a, b, c, fresh]) expect(await status(e)).toBe('open');
  });

  it('closes an ad whose details answer 410', async () => {
    harness.advance(15);
    jobsuche.forget();
    jobsuche.state.pages = [
      { ergebnisliste: [{ ...a, aenderungsdatum: '2031-05-04T09:00:00.000' }], maxErgebnisse: 1 },
    ];
    const serve = jobsuche.state.detail;
    jobsuche.state.detail = (refnr) => (refnr === a.referenznummer ? { status: 410 } : serve(refnr));
    expect(summaryOf(await harness.poll('ba'))).toMatchObject({ ok: true, parsed: 0, closed: 1, rejected: 0 });
    expect(await status(a)).toBe('closed');
    for (const e of [b, c, fresh]) expect(await status(e)).toBe('open');
  });

  it('reads the whole search again a week on, closing the ads it no longer lists', async () => {
    harness.advance(7 * 24 * 60);
    jobsuche.forget();
    jobsuche.state.pages = [{ ergebnisliste: [c, fresh], maxErgebnisse: 2 }];
    expect(summaryOf(await harness.poll('ba'))).toMatchObject({ ok: true, parsed: 0, new: 0, closed: 1 });
    expect(search()?.has('veroeffentlichtseit')).toBe(false);
    expect(jobsuche.detailsRead()).toEqual([]);
    expect(await status(b)).toBe('closed');
    for (const e of [c, fresh]) expect(await status(e)).toBe('open');
  });
});
