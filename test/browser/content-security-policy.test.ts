import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../local/local-stack';
import { preferencesUrl, unsubscribeUrl } from '../../shared/email/links';

// The pages with their Content-Security-Policy enforced by real Chromium: any inline style or
// script the policy does not name, or anything loaded from elsewhere, is a violation, and a
// violation (or a console error) fails the test.
const CHROMIUM = '/usr/bin/chromium';
let stack: LocalStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let tmp: string;
let problems: string[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-csp-'));
  stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory: true, dataDir: tmp });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

beforeEach(async () => {
  await context?.close();
  problems = [];
  context = await browser.newContext();
  // Reported from inside the page, before any of its own code runs.
  await context.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(t: string): void }).reportViolation(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`,
      ),
    );
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
});

/** Lets late reports (events, console) arrive before they are counted. */
async function reported(): Promise<string[]> {
  await page.waitForTimeout(200);
  return problems;
}

describe('the pages under their Content-Security-Policy in Chromium', () => {
  it('notices a violation: the checks below can fail', async () => {
    await page.goto(stack.urls.site);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.title = "injected"';
      document.body.appendChild(s);
    });
    expect(await page.title()).not.toBe('injected');
    expect((await reported()).join('\n')).toMatch(/CSP violation: script-src/);
  });

  it('the signup page is styled, its picker works, and the form posts, with no violation', async () => {
    await page.goto(stack.urls.site);
    // The inline stylesheet applied: the enhanced picker hides the plain select by a class.
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    const filter = page.getByRole('searchbox', { name: 'Languages you speak' });
    await filter.fill('norw');
    await filter.press('Enter');
    await expect.poll(() => page.locator('#languages-count').textContent()).toBe('1 selected');
    expect(
      await page.$eval('#languages', (s) => [...(s as HTMLSelectElement).selectedOptions].map((o) => o.value)),
    ).toEqual(['no']);
    expect(await page.inputValue('#timeZone')).not.toBe('');
    await page.getByLabel('Email address').fill('csp-browser@example.com');
    await page.getByRole('searchbox', { name: 'Countries' }).fill('portu');
    await page.getByRole('searchbox', { name: 'Countries' }).press('Enter');
    await page.getByRole('button', { name: 'Create my job alert' }).click();
    await expect.poll(() => page.textContent('h1')).toMatch(/inbox/i);
    expect(await reported()).toEqual([]);
  });

  it('the preference centre, the unsubscribe page and an error page show with no violation', async () => {
    const { subscriber } = await stack.deps.subscribers.createSubscriber({
      id: 'csp-browser-sub',
      email: 'csp-browser-sub@example.com',
      status: 'active',
      criteria: { languages: ['no'], countries: ['PT'], remote: false, keywords: [] },
      frequency: 'daily',
      hour: 8,
      timeZone: 'Europe/Lisbon',
      locale: 'en',
      createdAt: new Date().toISOString(),
      confirmedAt: new Date().toISOString(),
    });
    await page.goto(preferencesUrl(stack.deps.settings, subscriber.id));
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    await page.getByRole('button', { name: /pause/i }).click();
    await expect.poll(() => page.textContent('body')).toMatch(/paused/i);
    await page.goto(unsubscribeUrl(stack.deps.settings, subscriber.id));
    await page.getByRole('button', { name: /unsubscribe/i }).click();
    await expect.poll(() => page.textContent('body')).toMatch(/unsubscribed/i);
    const notFound = await page.goto(`${stack.urls.siteUrl}/no-such-page`);
    expect(notFound?.status()).toBe(404);
    // The 404 itself is a console error in Chromium ("Failed to load resource"), not a violation.
    expect((await reported()).filter((p) => !/status of 404/.test(p))).toEqual([]);
  });
});
