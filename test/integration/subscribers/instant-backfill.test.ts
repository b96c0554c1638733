import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../../local/local-stack';
import type { StoredEmail } from '../../../shared/adapters/ses/start-ses-emulator';
import { confirmSubscription } from '../../../shared/use-cases/confirm-subscription';
import { linkIn, mailTo } from '../../support/mailbox';
import { confirmedSubscriber, startSeededStack } from '../../support/seeded-stack';
import { tableItems } from './subscriber-helpers';

// An instant subscriber's first digest holds the backfill, sent as soon as they confirm: the
// seeded local stack (its folder source polled once), real HTTP, dynalite and the SES emulator.
let stack: LocalStack;
let close: (() => Promise<void>) | undefined;
let n = 0;

beforeAll(async () => {
  ({ stack, close } = await startSeededStack('jobalert-instant-backfill-'));
});

afterAll(async () => {
  await close?.();
});

beforeEach(() => stack.ses.clear());

/** Signs up for instant Norwegian jobs in Portugal over HTTP; returns the address and its confirm link. */
async function instantSignup(): Promise<{ email: string; link: string }> {
  const email = `instant-${++n}@example.com`;
  const res = await fetch(`${stack.urls.siteUrl}/api/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, languages: ['no'], countries: ['PT'], frequency: 'instant' }),
  });
  expect(res.status).toBe(202);
  const [confirmation] = mailTo(await stack.ses.sentEmails(), email);
  return { email, link: linkIn(confirmation!, `${stack.urls.siteUrl}/confirm`) };
}

const digestsTo = async (email: string, link: string): Promise<StoredEmail[]> =>
  mailTo(await stack.ses.sentEmails(), email).filter((m) => !(m.body.text ?? '').includes(link));

/** The backfill digest's record, read from the table: which postings it sent. */
async function backfillDigest(email: string) {
  const items = await tableItems(stack);
  const subscriberId = String(items.find((i) => i.SK === 'PROFILE' && i.email === email)?.id);
  const digests = items.filter((i) => i.PK === `SUB#${subscriberId}` && String(i.SK).startsWith('DIGEST#'));
  return { subscriberId, digests };
}

describe('an instant subscriber who confirms', () => {
  it('gets one digest at once with the backfilled postings of the last 30 days', async () => {
    const { email, link } = await instantSignup();
    expect((await fetch(link)).status).toBe(200);

    const [digest, ...more] = await digestsTo(email, link);
    expect(more).toEqual([]);
    const { subscriberId, digests } = await backfillDigest(email);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.status).toBe('sent');
    const postingIds = digests[0]?.postingIds as string[];
    expect(postingIds.length).toBeGreaterThan(0);
    for (const posting of await stack.deps.postings.getPostings(postingIds)) {
      expect(digest?.body.text).toContain(posting.title);
    }
    // Nothing is left waiting for a later digest.
    expect(await stack.deps.matches.listMatches(subscriberId)).toEqual([]);
  });

  it('and clicks the link again gets nothing more', async () => {
    const { email, link } = await instantSignup();
    expect((await fetch(link)).status).toBe(200);
    expect(await digestsTo(email, link)).toHaveLength(1);
    expect((await fetch(link)).status).toBe(200);
    expect(await digestsTo(email, link)).toHaveLength(1);
  });

  it('and double-clicks (two requests at once) gets one digest', async () => {
    const { email, link } = await instantSignup();
    const answers = await Promise.all([fetch(link), fetch(link)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await digestsTo(email, link)).toHaveLength(1);
  });

  it('gets the digest from a second click when queueing it failed after the first made them active', async () => {
    const { email, link } = await instantSignup();
    const token = new URL(link).searchParams.get('token') as string;
    const queueDown = {
      ...stack.deps,
      digestQueue: { send: () => Promise.reject(new Error('SQS unavailable (injected)')) },
    };
    await expect(confirmSubscription(queueDown, token)).rejects.toThrow(/injected/);
    expect(await digestsTo(email, link)).toEqual([]);

    expect((await fetch(link)).status).toBe(200);
    expect(await digestsTo(email, link)).toHaveLength(1);
    expect((await fetch(link)).status).toBe(200);
    expect(await digestsTo(email, link)).toHaveLength(1);
  });
});

describe('a daily subscriber who confirms', () => {
  it('gets no digest before their hour: the backfill waits for it', async () => {
    const { email, backfilled } = await confirmedSubscriber(stack, 'daily-backfill', {
      languages: ['no'],
      countries: ['PT'],
      remote: false,
    });
    expect(backfilled).toBeGreaterThan(0);
    expect(mailTo(await stack.ses.sentEmails(), email)).toEqual([]);
  });
});
