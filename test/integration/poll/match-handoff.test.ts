import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchJob } from '../../../shared/ports/queue';
import { seedsDir } from '../../support/fixtures';
import { startPollHarness } from './poll-harness';

// Invariant 1 on the poll side: a worker that stored postings and then failed to hand them to the
// match step (SQS refused, the Lambda died) must not lose them when SQS redelivers its message.
let harness: Awaited<ReturnType<typeof startPollHarness>>;
const queued: string[] = [];
let failSends = 0;

const delivery = (runAt: string): SQSEvent =>
  ({
    Records: [{ messageId: `m-${runAt}`, body: JSON.stringify({ sourceId: 'seeds', runAt }) }],
  }) as unknown as SQSEvent;

beforeAll(async () => {
  harness = await startPollHarness();
  harness.addSource({ id: 'seeds', type: 'folder', path: seedsDir });
  harness.deps.matchQueue = {
    async send(messages: MatchJob[]) {
      if (failSends-- > 0) throw new Error('SQS: ServiceUnavailable');
      for (const m of messages) queued.push(...m.postingIds);
      // As the match step does once it has matched them.
      for (const m of messages) if (m.mark) await harness.deps.postings.consumeMatchMark(m.mark);
    },
  };
});

afterAll(async () => {
  await harness?.close();
});

describe('handing new postings to match', () => {
  it('a redelivered poll job queues the postings its failed first attempt stored', async () => {
    failSends = 1;
    const first = await harness.handlers.pollWorker(delivery('2031-05-04T08:00:00.000Z'), {} as never);
    expect(first.batchItemFailures).toHaveLength(1);
    expect(queued).toEqual([]);

    const retry = await harness.handlers.pollWorker(delivery('2031-05-04T08:00:00.000Z'), {} as never);
    expect(retry.batchItemFailures).toEqual([]);
    expect(new Set(queued).size).toBe(4);
  });

  it('a later run queues nothing that was already handed over', async () => {
    queued.length = 0;
    harness.advance(15);
    const later = await harness.handlers.pollWorker(delivery('2031-05-04T08:15:00.000Z'), {} as never);
    expect(later.batchItemFailures).toEqual([]);
    expect(queued).toEqual([]);
  });
});
