import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePollHandler } from '../../../functions/poll/handler';
import type { PollSourceJob } from '../../../shared/use-cases/poll-source-job';
import type { PollSummary } from '../../../shared/use-cases/poll-sources';
import { seedsDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';
import { startPollHarness } from './poll-harness';

// The tick sends one message per due source; the worker polls the source a message names.
let harness: Awaited<ReturnType<typeof startPollHarness>>;
let lever: Awaited<ReturnType<typeof startLoopbackServer>>;

const sqsEvent = (...bodies: unknown[]): SQSEvent =>
  ({
    Records: bodies.map((body, i) => ({ messageId: `m${i}`, body: JSON.stringify(body) })),
  }) as SQSEvent;

beforeAll(async () => {
  lever = await startLoopbackServer();
  lever.respond((_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('down'));
  harness = await startPollHarness({ circuitBreaker: { failures: 1, backoffMinutes: 60 } });
  harness.addSource({ id: 'seeds', type: 'folder', path: seedsDir });
  harness.addSource({ id: 'again', type: 'folder', path: seedsDir });
  harness.addSource({ id: 'down', type: 'lever', url: lever.url('/v0/postings/down?mode=json') });
});

afterAll(async () => {
  await harness?.close();
  await lever?.close();
});

describe('the poll fan-out', () => {
  it('locally, one tick polls every source through the worker and sums up every report', async () => {
    const summary = await harness.poll();

    expect(summary.sources.map((s) => s.id).sort()).toEqual(['again', 'down', 'seeds']);
    expect(summary.sources.find((s) => s.id === 'seeds')).toMatchObject({ ok: true, parsed: 5, new: 4 });
    expect(summary.sources.find((s) => s.id === 'again')).toMatchObject({ ok: true, parsed: 5, new: 0 });
    expect(summary.newPostingIds).toHaveLength(4);
    expect(summary.pending).toBeUndefined();
  });

  it('sends one message per due source, and none for a source that is backed off', async () => {
    harness.advance(15);
    const sent: PollSourceJob[] = [];
    // A queue that only records, as SQS would before any worker ran.
    const tick = makePollHandler(
      async () => harness.deps,
      () => ({ send: async (m) => void sent.push(...m) }),
    );

    const summary = (await tick({ kind: 'poll' }, {} as never)) as PollSummary;

    const runAt = harness.now().toISOString();
    expect(sent).toEqual([
      { sourceId: 'seeds', runAt },
      { sourceId: 'again', runAt },
    ]);
    expect(summary.pending).toEqual(['seeds', 'again']);
    expect(summary.sources).toEqual([expect.objectContaining({ id: 'down', backedOffUntil: expect.any(String) })]);
  });

  it('the worker acknowledges a message for a source the config no longer has', async () => {
    const out = await harness.handlers.pollWorker(sqsEvent({ sourceId: 'gone' }), {} as never);
    expect(out.batchItemFailures).toEqual([]);
  });

  it('the worker hands back a malformed message for redelivery and polls the good one', async () => {
    harness.advance(15);
    const out = await harness.handlers.pollWorker(sqsEvent({ source: 'seeds' }, { sourceId: 'seeds' }), {} as never);

    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'm0' }]);
    expect((await harness.deps.sourceStates.getSourceState('seeds'))?.lastRun?.at).toBe(harness.now().toISOString());
  });
});
