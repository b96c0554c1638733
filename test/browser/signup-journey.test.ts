import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../local/local-stack';
import type { PollSummary } from '../../shared/use-cases/poll-sources';
import { renderSignupPage } from '../../web/pages/signup-page';
import { repoDir } from '../support/fixtures';
import { headerOf, linkIn, mailTo } from '../support/mailbox';

// A person's journey in real Chromium against the local stack: sign up on the page (with the
// enhanced language picker, and again with JavaScript off), confirm from the mailbox, get a
// digest, leave through the unsubscribe page. Screenshots are kept in test-results/ as artefacts.
const CHROMIUM = '/usr/bin/chromium';
const shots = path.join(repoDir, 'test-results/screenshots');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 900, height: 1200 };
let stack: LocalStack;
let browser: Browser;
let page: Page;
let tmp: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  await mkdir(shots, { recursive: true });
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-browser-'));
  stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory: true, dataDir: tmp });
  const summary = (await stack.handlers.poll({ kind: 'poll' }, {} as never)) as PollSummary;
  expect(summary.sources[0]?.new).toBeGreaterThan(0);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: DESKTOP });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** The values the hidden select will post: what the enhanced picker chose. */
function selected(p: Page, id: string): Promise<string[]> {
  return p.$eval(`#${id}`, (s) => [...(s as HTMLSelectElement).selectedOptions].map((o) => o.value));
}

describe('a job seeker in the browser', () => {
  it('finds languages by typing and picks them with the keyboard alone', async () => {
    await page.goto(stack.urls.site);
    await page.screenshot({ path: path.join(shots, 'signup-page-en-desktop.png'), fullPage: true });
    const filter = page.getByRole('searchbox', { name: 'Languages you speak' });
    const count = page.locator('#languages-count');
    expect(await count.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => count.textContent()).toBe('0 selected');

    await filter.focus();
    await page.keyboard.type('norw');
    const visible = page.locator('#languages-list .choice:visible');
    await expect.poll(() => visible.allTextContents()).toEqual(['Norwegian']);
    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('1 selected');

    await filter.fill('');
    await page.keyboard.type('Dan');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('languages-da');
    await page.keyboard.press('Space');
    await expect.poll(() => count.textContent()).toBe('2 selected');
    expect(await selected(page, 'languages')).toEqual(['da', 'no']);

    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('languages-filter');
    await filter.fill('xyzzy');
    // What is chosen stays in view as chips while the filter hides it; a chip removes its choice.
    const chips = page.getByRole('list', { name: 'Languages you speak' }).getByRole('button');
    await expect.poll(() => chips.allTextContents()).toEqual(['Danish ×', 'Norwegian ×']);
    await expect.poll(() => page.locator('#languages').locator('..').locator('.picker-none').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(shots, 'signup-picker-no-match.png') });
    await page.getByRole('button', { name: 'Remove Danish' }).press('Enter');
    await expect.poll(() => count.textContent()).toBe('1 selected');
    expect(await selected(page, 'languages')).toEqual(['no']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('languages-filter');
  });

  it('signs up on the page and is told to check their inbox', async () => {
    await page.getByLabel('Email address').fill('ingrid@example.com');
    await page.getByRole('searchbox', { name: 'Countries' }).fill('portu');
    await page.getByRole('searchbox', { name: 'Countries' }).press('Enter');
    expect(await selected(page, 'countries')).toEqual(['PT']);
    await page.check('#remote');
    await page.getByRole('button', { name: 'Create my job alert' }).click();
    await expect.poll(() => page.textContent('body')).toMatch(/inbox/i);
    await page.screenshot({ path: path.join(shots, 'check-inbox-page.png'), fullPage: true });
  });

  it('confirms from the link in the mailbox and receives a digest with the matching job', async () => {
    const [confirmation] = mailTo(await stack.ses.sentEmails(), 'ingrid@example.com');
    await page.goto(linkIn(confirmation!, `${stack.urls.siteUrl}/confirm`));
    expect(await page.textContent('body')).toMatch(/on|confirmed|active/i);
    await stack.handlers.digestPlanner(
      { kind: 'digest-tick', time: new Date().toISOString(), force: true },
      {} as never,
    );
    const digest = mailTo(await stack.ses.sentEmails(), 'ingrid@example.com').find((m) => !/confirm/i.test(m.subject));
    expect(digest?.body.text).toMatch(/Norwegian/);
    await page.setContent(digest!.body.html ?? '');
    await page.screenshot({ path: path.join(shots, 'digest-email.png'), fullPage: true });
  });

  it('unsubscribes through the page: opening the link changes nothing, the button does', async () => {
    const digest = mailTo(await stack.ses.sentEmails(), 'ingrid@example.com').find((m) => !/confirm/i.test(m.subject));
    const url = headerOf(digest!, 'List-Unsubscribe')!.slice(1, -1);
    await page.goto(url);
    await page.screenshot({ path: path.join(shots, 'unsubscribe-page.png'), fullPage: true });
    expect((await stack.store.listActiveSubscribers()).map((s) => s.email)).toContain('ingrid@example.com');
    await page.getByRole('button', { name: /unsubscribe/i }).click();
    await expect.poll(() => page.textContent('body')).toMatch(/unsubscribed/i);
    expect((await stack.store.listActiveSubscribers()).map((s) => s.email)).not.toContain('ingrid@example.com');
  });
});

describe('without JavaScript', () => {
  it('signs up with the plain form: multi-selects, checkbox and a form post', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    try {
      const plain = await context.newPage();
      await plain.goto(stack.urls.site);
      expect(await plain.locator('#languages').isVisible()).toBe(true);
      expect(await plain.locator('#languages-filter').count()).toBe(0);
      await plain.screenshot({ path: path.join(shots, 'signup-page-nojs-phone.png'), fullPage: true });
      await plain.getByLabel('Email address').fill('olav@example.com');
      await plain.selectOption('#languages', ['no', 'sv']);
      await plain.selectOption('#countries', ['PT']);
      await plain.check('#remote');
      await plain.getByRole('button', { name: 'Create my job alert' }).click();
      await expect.poll(() => plain.textContent('h1')).toMatch(/inbox/i);
      await expect.poll(async () => mailTo(await stack.ses.sentEmails(), 'olav@example.com').length).toBe(1);
    } finally {
      await context.close();
    }
  });
});

describe('the signup page at phone and desktop width', () => {
  it.each([
    ['en', 'phone', PHONE],
    ['de', 'desktop', DESKTOP],
    ['de', 'phone', PHONE],
  ] as const)(
    'in %s at %s width fits the screen, names languages in its language and is kept as a screenshot',
    async (locale, device, viewport) => {
      const shot = await browser.newPage({ viewport });
      try {
        // The page as the server renders it for ?lang=…, with its script running.
        await shot.setContent(renderSignupPage({ locale }));
        await expect.poll(() => shot.locator('#languages-count').textContent()).toMatch(/^0 /);
        expect(await shot.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        const norwegian = await shot.locator('label[for="languages-no"]').textContent();
        expect(norwegian).toBe(locale === 'de' ? 'Norwegisch' : 'Norwegian');
        await shot.keyboard.press('Tab');
        await shot.screenshot({ path: path.join(shots, `signup-page-${locale}-${device}.png`), fullPage: true });
      } finally {
        await shot.close();
      }
    },
  );
});
