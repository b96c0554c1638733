import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../local/local-stack';
import { verifyToken } from '../../shared/tokens/tokens';
import { repoDir } from '../support/fixtures';
import { linkIn, mailTo } from '../support/mailbox';

// The preference centre in real Chromium: a confirmed subscriber opens the link from their digest,
// edits their criteria, pauses and resumes, then erases everything; the old link then says so.
const CHROMIUM = '/usr/bin/chromium';
const shots = path.join(repoDir, 'test-results/screenshots');
const EMAIL = 'sofia@example.com';
let stack: LocalStack;
let browser: Browser;
let page: Page;
let tmp: string;
let preferences: string;

const stored = async () => (await stack.store.listActiveSubscribers()).find((s) => s.email === EMAIL);

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  await mkdir(shots, { recursive: true });
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-browser-prefs-'));
  stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory: true, dataDir: tmp });
  await stack.handlers.poll({ kind: 'poll' }, {} as never);
  const res = await fetch(`${stack.urls.siteUrl}/api/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, languages: ['no'], countries: ['PT'], remote: true }),
  });
  expect(res.status).toBe(202);
  const [confirmation] = mailTo(await stack.ses.sentEmails(), EMAIL);
  expect((await fetch(linkIn(confirmation!, `${stack.urls.siteUrl}/confirm`))).status).toBe(200);
  await stack.handlers.digestPlanner({ kind: 'digest-tick', time: new Date().toISOString(), force: true }, {} as never);
  const digest = mailTo(await stack.ses.sentEmails(), EMAIL).find((m) => m.subject !== confirmation?.subject);
  preferences = linkIn(digest!, `${stack.urls.siteUrl}/preferences`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('a subscriber in the preference centre', () => {
  it('opens it from the digest and edits their criteria', async () => {
    await page.goto(preferences);
    await page.screenshot({ path: path.join(shots, 'preferences-page.png'), fullPage: true });
    await page.selectOption('#languages', ['no', 'da']);
    await page.getByLabel('Leave out jobs that mention').fill('sales, night shift');
    await page.getByLabel('Leave out these companies').fill('Acme Staffing');
    await page.check('#frequency-weekly');
    await page.getByRole('button', { name: 'Save my preferences' }).click();
    await expect.poll(() => page.textContent('body')).toMatch(/saved/i);
    expect(await stored()).toMatchObject({
      frequency: 'weekly',
      criteria: {
        languages: ['da', 'no'],
        excludeKeywords: ['sales', 'night shift'],
        excludeCompanies: ['Acme Staffing'],
      },
    });
  });

  it('is shown the field to fix when they remove every language', async () => {
    await page.goto(preferences);
    await page.selectOption('#languages', []);
    await page.getByRole('button', { name: 'Save my preferences' }).click();
    await expect.poll(() => page.textContent('#languages-error')).toMatch(/at least one language/);
    expect((await stored())?.criteria.languages).toEqual(['da', 'no']);
  });

  it('pauses and resumes', async () => {
    await page.goto(preferences);
    await page.getByRole('button', { name: 'Pause my alert' }).click();
    await expect.poll(() => page.textContent('body')).toMatch(/paused/i);
    expect(await stored()).toBeUndefined();
    await page.getByRole('button', { name: 'Resume my alert' }).click();
    await expect.poll(() => page.textContent('body')).toMatch(/on again/i);
    expect((await stored())?.status).toBe('active');
  });

  it('erases all their data, after which the old link says the subscription no longer exists', async () => {
    await page.goto(preferences);
    await page.getByRole('button', { name: 'Erase all my data' }).click();
    await expect.poll(() => page.textContent('body')).toMatch(/erased/i);
    const token = new URL(preferences).searchParams.get('token') as string;
    const { subscriberId } = verifyToken(stack.deps.settings.tokenKey, token, 'manage');
    expect(await stack.deps.subscribers.getSubscriber(subscriberId)).toBeUndefined();
    const res = await page.goto(preferences);
    expect(res?.status()).toBe(404);
    expect(await page.textContent('body')).toMatch(/no longer exists/);
    await page.screenshot({ path: path.join(shots, 'preferences-erased-link.png'), fullPage: true });
  });
});
