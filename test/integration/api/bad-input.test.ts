import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../../local/local-stack';
import { signToken } from '../../../shared/tokens/tokens';
import { norwegianSpeaker } from '../../support/subscribers';

// Bad input the operator found answered 500 or reset, through the local HTTP server (invariant 4).
let stack: LocalStack;
let tmp: string;
let preferences: string;
const url = (p: string) => `${stack.urls.siteUrl}${p}`;

/** One raw request with a body of `bytes` bytes, sent in chunks: its status, or how it failed. */
function send(method: string, target: string, bytes = 0): Promise<{ status?: number; body?: string; error?: string }> {
  return new Promise((resolve) => {
    // The path exactly as given: a URL object would already have resolved "/..".
    const req = request(stack.urls.siteUrl, {
      method,
      path: target,
      headers: bytes > 0 ? { 'content-type': 'application/json', 'content-length': String(bytes) } : {},
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', (err) => resolve({ error: err.message }));
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const write = (): void => {
      while (sent < bytes) {
        const part = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
        sent += part.length;
        if (!req.write(part)) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-bad-input-'));
  const configFile = path.join(tmp, 'config.yaml');
  await writeFile(configFile, 'sources: []\n');
  stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory: true, configFile, dataDir: tmp });
  const { subscriber } = await stack.deps.subscribers.createSubscriber(norwegianSpeaker({ status: 'active' }));
  const token = signToken(stack.deps.settings.tokenKey, { purpose: 'manage', subscriberId: subscriber.id });
  preferences = `/preferences?token=${encodeURIComponent(token)}`;
});

afterAll(async () => {
  await stack?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('the preference centre refuses bad form values with a 400 page naming the field', () => {
  it.each([
    ['languages=!!', 'languages=!!&countries=NO', 'languages', /ISO 639-1/],
    ['an unknown language code', 'languages=zz&countries=NO', 'languages', /ISO 639-1/],
    ['a 5,000-letter language', `languages=${'a'.repeat(5_000)}&countries=NO`, 'languages', /ISO 639-1/],
    ['countries=!!', 'languages=no&countries=!!', 'countries', /ISO 3166-1/],
    ['hour=99', 'languages=no&countries=NO&hour=99', 'hour', /23/],
  ])('%s', async (_, body, field, reason) => {
    const res = await fetch(url(preferences), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toMatch(reason);
    expect(page).toContain(`name="${field}"`);
  });

  it('the sign-up form too', async () => {
    const res = await fetch(url('/subscribe'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=kari%40example.com&languages=!!&countries=!!',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/ISO 639-1/);
  });
});

describe('odd paths name no page', () => {
  it.each(['//', '//x', '/%', '/..', '/a/../..', '//example.org/unsubscribe'])('GET %s is a 404', async (target) => {
    expect(await send('GET', target)).toMatchObject({ status: 404 });
  });

  it('a trailing slash on a page is still forgiven', async () => {
    expect(await send('GET', '/api/health/')).toMatchObject({ status: 200 });
  });
});

describe('a body over the limit', () => {
  it('of 2 MB is answered 413 in the API’s shape, the connection not reset', async () => {
    const res = await send('POST', '/api/subscriptions', 2 * 1024 * 1024);
    expect(res).toEqual({ status: 413, body: JSON.stringify({ error: 'request body larger than 1048576 bytes' }) });
  });

  it('of 20 KB is answered 413 by the API itself', async () => {
    const res = await send('POST', '/api/subscriptions', 20 * 1024);
    expect(res).toMatchObject({ status: 413, body: expect.stringContaining('request body larger than 16384 bytes') });
  });

  it('to a page is answered 413 too', async () => {
    expect(await send('POST', '/subscribe', 2 * 1024 * 1024)).toMatchObject({ status: 413 });
  });
});
