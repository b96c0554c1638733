import { beforeAll, describe, expect, it } from 'vitest';
import { meterCapacity } from '../../bench/capacity-meter';
import { storedPosting } from '../../bench/stored-posting';
import { createDynamoClients } from '../../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../../shared/adapters/dynamo/dynamo-store';
import { ensureTable } from '../../shared/adapters/dynamo/table-definition';
import { labelled, realPosting } from '../support/real-postings';
import { startTestDynamo } from '../support/test-dynamo';

// Write units as AWS's engine counts them: these run only on DynamoDB Local
// (`scripts/with-dynamodb-local.sh npm run test:dynamodb-local`; CI does), since dynalite reports
// no capacity. `npm test` leaves this folder out.
let meter: ReturnType<typeof meterCapacity>;
describe('capacity on DynamoDB Local', () => {
  // A table of its own, so that no posting saved above makes these duplicates.
  let fresh: DynamoStore;
  let clients: ReturnType<typeof createDynamoClients>;
  beforeAll(async () => {
    if (!process.env.JOBALERT_TEST_DYNAMODB_ENDPOINT) {
      throw new Error('run these on DynamoDB Local: scripts/with-dynamodb-local.sh npm run test:dynamodb-local');
    }
    const own = await startTestDynamo();
    clients = createDynamoClients({ endpoint: own.endpoint, region: 'eu-west-1' });
    await ensureTable(clients.client, own.tableName);
    meter = meterCapacity(clients.client);
    fresh = new DynamoStore({ client: clients.documentClient, tableName: own.tableName });
  });

  // The packed posting in its source's partition (1–3 units, 1.76 on average for these) + its
  // title bucket, which is also the content and address claim. Nothing else is written.
  it('costs at most 3 write units per new real posting, claims and listing included (10–20 unpacked)', async () => {
    const postings = labelled.map((_, i) => realPosting(i, '2032-06-01T10:00:00.000Z'));
    meter.reset();
    for (const p of postings) expect((await fresh.savePosting(p)).outcome).toBe('new');

    expect(meter.write / postings.length).toBeLessThanOrEqual(3);
  });

  // A poll reads its source's partition once (strongly consistent, ~1.3 KB a posting) instead of
  // one read unit per posting it lists again.
  it('reads under half a unit and writes nothing per posting when a poll lists again what its source has', async () => {
    // Another table, so that the postings saved above do not make these duplicates.
    const tableName = `repoll-${Date.now()}`;
    await ensureTable(clients.client, tableName);
    const store = new DynamoStore({ client: clients.documentClient, tableName });
    const postings = labelled.map((d) => storedPosting(d, 'repolled', '2032-06-02T10:00:00.000Z'));
    const stored: typeof postings = [];
    for (const p of postings) if ((await store.savePosting(p)).outcome === 'new') stored.push(p);
    expect(stored.length).toBeGreaterThan(25);
    meter.reset();

    const known = await store.listSourcePostings('repolled');
    for (const p of stored) expect((await store.savePosting(p, known.get(p.id))).outcome).toBe('seen');

    expect(meter.read / stored.length).toBeLessThan(0.5);
    expect(meter.write).toBe(0);
  });

  it('costs one write unit per match', async () => {
    meter.reset();
    for (let i = 0; i < 20; i++) {
      await fresh.addMatch({
        subscriberId: `cost-sub-${i}`,
        postingId: `posting-${i}`,
        postedAt: '2032-06-01T10:00:00.000Z',
        matchedAt: '2032-06-01T10:05:00.000Z',
        reason: {
          languages: ['no'],
          impliedLanguage: null,
          countries: ['PT'],
          remoteRegion: 'EU',
          keywords: ['support'],
        },
      });
    }

    expect(meter.write).toBe(20);
  });
});
