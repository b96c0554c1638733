import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalStack } from '../../../local/local-stack';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function subscribeOnce(dataDir: string, memory: boolean) {
  const stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory, dataDir });
  const res = await fetch(`${stack.urls.siteUrl}/api/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'keep@example.com', languages: ['da'], countries: ['EE'] }),
  });
  expect(res.status).toBe(202);
  await stack.close();
}

async function storedSubscribers(dataDir: string, memory: boolean) {
  const stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory, dataDir });
  const { created } = await stack.deps.subscribers.createSubscriber({
    id: 'probe',
    email: 'keep@example.com',
    status: 'unconfirmed',
    criteria: { languages: ['da'], countries: ['EE'], remote: false, keywords: [] },
    frequency: 'daily',
    hour: 8,
    timeZone: 'UTC',
    locale: 'en',
    createdAt: new Date().toISOString(),
  });
  await stack.close();
  return created ? 0 : 1;
}

describe('the local data folder', () => {
  it('keeps subscribers across a restart', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jobalert-keep-'));
    dirs.push(dir);
    await subscribeOnce(dir, false);
    expect(await storedSubscribers(dir, false)).toBe(1);
  });

  it('keeps nothing with --memory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jobalert-memory-'));
    dirs.push(dir);
    await subscribeOnce(dir, true);
    expect(await storedSubscribers(dir, true)).toBe(0);
  });
});
