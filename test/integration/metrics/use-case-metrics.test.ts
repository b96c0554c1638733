import { readFile } from 'node:fs/promises';
import type { SNSEvent, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDigestSenderHandler } from '../../../functions/digest-sender/handler';
import { makeSesFeedbackHandler } from '../../../functions/ses-feedback/handler';
import type { LocalStack } from '../../../local/local-stack';
import type { Mailer } from '../../../shared/ports/mailer';
import type { MatchJob } from '../../../shared/ports/queue';
import type { Deps } from '../../../shared/use-cases/deps';
import { matchPostings } from '../../../shared/use-cases/match-postings';
import { planDigests } from '../../../shared/use-cases/plan-digests';
import { pollSources } from '../../../shared/use-cases/poll-sources';
import { sendDigest } from '../../../shared/use-cases/send-digest';
import { recordEmf } from '../../support/emf-lines';
import { activeSubscriber, startTestStack } from '../subscribers/subscriber-helpers';

// The use cases on the local stack (dynalite, the SES emulator) with the real EMF adapter writing
// into memory: each step's lines are read back as CloudWatch would read them.
let stack: LocalStack;
let close: () => Promise<void>;
let now = new Date('2031-05-04T06:00:00.000Z');
const emf = recordEmf(() => now);
let deps: Deps;
const matchJobs: MatchJob[] = [];

beforeAll(async () => {
  ({ stack, close } = await startTestStack());
  deps = {
    ...stack.deps,
    clock: () => now,
    metrics: emf.metrics,
    // The match step is called by the test, so its lines are this test's.
    matchQueue: { send: async (jobs) => void matchJobs.push(...jobs) },
  };
});

afterAll(async () => {
  await close?.();
});

describe('what the use cases measure, as EMF lines', () => {
  let subscriberId: string;

  it('a poll: per source fetched, new, duplicate, rejected, failed, breaker, named by a property', async () => {
    subscriberId = (
      await activeSubscriber(stack, 'metrics-reader', {
        criteria: { languages: ['no'], countries: ['PT'], remote: true, keywords: [] },
      })
    ).id;
    await pollSources(deps);
    const [run] = emf.with('PostingsFetched');
    expect(run?.namespace).toBe('jobalert');
    expect(run?.dimensions).toEqual([]);
    expect(run?.fields).toEqual({
      sourceId: 'examples',
      sourceType: 'folder',
      SourcePolls: 1,
      PostingsFetched: 11,
      PostingsNew: 10,
      PostingsDuplicate: 0,
      PostingsRejected: 1,
      SourceFailures: 0,
      BreakerOpen: 0,
    });
    expect(run?.units).toMatchObject({ PostingsNew: 'Count', BreakerOpen: 'Count' });
  });

  it('matching: postings matched and matches made', async () => {
    emf.clear();
    for (const job of matchJobs) await matchPostings(deps, job);
    const records = emf.with('MatchesMade');
    const made = records.reduce((n, r) => n + (r.fields.MatchesMade as number), 0);
    const matched = records.reduce((n, r) => n + (r.fields.PostingsMatched as number), 0);
    expect(made).toBeGreaterThan(0);
    // One subscriber: each matched posting is one match.
    expect(matched).toBe(made);
    expect(records.flatMap((r) => r.fields.matchedPostingIds as string[])).toHaveLength(matched);
  });

  it('digests: planned, then sent with each posting’s lag by frequency, then skipped', async () => {
    emf.clear();
    now = new Date('2031-05-04T08:00:00.000Z');
    const jobs: { subscriberId: string; digestId: string }[] = [];
    await planDigests(
      { ...deps, digestQueue: { send: async (b) => void jobs.push(...b) } },
      { time: now, force: true },
    );
    expect(emf.with('DigestsPlanned').map((r) => r.fields.DigestsPlanned)).toEqual([jobs.length]);
    const job = jobs.find((j) => j.subscriberId === subscriberId);
    if (!job) throw new Error('no digest planned for the subscriber');

    const result = await sendDigest(deps, job);
    if (!result.sent) throw new Error(`digest not sent: ${result.why}`);
    const [sent] = emf.with('DigestsSent');
    expect(sent?.dimensions).toEqual(['Frequency']);
    expect(sent?.units).toEqual({ DigestsSent: 'Count', DigestLag: 'Seconds' });
    expect(sent?.fields).toMatchObject({ Frequency: 'daily', DigestsSent: 1, subscriberId, digestId: job.digestId });
    // Polled and matched at 06:00, mailed at 08:00: two hours for every posting in it.
    expect(sent?.fields.DigestLag).toEqual(Array(result.postings).fill(7200));

    await sendDigest(deps, job);
    expect(emf.with('DigestsSkipped').map((r) => r.fields)).toEqual([
      { DigestsSkipped: 1, subscriberId, digestId: job.digestId, why: 'already-sent' },
    ]);
  });

  it('SES throttles, counted by the digest sender as it slows down', async () => {
    emf.clear();
    const reader = await activeSubscriber(stack, 'metrics-throttled', {
      criteria: { languages: ['no'], countries: ['PT'], remote: true, keywords: [] },
    });
    // Backfill of the postings above, as a preferences change would record them.
    for (const job of matchJobs) await matchPostings({ ...deps, clock: () => new Date(now.getTime() - 1) }, job);
    let throttled = false;
    // A fault SES's emulator cannot produce: one throttle, then the real emulator.
    const mailer: Mailer = {
      send: async (email, options) => {
        if (!throttled) {
          throttled = true;
          throw Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'ThrottlingException' });
        }
        return stack.deps.mailer.send(email, options);
      },
    };
    const handler = makeDigestSenderHandler(async () => ({ ...deps, mailer }));
    const body = JSON.stringify({ subscriberId: reader.id, digestId: 'throttled-1' });
    const event = { Records: [{ messageId: 'm1', body }] } as unknown as SQSEvent;
    expect(await handler(event, {} as never)).toEqual({ batchItemFailures: [] });
    expect(emf.with('SesThrottles').map((r) => r.fields.SesThrottles)).toEqual([1]);
    expect(emf.with('DigestsSent')).toHaveLength(1);
  });

  it('bounces by type and complaints, named by subscriber', async () => {
    emf.clear();
    const feedback = makeSesFeedbackHandler(async () => deps);
    for (const fixture of ['ses-bounce-permanent.json', 'ses-bounce-transient.json', 'ses-complaint.json']) {
      const text = await readFile(new URL(`../../fixtures/events/${fixture}`, import.meta.url), 'utf8');
      const event = {
        Records: [{ Sns: { MessageId: fixture, Message: text.replace('SUBSCRIBER_ID', subscriberId) } }],
      };
      await feedback(event as unknown as SNSEvent, {} as never);
    }
    expect(emf.with('Bounces').map((r) => [r.dimensions, r.fields.BounceType, r.fields.subscriberId])).toEqual([
      [['BounceType'], 'hard', subscriberId],
      [['BounceType'], 'soft', subscriberId],
    ]);
    expect(emf.with('Complaints').map((r) => r.fields)).toEqual([{ Complaints: 1, subscriberId }]);
  });
});
