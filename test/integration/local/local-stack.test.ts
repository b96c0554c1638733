import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../../local/local-stack';
import type { PollSummary } from '../../../shared/use-cases/poll-sources';
import { seedsDir } from '../../support/fixtures';
import { headerOf, linkIn, mailTo } from '../../support/mailbox';

// The whole pipeline on the real emulators: folder source → enrichment → dynalite → match →
// digest through the SES emulator, and the pages and API through the local HTTP server.
let stack: LocalStack;
let tmp: string;
let extraDir: string;

const poll = async () => (await stack.handlers.poll({ kind: 'poll' }, {} as never)) as PollSummary;
const digestNow = () =>
  stack.handlers.digestPlanner({ kind: 'digest-tick', time: new Date().toISOString(), force: true }, {} as never);
const subscribeJson = (body: unknown) =>
  fetch(`${stack.urls.siteUrl}/api/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const activeEmails = async () => (await stack.store.listActiveSubscribers()).map((s) => s.email).sort();

async function subscribeAndConfirm(body: Record<string, unknown>) {
  const res = await subscribeJson(body);
  expect(res.status).toBe(202);
  const [mail] = mailTo(await stack.ses.sentEmails(), body.email as string).slice(-1);
  expect(mail?.subject).toMatch(/confirm/i);
  const confirmed = await fetch(linkIn(mail!, `${stack.urls.siteUrl}/confirm`));
  expect(confirmed.status).toBe(200);
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-e2e-'));
  extraDir = path.join(tmp, 'extra');
  await rm(extraDir, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(extraDir));
  const configFile = path.join(tmp, 'jobalert.yaml');
  await writeFile(
    configFile,
    `sources:\n  - { id: seeds, type: folder, path: ${JSON.stringify(seedsDir)} }\n  - { id: extra, type: folder, path: extra }\n`,
  );
  stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory: true, configFile, dataDir: tmp });
});

afterAll(async () => {
  await stack?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('the local stack, end to end', () => {
  it('serves the signup page with a form that posts without JavaScript', async () => {
    const res = await fetch(stack.urls.site);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toMatch(/<form[^>]+method="post"/i);
  });

  it('polls the seed folder: four postings stored, the article rejected as not a posting', async () => {
    const summary = await poll();
    const seeds = summary.sources.find((s) => s.id === 'seeds');
    expect(seeds).toMatchObject({ ok: true, parsed: 5, new: 4, duplicate: 0, rejected: 1 });
    expect(seeds?.errors.join('\n')).toMatch(/004_.*not a job posting/);
  });

  it('polling again stores nothing twice', async () => {
    const seeds = (await poll()).sources.find((s) => s.id === 'seeds');
    expect(seeds).toMatchObject({ new: 0, duplicate: 4, rejected: 1 });
  });

  it('answers a new and a known address alike, and refuses a bad body naming the field', async () => {
    const body = { email: 'nora@example.com', languages: ['no'], countries: ['PT'], remote: true, frequency: 'daily' };
    const first = await subscribeJson(body);
    const second = await subscribeJson(body);
    expect(first.status).toBe(202);
    expect(second.status).toBe(first.status);
    expect(await second.text()).toBe(await first.text());

    const bad = await subscribeJson({ ...body, languages: ['xx'], email: 'not-an-email' });
    expect(bad.status).toBe(400);
    const error = (await bad.json()) as { error: string; fields: Record<string, string> };
    expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(['email', 'languages.0']));
    expect(error.error).toMatch(/languages\.0/);
  });

  it('confirms from the link in the confirmation email', async () => {
    expect(await activeEmails()).toEqual([]);
    const [mail] = mailTo(await stack.ses.sentEmails(), 'nora@example.com').slice(-1);
    const res = await fetch(linkIn(mail!, `${stack.urls.siteUrl}/confirm`));
    expect(res.status).toBe(200);
    expect(await activeEmails()).toEqual(['nora@example.com']);
  });

  it('sends each subscriber a first digest of what was already there, with why and one-click unsubscribe', async () => {
    await subscribeAndConfirm({ email: 'daan@example.com', languages: ['nl'], countries: ['PT'] });
    await subscribeAndConfirm({ email: 'ana@example.com', languages: ['pt'], countries: ['PT'], remote: true });
    await subscribeAndConfirm({ email: 'mads@example.com', languages: ['da'], countries: ['EE'] });
    await stack.ses.clear();
    await digestNow();
    const mails = await stack.ses.sentEmails();
    const digestOf = (to: string) => {
      const found = mailTo(mails, to);
      expect(found, `one digest to ${to}`).toHaveLength(1);
      return found[0]!;
    };
    const nora = digestOf('nora@example.com');
    expect(nora.body.text).toMatch(/Norwegian-Speaking Customer Care Specialist/);
    expect(nora.body.text).not.toMatch(/Portuguese|Dutch|Back Office/);
    expect(headerOf(nora, 'List-Unsubscribe')).toMatch(
      new RegExp(`^<${stack.urls.siteUrl}/unsubscribe\\?token=[^>]+>$`),
    );
    expect(headerOf(nora, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(nora.body.text).toMatch(/Norwegian/); // why it matched
    expect(digestOf('daan@example.com').body.text).toMatch(/Workster|Billing/);
    expect(digestOf('ana@example.com').body.text).toMatch(/Customer Support Specialist - Portuguese/);
    // Seed 002 (Danish, Tallinn) matches Mads but its application deadline passed in 2018.
    expect(mailTo(mails, 'mads@example.com')).toEqual([]);
  });

  it('never sends the same posting twice: a second digest run sends nothing', async () => {
    await stack.ses.clear();
    await digestNow();
    expect(await stack.ses.sentEmails()).toEqual([]);
  });

  it('a posting polled later reaches the next digest, alone', async () => {
    await writeFile(
      path.join(extraDir, 'new-job.md'),
      '---\ntitle: Norwegian-speaking support agent\ncompany: Example Payments\nlocation: Lisbon, Portugal\n---\n' +
        'We are hiring a Norwegian-speaking support agent for our office in Lisbon, Portugal.\n\n' +
        '## Requirements\n\n- Fluent Norwegian and good English\n- Customer service experience\n\nApply with your CV.\n',
    );
    const extra = (await poll()).sources.find((s) => s.id === 'extra');
    expect(extra).toMatchObject({ new: 1 });
    await stack.ses.clear();
    await digestNow();
    const mails = mailTo(await stack.ses.sentEmails(), 'nora@example.com');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body.text).toMatch(/Norwegian-speaking support agent/);
    expect(mails[0]?.body.text).not.toMatch(/Customer Care Specialist/);
  });

  it('GET on the unsubscribe link changes nothing; the RFC 8058 POST unsubscribes at once', async () => {
    const [mail] = mailTo(await stack.ses.sentEmails(), 'nora@example.com');
    const url = headerOf(mail!, 'List-Unsubscribe')!.slice(1, -1);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<form[^>]+method="post"/i);
    expect(await activeEmails()).toContain('nora@example.com');

    const post = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    expect((await post()).status).toBe(200);
    expect(await activeEmails()).not.toContain('nora@example.com');
    expect((await post()).status).toBe(200); // a replayed post is harmless
  });

  it('sends nothing to an unsubscribed address afterwards', async () => {
    await writeFile(
      path.join(extraDir, 'another-job.txt'),
      'Norwegian-speaking account manager, remote within the EU\n\nYou speak fluent Norwegian and English. ' +
        'Fully remote for applicants based in the EU. Apply now.\n',
    );
    await poll();
    await stack.ses.clear();
    await digestNow();
    expect(mailTo(await stack.ses.sentEmails(), 'nora@example.com')).toEqual([]);
  });

  it('answers a tampered link with a readable 400 page, not a 500', async () => {
    const res = await fetch(`${stack.urls.siteUrl}/unsubscribe?token=eyJwIjoidW5zdWJzY3JpYmUifQ.AAAA`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toMatch(/not valid|incomplete/i);
  });
});
