import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiHandler } from '../../../functions/api/handler';
import { type LocalStack, startLocalStack } from '../../../local/local-stack';
import { signToken } from '../../../shared/tokens/tokens';
import { mailTo } from '../../support/mailbox';

// Bad input of every kind gets a 4xx naming the problem, never a 500 (invariant 4).
let stack: LocalStack;
let tmp: string;
const url = (p: string) => `${stack.urls.siteUrl}${p}`;
const postJson = (body: string, contentType = 'application/json') =>
  fetch(url('/api/subscriptions'), { method: 'POST', headers: { 'content-type': contentType }, body });
const valid = { email: 'kari@example.com', languages: ['no'], countries: ['PT'], remote: true };

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-api-'));
  stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory: true, dataDir: tmp });
});

afterAll(async () => {
  await stack?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('the JSON API refuses bad input with a 4xx naming the problem', () => {
  it('invalid JSON', async () => {
    const res = await postJson('{"email": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'the body is not valid JSON' });
  });

  it('a body that is not JSON at all', async () => {
    const res = await postJson('email=a@example.com', 'text/plain');
    expect(res.status).toBe(415);
  });

  it('unknown fields, unknown codes, a missing email, no place at all', async () => {
    const res = await postJson(JSON.stringify({ languages: ['klingon'], countries: ['XX'], colour: 'blue' }));
    expect(res.status).toBe(400);
    const { fields } = (await res.json()) as { fields: Record<string, string> };
    expect(fields).toMatchObject({
      email: expect.any(String),
      'languages.0': expect.stringMatching(/ISO 639-1/),
      'countries.0': expect.stringMatching(/ISO 3166-1/),
      colour: 'unknown field',
    });
    const nowhere = await postJson(JSON.stringify({ email: 'a@example.com', languages: ['no'] }));
    expect(nowhere.status).toBe(400);
    expect(((await nowhere.json()) as { fields: Record<string, string> }).fields.countries).toMatch(/remote/);
  });

  it('an oversized body', async () => {
    const res = await postJson(JSON.stringify({ ...valid, keywords: ['x'.repeat(20_000)] }));
    expect(res.status).toBe(413);
  });

  it('an unknown path or method', async () => {
    expect((await fetch(url('/api/nothing'))).status).toBe(404);
    const page = await fetch(url('/nothing'));
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect((await fetch(url('/api/subscriptions'), { method: 'PUT' })).status).toBe(405);
  });
});

describe('the signup form', () => {
  it('shows the form again with the error beside the field, as a 400 page', async () => {
    const res = await fetch(url('/subscribe'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=not-an-address&languages=no&countries=PT',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<form/);
    expect(html).toMatch(/email address/i);
  });

  it('signs up without JavaScript and sends the confirmation email', async () => {
    const res = await fetch(url('/subscribe'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=form%40example.com&languages=da&countries=EE&frequency=weekly&hour=9',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/inbox/i);
    expect(mailTo(await stack.ses.sentEmails(), 'form@example.com')).toHaveLength(1);
  });
});

describe('links', () => {
  it('an expired confirmation link says so', async () => {
    const old = new Date(Date.now() - 8 * 86_400_000);
    const token = signToken(stack.deps.settings.tokenKey, { purpose: 'confirm', subscriberId: 'x' }, old);
    const res = await fetch(url(`/confirm?token=${encodeURIComponent(token)}`));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/expired/i);
  });

  it('an unsubscribe token does not confirm, and a link without token is explained', async () => {
    const token = signToken(stack.deps.settings.tokenKey, { purpose: 'unsubscribe', subscriberId: 'x' });
    expect((await fetch(url(`/confirm?token=${encodeURIComponent(token)}`))).status).toBe(400);
    const bare = await fetch(url('/unsubscribe'));
    expect(bare.status).toBe(400);
    expect(await bare.text()).toMatch(/no token/);
  });

  it('a valid link for an erased subscriber is a 404 page', async () => {
    const token = signToken(stack.deps.settings.tokenKey, { purpose: 'unsubscribe', subscriberId: 'gone' });
    const res = await fetch(url(`/unsubscribe?token=${encodeURIComponent(token)}`), { method: 'POST' });
    expect(res.status).toBe(404);
  });
});

describe('no enumeration', () => {
  it('an active address signing up again gets the same answer, no email, and no change to its alert', async () => {
    const first = await postJson(JSON.stringify(valid));
    const firstText = await first.text();
    const [mail] = mailTo(await stack.ses.sentEmails(), valid.email);
    const confirmLink = mail?.body.text?.match(/https?:\/\/\S+\/confirm\S+/)?.[0];
    expect((await fetch(confirmLink!)).status).toBe(200);
    await stack.ses.clear();
    const again = await postJson(JSON.stringify({ ...valid, languages: ['de'] }));
    expect(again.status).toBe(first.status);
    expect(await again.text()).toBe(firstText);
    expect(await stack.ses.sentEmails()).toEqual([]);
    const [active] = (await stack.store.listActiveSubscribers()).filter((s) => s.email === valid.email);
    expect(active?.criteria.languages).toEqual(['no']);
  });
});

describe('an unexpected failure', () => {
  it('is a generic 500 that reveals nothing, and is logged', async () => {
    const failing = makeApiHandler(async () => ({
      ...stack.deps,
      log: { info() {}, warn() {}, error() {} },
      subscribers: {
        ...stack.deps.subscribers,
        createSubscriber: async () => {
          throw new Error('ProvisionedThroughputExceededException: secret table details');
        },
      },
    }));
    const event = {
      rawPath: '/api/subscriptions',
      requestContext: { http: { method: 'POST' } },
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(valid),
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2;
    const res = await failing(event, {} as never);
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toMatch(/Provisioned|secret/);
  });
});
