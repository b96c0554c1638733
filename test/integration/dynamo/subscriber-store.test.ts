import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../../../shared/adapters/dynamo/dynamo-store';
import { emailKey } from '../../../shared/adapters/dynamo/keys';
import { ensureTable } from '../../../shared/adapters/dynamo/table-definition';
import type { Match } from '../../../shared/match/match';
import type { Subscriber } from '../../../shared/subscriber/subscriber';
import { startTestDynamo } from '../../support/test-dynamo';

// The store's subscriber side: profiles and their email lookup, matches, sent markers, digest
// records, and the sources' poll state, on dynalite (and on DynamoDB Local in CI).
function subscriberOf(id: string, email: string, status: Subscriber['status'] = 'unconfirmed'): Subscriber {
  return {
    id,
    email,
    status,
    criteria: { languages: ['no'], countries: ['PT'], remote: true, keywords: [] },
    frequency: 'daily',
    hour: 8,
    timeZone: 'Europe/Lisbon',
    locale: 'en',
    createdAt: '2030-01-01T10:00:00.000Z',
  };
}

function matchOf(subscriberId: string, postingId: string, postedAt: string): Match {
  return {
    subscriberId,
    postingId,
    postedAt,
    matchedAt: '2030-02-01T00:00:00.000Z',
    reason: { languages: ['no'], impliedLanguage: null, countries: ['PT'], remoteRegion: null, keywords: [] },
  };
}

let tableName: string;
let dynamo: Awaited<ReturnType<typeof startTestDynamo>>;
let store: DynamoStore;
/** For writing items the way a crashed writer left them. */
let raw: ReturnType<typeof createDynamoClients>['documentClient'];

beforeAll(async () => {
  dynamo = await startTestDynamo();
  tableName = dynamo.tableName;
  const options = { endpoint: dynamo.endpoint, region: 'eu-west-1' };
  const clients = createDynamoClients(options);
  await ensureTable(clients.client, tableName);
  raw = clients.documentClient;
  store = DynamoStore.fromEndpoint({ ...options, tableName });
});

afterAll(async () => {
  await dynamo.close();
});

describe('subscribers', () => {
  it('creates a subscriber once per email, whatever its case and surrounding spaces', async () => {
    const first = await store.createSubscriber(subscriberOf('sub-1', 'ana@example.com'));
    const second = await store.createSubscriber(subscriberOf('sub-2', '  Ana@Example.COM '));

    expect(first).toMatchObject({ created: true, subscriber: { id: 'sub-1', email: 'ana@example.com' } });
    expect(second).toEqual({ created: false, subscriber: first.subscriber });
    expect(await store.getSubscriber('sub-2')).toBeUndefined();
  });

  it('finishes a sign-up whose email lookup was written but whose profile was not', async () => {
    await raw.send(
      new PutCommand({ TableName: tableName, Item: { ...emailKey('bo@example.org'), subscriberId: 'sub-crashed' } }),
    );

    const result = await store.createSubscriber(subscriberOf('sub-retry', 'bo@example.org'));

    expect(result).toMatchObject({ created: true, subscriber: { id: 'sub-crashed', email: 'bo@example.org' } });
    expect(await store.getSubscriber('sub-crashed')).toEqual(result.subscriber);
  });

  it('moves a subscriber into and out of the active list as its status changes', async () => {
    await store.createSubscriber(subscriberOf('sub-3', 'cy@example.com'));
    const activeIds = async () => (await store.listActiveSubscribers()).map((s) => s.id);
    expect(await activeIds()).not.toContain('sub-3');

    const confirmed = await store.updateSubscriber('sub-3', {
      status: 'active',
      confirmedAt: '2030-01-02T10:00:00.000Z',
    });
    expect(confirmed).toMatchObject({ id: 'sub-3', status: 'active', confirmedAt: '2030-01-02T10:00:00.000Z' });
    expect(await activeIds()).toContain('sub-3');

    await store.updateSubscriber('sub-3', { status: 'unsubscribed', unsubscribedAt: '2030-01-03T10:00:00.000Z' });
    expect(await activeIds()).not.toContain('sub-3');
    expect(await store.getSubscriber('sub-3')).toMatchObject({
      status: 'unsubscribed',
      confirmedAt: '2030-01-02T10:00:00.000Z',
      email: 'cy@example.com',
    });
  });

  it('updates nothing and answers undefined for an unknown subscriber', async () => {
    expect(await store.updateSubscriber('sub-nobody', { status: 'active' })).toBeUndefined();
    expect(await store.getSubscriber('sub-nobody')).toBeUndefined();
  });
});

describe('matches, sent markers and digests', () => {
  it('records a match once and lists pending matches oldest posting first until removed', async () => {
    // Half a second apart, written in two ISO forms whose plain strings sort the other way round.
    const later = matchOf('sub-m', 'p-later', '2030-03-01T00:00:00.500Z');
    const earlier = matchOf('sub-m', 'p-earlier', '2030-03-01T00:00:00Z');

    expect(await store.addMatch(later)).toBe(true);
    expect(await store.addMatch(later)).toBe(false);
    expect(await store.addMatch(earlier)).toBe(true);
    expect((await store.listMatches('sub-m')).map((m) => m.postingId)).toEqual(['p-earlier', 'p-later']);

    await store.removeMatches([earlier]);
    expect(await store.listMatches('sub-m')).toEqual([later]);
  });

  it('claims a posting for one digest: claimed, then ours on retry, taken for another digest', async () => {
    expect(await store.claimSent('sub-c', 'p-1', 'digest-a')).toBe('claimed');
    expect(await store.claimSent('sub-c', 'p-1', 'digest-a')).toBe('ours');
    expect(await store.claimSent('sub-c', 'p-1', 'digest-b')).toBe('taken');
    expect(await store.claimSent('sub-other', 'p-1', 'digest-b')).toBe('claimed');
  });

  it('keeps a digest record from sending to sent', async () => {
    expect(await store.getDigest('sub-d', 'daily-2030-03-01')).toBeUndefined();
    const sending = {
      subscriberId: 'sub-d',
      digestId: 'daily-2030-03-01',
      status: 'sending' as const,
      postingIds: ['p-1', 'p-2'],
      at: '2030-03-01T08:00:00.000Z',
    };
    await store.putDigest(sending);
    expect(await store.getDigest('sub-d', 'daily-2030-03-01')).toEqual(sending);

    const sent = { ...sending, status: 'sent' as const, messageId: 'msg-1' };
    await store.putDigest(sent);
    expect(await store.getDigest('sub-d', 'daily-2030-03-01')).toEqual(sent);
  });
});

describe('source state', () => {
  it('returns the poll state of a source as it was put', async () => {
    expect(await store.getSourceState('lever-acme')).toBeUndefined();
    const state = {
      sourceId: 'lever-acme',
      etag: '"abc"',
      consecutiveFailures: 0,
      lastRun: {
        at: '2030-01-05T09:00:00.000Z',
        ok: true,
        notModified: false,
        parsed: 3,
        new: 2,
        duplicate: 1,
        rejected: 0,
        errors: [],
        ms: 120,
      },
    };
    await store.putSourceState(state);
    expect(await store.getSourceState('lever-acme')).toEqual(state);
  });
});
