import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEmf } from '../../support/emf-lines';
import { startLoopbackServer } from '../../support/loopback-server';
import { startPollHarness } from '../poll/poll-harness';

// A source that keeps failing, through the schedule's tick (fan-out to the worker) as in AWS:
// its failures, its open breaker and how long it has been failing, which the 24-hour alarm reads.
let harness: Awaited<ReturnType<typeof startPollHarness>>;
let board: Awaited<ReturnType<typeof startLoopbackServer>>;
const emf = recordEmf(() => harness.now());
const flaky = () => emf.records().filter((r) => r.fields.sourceId === 'flaky');

beforeAll(async () => {
  board = await startLoopbackServer();
  board.respond((_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'));
  harness = await startPollHarness(
    { circuitBreaker: { failures: 2, backoffMinutes: 60, maxBackoffMinutes: 180 } },
    { metrics: emf.metrics },
  );
  harness.addSource({ id: 'flaky', type: 'lever', url: board.url('/v0/postings/flaky?mode=json') });
});

afterAll(async () => {
  await harness?.close();
  await board?.close();
});

describe('a failing source in metrics', () => {
  it('counts each failed poll and how many hours it has been failing', async () => {
    await harness.poll();
    harness.advance(15);
    await harness.poll();
    expect(flaky().map((r) => [r.fields.SourceFailures, r.fields.BreakerOpen, r.fields.SourceFailingHours])).toEqual([
      [1, 0, 0],
      [1, 0, 0.25],
    ]);
  });

  it('while its breaker is open: a skipped poll, not a failure, still counting the hours', async () => {
    emf.clear();
    harness.advance(45);
    await harness.poll();
    expect(flaky().map((r) => r.fields)).toEqual([
      {
        sourceId: 'flaky',
        sourceType: 'lever',
        SourcePolls: 1,
        PostingsFetched: 0,
        PostingsNew: 0,
        PostingsDuplicate: 0,
        PostingsRejected: 0,
        SourceFailures: 0,
        BreakerOpen: 1,
        SourceFailingHours: 1,
      },
    ]);
  });

  it('stops counting hours once it answers again', async () => {
    emf.clear();
    board.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('[]'));
    harness.advance(60);
    await harness.poll();
    const [run] = flaky();
    expect(run?.fields).toMatchObject({ SourceFailures: 0, BreakerOpen: 0 });
    expect(run?.fields).not.toHaveProperty('SourceFailingHours');
    expect((await harness.deps.sourceStates.getSourceState('flaky'))?.failingSince).toBeUndefined();
  });
});
