import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiHandler } from '../../../functions/api/handler';
import type { HttpResponse } from '../../../functions/api/http';
import type { LocalStack } from '../../../local/local-stack';
import { notRelevantUrl, preferencesUrl, unsubscribeUrl } from '../../../shared/email/links';
import { linkIn, mailTo } from '../../support/mailbox';
import { activeSubscriber, postForm, startTestStack } from '../subscribers/subscriber-helpers';

let stack: LocalStack;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ stack, close } = await startTestStack());
});

afterAll(async () => {
  await close?.();
});

/** The policy's directives by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Asserts the page's CSP is strict and allows exactly the inline blocks the page holds. */
async function expectStrictPolicy(res: Response): Promise<string> {
  const body = await res.text();
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  const policy = res.headers.get('content-security-policy');
  expect(policy, 'an HTML page without Content-Security-Policy').toBeTruthy();
  const d = directives(policy as string);
  expect(d.get('default-src')).toEqual(["'none'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(d.get('form-action')).toEqual(["'self'"]);
  for (const name of ['script-src', 'style-src']) {
    for (const source of d.get(name) ?? [])
      expect(source, `${name} allows ${source}`).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
  }
  // Every inline block the page holds is one the policy names, so the browser runs it.
  for (const [, tag, content] of body.matchAll(/<(script|style)>([\s\S]*?)<\/\1>/g)) {
    expect(d.get(tag === 'script' ? 'script-src' : 'style-src'), `the page's inline ${tag}`).toContain(
      sha256(content as string),
    );
  }
  // Attributes the policy would block (and no hash can allow without 'unsafe-hashes').
  expect(body).not.toMatch(/\sstyle="|\son[a-z]+="/i);
  return body;
}

describe('every HTML page of the API', () => {
  it('carries a strict Content-Security-Policy: signup, its errors, check-inbox, confirmed', async () => {
    const signup = await fetch(stack.urls.site);
    expect(signup.status).toBe(200);
    expect(await expectStrictPolicy(signup)).toContain('<script>');

    const invalid = await postForm(`${stack.urls.siteUrl}/subscribe`, 'email=nope&languages=no');
    expect(invalid.status).toBe(400);
    await expectStrictPolicy(invalid);

    const email = 'csp-signup@example.com';
    const form = new URLSearchParams({ email, languages: 'no', countries: 'PT', frequency: 'daily' });
    const checkInbox = await postForm(`${stack.urls.siteUrl}/subscribe`, form);
    expect(checkInbox.status).toBe(200);
    await expectStrictPolicy(checkInbox);

    const [confirmation] = mailTo(await stack.ses.sentEmails(), email);
    if (!confirmation) throw new Error('no confirmation email');
    const confirmed = await fetch(linkIn(confirmation, `${stack.urls.siteUrl}/confirm`));
    expect(confirmed.status).toBe(200);
    await expectStrictPolicy(confirmed);
  });

  it('carries it on the pages behind email links: preferences, unsubscribe, not relevant', async () => {
    const subscriber = await activeSubscriber(stack, 'csp-links');
    const settings = stack.deps.settings;
    const preferences = await fetch(preferencesUrl(settings, subscriber.id));
    expect(preferences.status).toBe(200);
    await expectStrictPolicy(preferences);
    const paused = await postForm(preferencesUrl(settings, subscriber.id), 'action=pause');
    expect(paused.status).toBe(200);
    await expectStrictPolicy(paused);

    const unsubscribePage = await fetch(unsubscribeUrl(settings, subscriber.id));
    expect(unsubscribePage.status).toBe(200);
    await expectStrictPolicy(unsubscribePage);
    const unsubscribed = await postForm(unsubscribeUrl(settings, subscriber.id), 'List-Unsubscribe=One-Click');
    expect(unsubscribed.status).toBe(200);
    await expectStrictPolicy(unsubscribed);

    const notRelevant = await fetch(notRelevantUrl(settings, subscriber.id, 'gone.0123456789abcdef0123456789abcdef'));
    expect(notRelevant.status).toBe(200);
    await expectStrictPolicy(notRelevant);
  });

  it('carries it on error pages: a bad link, a page that does not exist, a wrong method', async () => {
    const badToken = await fetch(`${stack.urls.siteUrl}/confirm?token=not-a-token`);
    expect(badToken.status).toBe(400);
    await expectStrictPolicy(badToken);
    const missing = await fetch(`${stack.urls.siteUrl}/no-such-page`);
    expect(missing.status).toBe(404);
    await expectStrictPolicy(missing);
    const wrongMethod = await fetch(`${stack.urls.siteUrl}/confirm`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    await expectStrictPolicy(wrongMethod);
  });
});

describe('Strict-Transport-Security', () => {
  const event = (rawPath: string, method = 'GET') =>
    ({
      rawPath,
      requestContext: { http: { method, sourceIp: '203.0.113.7' } },
      headers: {},
      isBase64Encoded: false,
    }) as unknown as APIGatewayProxyEventV2;
  const apiAt = (siteUrl: string) =>
    makeApiHandler(async () => ({ ...stack.deps, settings: { ...stack.deps.settings, siteUrl } }));
  const call = async (api: ReturnType<typeof makeApiHandler>, path: string) =>
    (await api(event(path), {} as never)) as HttpResponse;

  it('is sent on every answer of an https site: a page, JSON, an error page', async () => {
    const api = apiAt('https://jobs.example.org');
    for (const path of ['/', '/api/health', '/no-such-page', '/confirm?token=x']) {
      const res = await call(api, path.split('?')[0] as string);
      expect(res.headers?.['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
    }
  });

  it('is never sent by a plain-http site (the local one), which a browser would otherwise refuse later', async () => {
    const res = await fetch(stack.urls.site);
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const api = apiAt('http://127.0.0.1:3000');
    expect((await call(api, '/')).headers?.['strict-transport-security']).toBeUndefined();
    expect((await call(api, '/no-such-page')).headers?.['strict-transport-security']).toBeUndefined();
  });
});
