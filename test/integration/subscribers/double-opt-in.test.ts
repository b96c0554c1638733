import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiHandler } from '../../../functions/api/handler';
import type { HttpResponse } from '../../../functions/api/http';
import type { LocalStack } from '../../../local/local-stack';
import { emailKey, subscriberKey } from '../../../shared/adapters/dynamo/keys';
import { parseConfig } from '../../../shared/config/config';
import {
  MAX_CONFIRMATIONS_PER_DAY,
  MAX_SIGNUPS_PER_CLIENT_PER_HOUR,
  subscribe,
} from '../../../shared/use-cases/subscribe';
import { headerOf, linkIn, mailTo } from '../../support/mailbox';
import { apiEvent, callApi, startTestStack, tableItems } from './subscriber-helpers';

let stack: LocalStack;
let close: () => Promise<void>;
const DAY_MS = 86_400_000;

const signup = (email: string, sourceIp: string) =>
  callApi(
    stack,
    apiEvent({
      path: '/api/subscriptions',
      sourceIp,
      body: JSON.stringify({ email, languages: ['no'], countries: ['PT'], remote: true }),
    }),
  );
const sentTo = async (email: string) => mailTo(await stack.ses.sentEmails(), email).length;
const answer = (res: HttpResponse) => ({ status: res.statusCode, body: res.body });

/** The API as it runs `days` from now (the store's own clock stays real). */
const apiInDays = (days: number) =>
  makeApiHandler(async () => ({ ...stack.deps, clock: () => new Date(Date.now() + days * DAY_MS) }));

beforeAll(async () => {
  ({ stack, close } = await startTestStack());
});

afterAll(async () => {
  await close?.();
});

describe('confirmation re-sends to one address', () => {
  it(`stop after ${MAX_CONFIRMATIONS_PER_DAY} in 24 hours, with exactly the same answer`, async () => {
    const answers: ReturnType<typeof answer>[] = [];
    for (let i = 0; i < MAX_CONFIRMATIONS_PER_DAY + 2; i++) {
      answers.push(answer(await signup('bombed@example.com', `198.51.100.${i + 1}`)));
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]?.status).toBe(202);
    expect(await sentTo('bombed@example.com')).toBe(MAX_CONFIRMATIONS_PER_DAY);
  });

  it('start again a day later, and the newest link confirms', async () => {
    const tomorrow = apiInDays(1.01);
    const res = (await tomorrow(
      apiEvent({
        path: '/api/subscriptions',
        sourceIp: '198.51.100.99',
        body: JSON.stringify({ email: 'bombed@example.com', languages: ['no'], remote: true }),
      }),
      {} as never,
    )) as HttpResponse;
    expect(res.statusCode).toBe(202);
    expect(await sentTo('bombed@example.com')).toBe(MAX_CONFIRMATIONS_PER_DAY + 1);
  });
});

describe('sign-ups from one client', () => {
  it(`send nothing past ${MAX_SIGNUPS_PER_CLIENT_PER_HOUR} an hour, answering exactly as usual`, async () => {
    const ip = '192.0.2.44';
    const answers: ReturnType<typeof answer>[] = [];
    for (let i = 0; i < MAX_SIGNUPS_PER_CLIENT_PER_HOUR + 3; i++) {
      answers.push(answer(await signup(`stranger${i}@example.org`, ip)));
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    const sent = await Promise.all(answers.map((_, i) => sentTo(`stranger${i}@example.org`)));
    expect(sent.filter((n) => n === 1)).toHaveLength(MAX_SIGNUPS_PER_CLIENT_PER_HOUR);
    expect(sent.slice(MAX_SIGNUPS_PER_CLIENT_PER_HOUR)).toEqual([0, 0, 0]);
    // Another client is not affected.
    await signup('neighbour@example.org', '192.0.2.45');
    expect(await sentTo('neighbour@example.org')).toBe(1);
  });

  it('are counted under a keyed hash: the table never holds the IP address', async () => {
    await signup('hashed@example.org', '192.0.2.200');
    const text = JSON.stringify(await tableItems(stack));
    expect(text).not.toContain('192.0.2.200');
    expect(text).toMatch(/"PK":"SIGNUPS#[A-Za-z0-9_-]{32}"/);
  });
});

describe('unconfirmed sign-ups', () => {
  it('carry a TTL a week out on the profile and the email lookup, dropped once confirmed', async () => {
    await signup('ttl@example.com', '203.0.113.50');
    const items = await tableItems(stack);
    const isLookup = (i: Record<string, unknown>) =>
      i.PK === emailKey('ttl@example.com').PK && i.SK === emailKey('ttl@example.com').SK;
    const lookup = items.find(isLookup);
    const id = String(lookup?.subscriberId);
    const profile = items.find((i) => i.PK === subscriberKey(id).PK && i.SK === 'PROFILE');
    const week = Date.now() / 1000 + 7 * 86_400;
    for (const item of [lookup, profile]) expect(Math.abs(Number(item?.expiresAt) - week)).toBeLessThan(120);

    const [mail] = mailTo(await stack.ses.sentEmails(), 'ttl@example.com');
    expect((await fetch(linkIn(mail!, `${stack.urls.siteUrl}/confirm`))).status).toBe(200);
    const after = await tableItems(stack);
    expect(after.find(isLookup)?.expiresAt).toBeUndefined();
    expect(after.find((i) => i.PK === subscriberKey(id).PK && i.SK === 'PROFILE')?.expiresAt).toBeUndefined();
  });

  it('cannot be confirmed 8 days later, whether or not TTL has removed them yet', async () => {
    await signup('late@example.com', '203.0.113.51');
    const [mail] = mailTo(await stack.ses.sentEmails(), 'late@example.com');
    const link = new URL(linkIn(mail!, `${stack.urls.siteUrl}/confirm`));
    const event = {
      rawPath: '/confirm',
      queryStringParameters: { token: link.searchParams.get('token') },
      requestContext: { http: { method: 'GET', sourceIp: '203.0.113.51' } },
      headers: {},
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2;
    const res = (await apiInDays(8)(event, {} as never)) as HttpResponse;
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/expired/);
    const [subscriber] = (await tableItems(stack)).filter((i) => i.email === 'late@example.com');
    expect(subscriber?.status).toBe('unconfirmed');
  });
});

describe('List-Unsubscribe', () => {
  it('adds the mailto the operator configures beside the https URL', async () => {
    const deps = { ...stack.deps, settings: { ...stack.deps.settings, unsubscribeMailto: 'leave@example.com' } };
    await subscribe(deps, {
      email: 'mailto@example.com',
      languages: ['no'],
      countries: [],
      remote: true,
      keywords: [],
      frequency: 'daily',
      hour: 8,
      timeZone: 'UTC',
      locale: 'en',
    });
    const [mail] = mailTo(await stack.ses.sentEmails(), 'mailto@example.com');
    expect(headerOf(mail!, 'List-Unsubscribe')).toMatch(
      /^<https?:\/\/[^>]+\/unsubscribe\?token=[^>]+>, <mailto:leave@example\.com>$/,
    );
    expect(headerOf(mail!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });

  it('is an optional, validated config field', () => {
    expect(parseConfig({ sources: [], unsubscribeMailto: 'leave@example.com' }, 'test').unsubscribeMailto).toBe(
      'leave@example.com',
    );
    expect(() => parseConfig({ sources: [], unsubscribeMailto: 'not an address' }, 'test')).toThrow(
      /unsubscribeMailto/,
    );
  });
});
