import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePollHandler } from '../../../functions/poll/handler';
import { SqsQueue } from '../../../shared/adapters/queue/sqs-queue';
import type { PollSourceJob } from '../../../shared/use-cases/poll-source-job';
import type { PollSummary } from '../../../shared/use-cases/poll-sources';
import { startLoopbackServer } from '../../support/loopback-server';
import { startSqsStandIn } from '../../support/sqs-stand-in';
import { startPollHarness } from './poll-harness';

// An operator's scale: thousands of sources, fanned out through SQS in batches of ten.
const SOURCES = 5000;
let harness: Awaited<ReturnType<typeof startPollHarness>>;
let sqs: Awaited<ReturnType<typeof startSqsStandIn>>;
let lever: Awaited<ReturnType<typeof startLoopbackServer>>;

const queue = (attempts = 3) => new SqsQueue<PollSourceJob>(sqs.client, sqs.queueUrl, { attempts, retryDelayMs: 1 });
const idsOf = (messages: unknown[]) => messages.map((m) => (m as PollSourceJob).sourceId);
// The refusal cases need no 5,000: seventy batches show a refused entry among accepted ones.
const SOME = 700;
const someJobs = () => harness.deps.sources.slice(0, SOME).map((s) => ({ sourceId: s.id }));

beforeAll(async () => {
  sqs = await startSqsStandIn();
  lever = await startLoopbackServer();
  lever.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('[]'));
  harness = await startPollHarness();
  for (let i = 0; i < SOURCES; i++) harness.addSource({ id: `board-${i}`, type: 'lever', site: `company-${i}` });
});

afterAll(async () => {
  await harness?.close();
  await sqs?.close();
  await lever?.close();
});

describe('the poll fan-out at 5,000 sources', () => {
  it('sends every source once, ten to a SendMessageBatch call', async () => {
    sqs.accepted.length = 0;
    sqs.batchSizes.length = 0;
    const tick = makePollHandler(async () => harness.deps, queue);

    const summary = (await tick({ kind: 'poll' }, {} as never)) as PollSummary;

    const ids = idsOf(sqs.accepted);
    expect(ids).toHaveLength(SOURCES);
    expect(new Set(ids).size).toBe(SOURCES);
    expect(sqs.batchSizes).toHaveLength(SOURCES / 10);
    expect(sqs.batchSizes.every((n) => n === 10)).toBe(true);
    expect(sqs.accepted[0]).toEqual({ sourceId: 'board-0', runAt: harness.now().toISOString() });
    // No worker ran: every source is still pending when the tick returns, as in AWS.
    expect(summary.pending).toHaveLength(SOURCES);
  }, 120_000);

  it('sends again the entries SQS refused in a batch, and loses none', async () => {
    sqs.accepted.length = 0;
    const refusedOnce = new Set<string>();
    // Every seventh entry is refused the first time it is sent, as under throttling.
    sqs.refuseWhen((body) => {
      const id = (body as PollSourceJob).sourceId;
      if (Number(id.split('-')[1]) % 7 !== 0 || refusedOnce.has(id)) return undefined;
      refusedOnce.add(id);
      return { Code: 'ServiceUnavailable', Message: 'try again', SenderFault: false };
    });

    await queue().send(someJobs());

    expect(refusedOnce.size).toBe(SOME / 7);
    const ids = idsOf(sqs.accepted);
    expect(ids).toHaveLength(SOME);
    expect(new Set(ids).size).toBe(SOME);
  }, 60_000);

  it('reports what SQS still refuses after the last attempt, once every other batch is sent', async () => {
    sqs.accepted.length = 0;
    sqs.refuseWhen((body) =>
      (body as PollSourceJob).sourceId === 'board-42'
        ? { Code: 'ServiceUnavailable', Message: 'still down', SenderFault: false }
        : undefined,
    );

    await expect(queue().send(someJobs())).rejects.toThrow(
      /SQS refused 1 of 700 message\(s\) after 3 attempt\(s\): ServiceUnavailable: still down/,
    );
    expect(sqs.accepted).toHaveLength(SOME - 1);
    expect(idsOf(sqs.accepted)).not.toContain('board-42');
  }, 60_000);

  it('does not send again an entry refused as malformed, which would be refused again', async () => {
    sqs.batchSizes.length = 0;
    sqs.refuseWhen(() => ({ Code: 'InvalidMessageContents', Message: 'bad body', SenderFault: true }));

    await expect(queue().send([{ sourceId: 'board-1' }])).rejects.toThrow(/InvalidMessageContents: bad body/);
    expect(sqs.batchSizes).toEqual([1]);
    sqs.refuseWhen(() => undefined);
  });
});

describe('a poll job', () => {
  it('is not polled again when a later run already covered it (a duplicate, or a backlog overtaken)', async () => {
    harness.addSource({ id: 'acme', type: 'lever', url: lever.url('/v0/postings/acme?mode=json') });
    const tickAt = harness.now().toISOString();
    harness.advance(15);
    await harness.handlers.pollWorker(sqsEvent({ sourceId: 'acme', runAt: harness.now().toISOString() }), {} as never);
    expect(lever.requests).toHaveLength(1);

    const late = await harness.handlers.pollWorker(sqsEvent({ sourceId: 'acme', runAt: tickAt }), {} as never);

    expect(late.batchItemFailures).toEqual([]);
    expect(lever.requests).toHaveLength(1);
    harness.advance(15);
    await harness.handlers.pollWorker(sqsEvent({ sourceId: 'acme', runAt: harness.now().toISOString() }), {} as never);
    expect(lever.requests).toHaveLength(2);
  });
});

const sqsEvent = (body: PollSourceJob) =>
  ({ Records: [{ messageId: 'm0', body: JSON.stringify(body) }] }) as unknown as import('aws-lambda').SQSEvent;
