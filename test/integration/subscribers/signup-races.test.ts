import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../../local/local-stack';
import { emailKey, subscriberKey } from '../../../shared/adapters/dynamo/keys';
import { subscriptionRequestSchema } from '../../../shared/subscriber/subscriber';
import { MAX_CONFIRMATIONS_PER_DAY, subscribe } from '../../../shared/use-cases/subscribe';
import { linkIn, mailTo } from '../../support/mailbox';
import { apiEvent, callApi, startTestStack, tableItems } from './subscriber-helpers';

// Sign-ups racing each other on the local stack: real HTTP, dynalite, the SES emulator.
let stack: LocalStack;
let close: () => Promise<void>;

const signupOverHttp = (body: Record<string, unknown>) =>
  fetch(`${stack.urls.siteUrl}/api/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

// Through the handler, each from its own client address, so the per-client limit stays out of the way.
let client = 0;
const signup = (body: Record<string, unknown>) =>
  callApi(
    stack,
    apiEvent({ path: '/api/subscriptions', sourceIp: `198.51.100.${++client}`, body: JSON.stringify(body) }),
  );

const request = (email: string) => subscriptionRequestSchema.parse({ email, languages: ['no'], remote: true });
const DAY_MS = 86_400_000;

const mailFor = async (email: string) => mailTo(await stack.ses.sentEmails(), email);
const confirmLink = (mail: Parameters<typeof linkIn>[0]) => linkIn(mail, `${stack.urls.siteUrl}/confirm`);

async function storedSubscriber(email: string) {
  const items = await tableItems(stack);
  const lookup = items.find((i) => i.PK === emailKey(email).PK && i.SK === emailKey(email).SK);
  return stack.deps.subscribers.getSubscriber(String(lookup?.subscriberId));
}

beforeAll(async () => {
  ({ stack, close } = await startTestStack());
});

afterAll(async () => {
  await close?.();
});

describe('fifteen sign-ups for one address at once', () => {
  it(`send at most ${MAX_CONFIRMATIONS_PER_DAY} confirmation emails, and every answer is the same 202`, async () => {
    const email = 'racer@example.com';
    const responses = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        signupOverHttp({ email, languages: ['no'], countries: ['PT'], keywords: [`k${i}`] }),
      ),
    );
    const answers = await Promise.all(responses.map(async (r) => `${r.status} ${await r.text()}`));
    expect(new Set(answers)).toEqual(new Set([answers[0]]));
    expect(responses[0]?.status).toBe(202);
    const sent = await mailFor(email);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.length).toBeLessThanOrEqual(MAX_CONFIRMATIONS_PER_DAY);
    // One subscriber, still unconfirmed.
    const profiles = (await tableItems(stack)).filter((i) => i.SK === 'PROFILE' && i.email === email);
    expect(profiles.map((p) => p.status)).toEqual(['unconfirmed']);
  });

  it('answer the same for an address already active, and send it nothing', async () => {
    const email = 'settled@example.com';
    await signup({ email, languages: ['no'], remote: true });
    expect((await fetch(confirmLink((await mailFor(email))[0]!))).status).toBe(200);
    await stack.ses.clear();
    const answers = await Promise.all(
      Array.from({ length: 15 }, () => signup({ email, languages: ['de'], remote: true })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(15).fill(202));
    expect(await mailFor(email)).toEqual([]);
    expect((await storedSubscriber(email))?.criteria.languages).toEqual(['no']);
  });
});

describe('two sign-ups with different criteria for one pending address', () => {
  const first = { languages: ['no'], countries: ['PT'] };
  const second = { languages: ['de'], remote: true, keywords: ['nurse'], frequency: 'weekly' };

  async function signUpTwice(email: string) {
    await signup({ email, ...first });
    await signup({ email, ...second });
    const [mailA, mailB] = await mailFor(email);
    expect(mailA?.body.text).toContain('jobs that need Norwegian, in Portugal');
    expect(mailB?.body.text).toContain('jobs that need German, working remotely, mentioning “nurse”');
    return { linkA: confirmLink(mailA!), linkB: confirmLink(mailB!) };
  }

  it('leave the subscriber unconfirmed, its stored criteria untouched by the second sign-up', async () => {
    await signUpTwice('pending@example.com');
    const stored = await storedSubscriber('pending@example.com');
    expect(stored?.status).toBe('unconfirmed');
    expect(stored?.criteria.languages).toEqual(['no']);
  });

  it('the first link confirms the criteria of the first email, and the second then changes nothing', async () => {
    const { linkA, linkB } = await signUpTwice('first-link@example.com');
    expect((await fetch(linkA)).status).toBe(200);
    const confirmed = await storedSubscriber('first-link@example.com');
    expect(confirmed).toMatchObject({
      status: 'active',
      criteria: { languages: ['no'], countries: ['PT'], remote: false, keywords: [] },
      frequency: 'daily',
    });
    expect((await fetch(linkB)).status).toBe(200);
    expect(await storedSubscriber('first-link@example.com')).toEqual(confirmed);
  });

  it('the latest link confirms its own criteria', async () => {
    const { linkB } = await signUpTwice('latest-link@example.com');
    expect((await fetch(linkB)).status).toBe(200);
    expect(await storedSubscriber('latest-link@example.com')).toMatchObject({
      status: 'active',
      criteria: { languages: ['de'], countries: [], remote: true, keywords: ['nurse'] },
      frequency: 'weekly',
    });
  });
});

describe('a pending sign-up signed up for again', () => {
  it('is kept a week from the latest link, and not at all once confirmed, even by a late sign-up', async () => {
    const email = 'kept@example.com';
    await signup({ email, languages: ['no'], remote: true });
    const twoDaysOn = new Date(Date.now() + 2 * DAY_MS);
    await subscribe({ ...stack.deps, clock: () => twoDaysOn }, request(email));
    const weekFrom = (d: Date) => d.getTime() / 1000 + 7 * 86_400;
    const ttls = async () => {
      const { id } = (await storedSubscriber(email))!;
      const items = await tableItems(stack);
      const lookup = items.find((i) => i.PK === emailKey(email).PK && i.SK === emailKey(email).SK);
      const profile = items.find((i) => i.PK === subscriberKey(id).PK && i.SK === subscriberKey(id).SK);
      return [lookup?.expiresAt, profile?.expiresAt];
    };
    for (const ttl of await ttls()) expect(Math.abs(Number(ttl) - weekFrom(twoDaysOn))).toBeLessThan(120);

    const [, latest] = await mailFor(email);
    expect((await fetch(confirmLink(latest!))).status).toBe(200);
    expect(await ttls()).toEqual([undefined, undefined]);
    // An active address gets no email, so nothing puts a TTL back on it.
    await subscribe({ ...stack.deps, clock: () => new Date(twoDaysOn.getTime() + DAY_MS) }, request(email));
    expect(await ttls()).toEqual([undefined, undefined]);
  });
});

describe('an unsubscribed address that signs up again', () => {
  it('is made active by the new link, with the new criteria', async () => {
    const email = 'returning@example.com';
    await signup({ email, languages: ['no'], remote: true });
    expect((await fetch(confirmLink((await mailFor(email))[0]!))).status).toBe(200);
    const before = await storedSubscriber(email);
    await stack.deps.subscribers.updateSubscriber(before!.id, {
      status: 'unsubscribed',
      unsubscribedAt: new Date().toISOString(),
    });
    await stack.ses.clear();
    await signup({ email, languages: ['sv'], remote: true });
    const [again] = await mailFor(email);
    expect((await fetch(confirmLink(again!))).status).toBe(200);
    expect(await storedSubscriber(email)).toMatchObject({ status: 'active', criteria: { languages: ['sv'] } });
  });

  it('is not brought back by a link from before it unsubscribed', async () => {
    const email = 'gone@example.com';
    await signup({ email, languages: ['no'], remote: true });
    const link = confirmLink((await mailFor(email))[0]!);
    expect((await fetch(link)).status).toBe(200);
    const { id } = (await storedSubscriber(email))!;
    await stack.deps.subscribers.updateSubscriber(id, {
      status: 'unsubscribed',
      unsubscribedAt: new Date().toISOString(),
    });
    expect((await fetch(link)).status).toBe(200);
    expect((await storedSubscriber(email))?.status).toBe('unsubscribed');
  });
});

describe('a sign-up cut short before its email went out', () => {
  it('is sent by the retry; the slot it took still counts toward the limit, so nothing goes out twice', async () => {
    const email = 'cut-short@example.com';
    const sesDown = { ...stack.deps, mailer: { send: () => Promise.reject(new Error('SES unavailable (injected)')) } };
    await expect(subscribe(sesDown, request(email))).rejects.toThrow(/injected/);
    for (let i = 0; i < MAX_CONFIRMATIONS_PER_DAY; i++) await subscribe(stack.deps, request(email));
    expect(await mailFor(email)).toHaveLength(MAX_CONFIRMATIONS_PER_DAY - 1);
    // The retry's link confirms what it showed.
    expect((await fetch(confirmLink((await mailFor(email))[0]!))).status).toBe(200);
    expect((await storedSubscriber(email))?.status).toBe('active');
  });
});
