import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../local/local-stack';
import type { PollSummary } from '../../shared/use-cases/poll-sources';
import { repoDir } from '../support/fixtures';
import { headerOf, linkIn, mailTo } from '../support/mailbox';

// A person's journey in real Chromium against the local stack: sign up on the page, confirm
// from the mailbox, get a digest, leave through the unsubscribe page. Screenshots are kept in
// test-results/ as artefacts.
const CHROMIUM = '/usr/bin/chromium';
const shots = path.join(repoDir, 'test-results/screenshots');
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
  page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('a job seeker in the browser', () => {
  it('signs up on the page and is told to check their inbox', async () => {
    await page.goto(stack.urls.site);
    await page.screenshot({ path: path.join(shots, 'signup-page.png'), fullPage: true });
    await page.getByLabel('Email address').fill('ingrid@example.com');
    await page.selectOption('#languages', ['no']);
    await page.selectOption('#countries', ['PT']);
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
