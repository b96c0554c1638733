import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../../../shared/adapters/dynamo/dynamo-store';
import { postingKey } from '../../../shared/adapters/dynamo/keys';
import { ensureTable } from '../../../shared/adapters/dynamo/table-definition';
import { storedEnrichment } from '../../../shared/posting/posting';
import { labelled, realPosting } from '../../support/real-postings';
import { startTestDynamo } from '../../support/test-dynamo';

// How a posting is stored cheaply: its fields packed (compressed) into one attribute, in its
// source's partition.
// Capacity is asserted only where the engine reports it (AWS's DynamoDB Local:
// scripts/with-dynamodb-local.sh); dynalite reports none.
let dynamo: Awaited<ReturnType<typeof startTestDynamo>>;
let store: DynamoStore;
let raw: ReturnType<typeof createDynamoClients>['documentClient'];

beforeAll(async () => {
  dynamo = await startTestDynamo();
  const clients = createDynamoClients({ endpoint: dynamo.endpoint, region: 'eu-west-1' });
  await ensureTable(clients.client, dynamo.tableName);
  raw = clients.documentClient;
  store = new DynamoStore({ client: raw, tableName: dynamo.tableName });
});

afterAll(async () => {
  await dynamo?.close();
});

describe('a stored posting', () => {
  it('keeps its long text compressed and reads back as saved (its evidence cut to the requirement quotes), by id and by day', async () => {
    const longest = labelled.reduce((best, d, i) => (d.text.length > (labelled[best]?.text.length ?? 0) ? i : best), 0);
    const posting = realPosting(longest, '2032-05-04T10:00:00.000Z');

    await store.savePosting(posting);

    const { Item } = await raw.send(new GetCommand({ TableName: dynamo.tableName, Key: postingKey(posting.id) }));
    expect(Item?.text).toBeUndefined();
    expect(Item?.packed).toBeInstanceOf(Uint8Array);
    expect((Item?.packed as Uint8Array | undefined)?.length).toBeLessThan(
      Buffer.byteLength(JSON.stringify(posting)) / 2,
    );
    const asStored = { ...posting, enrichment: storedEnrichment(posting.enrichment) };
    expect(await store.getPostings([posting.id])).toEqual([asStored]);
    expect(
      await store.listPostingsSince(
        [posting.sourceId],
        new Date('2032-05-04T00:00:00Z'),
        new Date('2032-05-05T00:00:00Z'),
      ),
    ).toEqual([asStored]);
  });

  it('reads back closed once closed, with when', async () => {
    const posting = realPosting(3, '2032-05-06T10:00:00.000Z');
    await store.savePosting(posting);

    await store.closePostings(posting.sourceId, [posting.id], new Date('2032-05-07T10:00:00.000Z'));

    expect(await store.getPostings([posting.id])).toEqual([
      {
        ...posting,
        enrichment: storedEnrichment(posting.enrichment),
        status: 'closed',
        closedAt: '2032-05-07T10:00:00.000Z',
      },
    ]);
  });
});
