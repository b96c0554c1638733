import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PollSummary } from '../../../shared/use-cases/poll-sources';
import { seedsDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';
import { startPollHarness } from './poll-harness';

// A source failing again and again is backed off, with growing pauses, while the others go on.
let harness: Awaited<ReturnType<typeof startPollHarness>>;
let lever: Awaited<ReturnType<typeof startLoopbackServer>>;
const byId = (summary: PollSummary, id: string) => summary.sources.find((s) => s.id === id);
const down = () => lever.respond((_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'));
const state = () => harness.deps.sourceStates.getSourceState('flaky');
const minutesFromNow = (minutes: number) => new Date(harness.now().getTime() + minutes * 60_000).toISOString();

beforeAll(async () => {
  lever = await startLoopbackServer();
  harness = await startPollHarness({ circuitBreaker: { failures: 2, backoffMinutes: 60, maxBackoffMinutes: 180 } });
  harness.addSource({ id: 'flaky', type: 'lever', url: lever.url('/v0/postings/flaky?mode=json') });
  harness.addSource({ id: 'seeds', type: 'folder', path: seedsDir });
});

afterAll(async () => {
  await harness?.close();
  await lever?.close();
});

describe('the circuit breaker', () => {
  it('lets a source fail below the threshold without backing off', async () => {
    down();
    expect(byId(await harness.poll(), 'flaky')).toMatchObject({ ok: false });
    expect(await state()).toMatchObject({ consecutiveFailures: 1 });
    expect((await state())?.backoffUntil).toBeUndefined();
  });

  it('backs a source off once it failed the configured number of times in a row', async () => {
    harness.advance(15);
    await harness.poll();
    expect(await state()).toMatchObject({ consecutiveFailures: 2, backoffUntil: minutesFromNow(60) });
  });

  it('skips it until then, reporting until when, while the others go on', async () => {
    const until = (await state())?.backoffUntil;
    harness.advance(30);
    lever.requests.length = 0;

    const summary = await harness.poll();

    expect(lever.requests).toHaveLength(0);
    expect(byId(summary, 'flaky')).toMatchObject({ ok: false, backedOffUntil: until });
    expect(byId(summary, 'flaky')?.errors.join(' ')).toContain(`backed off until ${until}`);
    expect(byId(summary, 'seeds')).toMatchObject({ ok: true, parsed: 5 });
  });

  it('doubles the pause after each further failure, up to the cap', async () => {
    harness.advance(31);
    await harness.poll();
    expect(await state()).toMatchObject({ consecutiveFailures: 3, backoffUntil: minutesFromNow(120) });

    harness.advance(121);
    await harness.poll();
    expect(await state()).toMatchObject({ consecutiveFailures: 4, backoffUntil: minutesFromNow(180) });
  });

  it('resets after a success', async () => {
    harness.advance(181);
    lever.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('[]'));

    expect(byId(await harness.poll(), 'flaky')).toMatchObject({ ok: true });
    const after = await state();
    expect(after?.consecutiveFailures).toBe(0);
    expect(after?.backoffUntil).toBeUndefined();
  });
});
