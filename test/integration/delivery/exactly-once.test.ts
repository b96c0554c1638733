import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeDigestSenderHandler } from '../../../functions/digest-sender/handler';
import type { LocalStack } from '../../../local/local-stack';
import type { DigestJob } from '../../../shared/ports/queue';
import type { Deps } from '../../../shared/use-cases/deps';
import { planDigests } from '../../../shared/use-cases/plan-digests';
import { DigestBusyError, digestLeaseMs, sendDigest } from '../../../shared/use-cases/send-digest';
import { mailTo } from '../../support/mailbox';
import { confirmedSubscriber, startSeededStack } from '../../support/seeded-stack';

// Exactly one digest per subscriber and period on dynalite and the SES emulator, with faults
// injected by wrapping the real parts: a worker killed before or after SES accepted, SQS
// delivering a job twice, two planners ticking the same hour.
let stack: LocalStack;
let close: (() => Promise<void>) | undefined;
let n = 0;

async function activeSubscriber(over: { timeZone?: string; hour?: number } = {}) {
  const { id, email } = await confirmedSubscriber(
    stack,
    `eo-${++n}`,
    { languages: ['no'], countries: ['PT'], remote: false },
    over,
  );
  return { id, email };
}

const sqsEvent = (jobs: DigestJob[]): SQSEvent =>
  ({ Records: jobs.map((job, i) => ({ messageId: `m-${i}`, body: JSON.stringify(job) })) }) as SQSEvent;

/** Deps whose clock runs `ms` ahead: a redelivery that comes after the dead worker's lease ran out. */
const later = (deps: Deps, ms: number): Deps => ({ ...deps, clock: () => new Date(Date.now() + ms) });

class WorkerKilled extends Error {}

beforeAll(async () => {
  ({ stack, close } = await startSeededStack('jobalert-delivery-'));
});

afterAll(async () => {
  await close?.();
});

beforeEach(() => stack.ses.clear());

