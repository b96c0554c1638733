import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../../../shared/adapters/dynamo/dynamo-store';
import { ensureTable } from '../../../shared/adapters/dynamo/table-definition';
import { warmSubscriptionIndex } from '../../../shared/match/warm-subscription-index';
import { unknownEnrichment } from '../../../shared/posting/posting';
import type { Subscriber } from '../../../shared/subscriber/subscriber';
import { startTestDynamo } from '../../support/test-dynamo';

const NOW = new Date('2030-01-01T10:00:00Z');
let dynamo: Awaited<ReturnType<typeof startTestDynamo>>;
let store: DynamoStore;

beforeAll(async () => {
  dynamo = await startTestDynamo();
  const options = {
    endpoint: dynamo.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
  await ensureTable(createDynamoClients(options).client, dynamo.tableName);
  store = DynamoStore.fromEndpoint({ ...options, tableName: dynamo.tableName });
});

afterAll(async () => {
  await dynamo.close();
});

const subscriber = (id: string, status: Subscriber['status'] = 'active'): Subscriber => ({
  id,
  email: `${id}@example.com`,
  status,
  criteria: { languages: ['no'], countries: ['PT'], remote: true, keywords: [] },
  frequency: 'daily',
  hour: 8,
  timeZone: 'Europe/Lisbon',
  locale: 'en',
  createdAt: NOW.toISOString(),
});
const norwegianInLisbon = {
  title: 'Norwegian-speaking support',
  text: '',
  enrichment: { ...unknownEnrichment(true, 'en'), requiredLanguages: [{ code: 'no', level: null }], countries: ['PT'] },
};
const matched = async () =>
  (await warmSubscriptionIndex(store, NOW))
    .match(norwegianInLisbon, NOW)
    .map((m) => m.subscriber.id)
    .sort();

describe('the warm subscription index', () => {
  it('logs each subscription change and lists what changed since a version', async () => {
    const { version } = await store.subscriptionChanges();
    await store.createSubscriber(subscriber('log-a'));
    await store.updateSubscriber('log-a', { softBounces: 1 }); // bookkeeping: not a change
    await store.updateSubscriber('log-a', { frequency: 'weekly' });
    expect(await store.subscriptionChanges(version)).toEqual({ version: version + 2, changed: ['log-a'] });
    expect(await store.subscriptionChanges(version + 2)).toEqual({ version: version + 2, changed: [] });
  });

  it('follows sign-ups, confirmations, unsubscribes and erasures without a reload', async () => {
    await store.createSubscriber(subscriber('ingrid'));
    expect(await matched()).toContain('ingrid');

    const index = await warmSubscriptionIndex(store, NOW);
    await store.createSubscriber(subscriber('ola', 'unconfirmed'));
    await store.updateSubscriber('ola', { status: 'active' });
    await store.updateSubscriber('ingrid', { status: 'unsubscribed' });
    expect(await warmSubscriptionIndex(store, NOW)).toBe(index); // the same index, refreshed in place
    expect(await matched()).toEqual(['log-a', 'ola']);

    await store.eraseSubscriber('ola'); // its log entries go too, so the next run reloads
    expect(await matched()).toEqual(['log-a']);
  });

  it('reloads everything when the log no longer reaches back to its version', async () => {
    const before = await warmSubscriptionIndex(store, NOW);
    for (let i = 0; i < 260; i++) await store.updateSubscriber('log-a', { hour: i % 24 });
    await store.createSubscriber(subscriber('after'));
    const after = await warmSubscriptionIndex(store, NOW);
    expect(after).not.toBe(before);
    expect(await matched()).toEqual(['after', 'log-a']);
  }, 60_000);
});