describe('delivery, exactly once', () => {
  it('sends one email when SQS delivers the same job twice in one batch', async () => {
    const sub = await activeSubscriber();
    const job = { subscriberId: sub.id, digestId: 'daily-2026-03-02' };
    const handler = makeDigestSenderHandler(async () => stack.deps);
    const first = await handler(sqsEvent([job, job]), {} as never);
    // The copy that found the lease taken fails and is redelivered; then it finds the digest sent.
    const again = first.batchItemFailures.length > 0 ? await handler(sqsEvent([job]), {} as never) : first;
    expect(again.batchItemFailures).toEqual([]);
    expect(mailTo(await stack.ses.sentEmails(), sub.email)).toHaveLength(1);
  });

  it('one record failing in a batch sent concurrently is reported alone; the others are sent once', async () => {
    const subs = await Promise.all(Array.from({ length: 5 }, () => activeSubscriber()));
    const jobs = subs.map((s) => ({ subscriberId: s.id, digestId: 'daily-2026-03-07' }));
    // Counts digests being read at once: the records of a batch are worked on together.
    let reading = 0;
    let mostReading = 0;
    const subscribers = Object.create(stack.deps.subscribers) as Deps['subscribers'];
    subscribers.getSubscriber = async (id) => {
      mostReading = Math.max(mostReading, ++reading);
      try {
        return await stack.deps.subscribers.getSubscriber(id);
      } finally {
        reading--;
      }
    };
    const failing: Deps = {
      ...stack.deps,
      subscribers,
      mailer: {
        send: async (email) => {
          if (email.to === subs[2]!.email) throw new Error('SES rejected the address');
          return stack.deps.mailer.send(email);
        },
      },
    };
    const out = await makeDigestSenderHandler(async () => failing)(sqsEvent(jobs), {} as never);
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'm-2' }]);
    expect(mostReading).toBe(5);
    const sent = await stack.ses.sentEmails();
    expect(subs.map((s) => mailTo(sent, s.email).length)).toEqual([1, 1, 0, 1, 1]);
    // SQS redelivers the failed record alone; the whole batch again sends nothing more.
    const handler = makeDigestSenderHandler(async () => stack.deps);
    expect((await handler(sqsEvent([jobs[2]!]), {} as never)).batchItemFailures).toEqual([]);
    expect((await handler(sqsEvent(jobs), {} as never)).batchItemFailures).toEqual([]);
    const all = await stack.ses.sentEmails();
    expect(subs.map((s) => mailTo(all, s.email).length)).toEqual([1, 1, 1, 1, 1]);
  });

  it('refuses a second delivery while the first holds the lease', async () => {
    const sub = await activeSubscriber();
    const job = { subscriberId: sub.id, digestId: 'daily-2026-03-03' };
    const now = new Date();
    await stack.deps.matches.leaseDigest?.(
      sub.id,
      job.digestId,
      'other-worker',
      now,
      new Date(now.getTime() + digestLeaseMs),
    );
    await expect(sendDigest(stack.deps, job)).rejects.toBeInstanceOf(DigestBusyError);
    expect(await stack.ses.sentEmails()).toEqual([]);
    expect(await sendDigest(later(stack.deps, digestLeaseMs + 1000), job)).toMatchObject({ sent: true });
    expect(mailTo(await stack.ses.sentEmails(), sub.email)).toHaveLength(1);
  });

  it('a worker killed after claiming but before SES: the redelivery sends exactly one email', async () => {
    const sub = await activeSubscriber();
    const job = { subscriberId: sub.id, digestId: 'daily-2026-03-04' };
    const killedBeforeSend: Deps = {
      ...stack.deps,
      mailer: {
        send: async () => {
          throw new WorkerKilled('killed before the SES call');
        },
      },
    };
    await expect(sendDigest(killedBeforeSend, job)).rejects.toBeInstanceOf(WorkerKilled);
    expect((await stack.deps.matches.getDigest(sub.id, job.digestId))?.status).toBe('sending');
    expect(await sendDigest(later(stack.deps, digestLeaseMs + 1000), job)).toMatchObject({ sent: true, postings: 1 });
    expect(await sendDigest(stack.deps, job)).toEqual({ sent: false, why: 'already-sent' });
    expect(mailTo(await stack.ses.sentEmails(), sub.email)).toHaveLength(1);
  });

  it('a worker killed after SES accepted but before the "sent" mark: the redelivery sends the same digest again', async () => {
    // The documented window (SES has no idempotency key): one DynamoDB write wide.
    const sub = await activeSubscriber();
    const job = { subscriberId: sub.id, digestId: 'daily-2026-03-05' };
    const killedAfterSend: Deps = {
      ...stack.deps,
      mailer: {
        send: async (email) => {
          await stack.deps.mailer.send(email);
          throw new WorkerKilled('killed between SES and the sent mark');
        },
      },
    };
    await expect(sendDigest(killedAfterSend, job)).rejects.toBeInstanceOf(WorkerKilled);
    expect(await sendDigest(later(stack.deps, digestLeaseMs + 1000), job)).toMatchObject({ sent: true, postings: 1 });
    const mails = mailTo(await stack.ses.sentEmails(), sub.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.subject).toBe(mails[0]?.subject);
    expect(mails[1]?.body.text).toBe(mails[0]?.body.text);
    // And never a third time, nor the same posting in another digest.
    expect(await sendDigest(stack.deps, job)).toEqual({ sent: false, why: 'already-sent' });
    expect(await sendDigest(stack.deps, { ...job, digestId: 'daily-2026-03-06' })).toEqual({
      sent: false,
      why: 'nothing-new',
    });
  });

  it('two planners ticking the same hour plan the same digest id, and the subscriber gets one email', async () => {
    const kolkata = await activeSubscriber({ timeZone: 'Asia/Kolkata', hour: 8 });
    const sydney = await activeSubscriber({ timeZone: 'Australia/Sydney', hour: 8 });
    const jobs: DigestJob[] = [];
    const queue = { send: async (batch: DigestJob[]) => void jobs.push(...batch) };
    const tick = new Date('2026-03-02T03:00:00Z'); // 08:30 in Kolkata, 14:00 in Sydney
    await planDigests(
      { subscribers: stack.deps.subscribers, digestQueue: queue, metrics: stack.deps.metrics },
      { time: tick },
    );
    await planDigests(
      { subscribers: stack.deps.subscribers, digestQueue: queue, metrics: stack.deps.metrics },
      { time: tick },
    );
    expect(jobs.filter((j) => j.subscriberId === sydney.id)).toEqual([]);
    const mine = jobs.filter((j) => j.subscriberId === kolkata.id);
    expect(mine).toEqual([
      { subscriberId: kolkata.id, digestId: 'daily-2026-03-02' },
      { subscriberId: kolkata.id, digestId: 'daily-2026-03-02' },
    ]);
    for (const job of mine) await sendDigest(stack.deps, job);
    expect(mailTo(await stack.ses.sentEmails(), kolkata.email)).toHaveLength(1);
  });

  it('reads only the tick hour’s index partition, and forgets a subscriber who leaves', async () => {
    const lisbon = await activeSubscriber({ timeZone: 'Europe/Lisbon', hour: 9 });
    const ny = await activeSubscriber({ timeZone: 'America/New_York', hour: 9 });
    const at = async (hour: number) => (await stack.deps.subscribers.listDueCandidates!(hour)).map((s) => s.id);
    // Lisbon 09:00 is 09:00 UTC in winter and 08:00 in summer; New York's is 14:00 or 13:00.
    expect(await at(8)).toContain(lisbon.id);
    expect(await at(9)).toContain(lisbon.id);
    expect(await at(13)).toContain(ny.id);
    expect(await at(14)).toContain(ny.id);
    expect(await at(9)).not.toContain(ny.id);
    await stack.deps.subscribers.updateSubscriber(lisbon.id, { status: 'paused' });
    expect(await at(8)).not.toContain(lisbon.id);
    await stack.deps.subscribers.updateSubscriber(ny.id, { hour: 20 });
    expect(await at(13)).not.toContain(ny.id);
    expect(await at(0)).toContain(ny.id);
  });
});
