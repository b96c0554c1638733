import { CreateTableCommand, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import { layoutKey, layoutVersion } from '../../../shared/adapters/dynamo/keys';
import { ensureTable, OlderLayoutError } from '../../../shared/adapters/dynamo/table-definition';
import { startTestDynamo } from '../../support/test-dynamo';

// The layout may change before 1.0: a table written by another layout is refused before anything
// reads it, never migrated or misread.
let dynamo: Awaited<ReturnType<typeof startTestDynamo>>;
let clients: ReturnType<typeof createDynamoClients>;

beforeAll(async () => {
  dynamo = await startTestDynamo();
  clients = createDynamoClients({ endpoint: dynamo.endpoint, region: 'eu-west-1' });
});

afterAll(async () => {
  clients?.client.destroy();
  await dynamo?.close();
});

const keySchema = (pk: string, sk: string) => [
  { AttributeName: pk, KeyType: 'HASH' as const },
  { AttributeName: sk, KeyType: 'RANGE' as const },
];

/** A table as an older build created it: GSI1 (postings by day) beside GSI2, and no layout mark. */
async function bareTable(name: string, items: Record<string, unknown>[]) {
  await clients.client.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK'].map((AttributeName) => ({
        AttributeName,
        AttributeType: 'S' as const,
      })),
      KeySchema: keySchema('PK', 'SK'),
      GlobalSecondaryIndexes: [
        { IndexName: 'GSI1', KeySchema: keySchema('GSI1PK', 'GSI1SK'), Projection: { ProjectionType: 'KEYS_ONLY' } },
        { IndexName: 'GSI2', KeySchema: keySchema('GSI2PK', 'GSI2SK'), Projection: { ProjectionType: 'ALL' } },
      ],
    }),
  );
  await waitUntilTableExists({ client: clients.client, maxWaitTime: 30, minDelay: 1 }, { TableName: name });
  for (const Item of items) await clients.documentClient.send(new PutCommand({ TableName: name, Item }));
}

const getItem = async (name: string, Key: { PK: string; SK: string }) =>
  (await clients.documentClient.send(new GetCommand({ TableName: name, Key, ConsistentRead: true }))).Item;

describe('a table and its layout', () => {
  it('is created marked with this layout, and a second start goes on', async () => {
    const name = `${dynamo.tableName}-new`;
    await ensureTable(clients.client, name);
    await ensureTable(clients.client, name);
    expect(await getItem(name, layoutKey)).toMatchObject({ version: layoutVersion });
  });

  it('is marked when it exists empty, as when another start created it a moment before', async () => {
    const name = `${dynamo.tableName}-empty`;
    await bareTable(name, []);
    await ensureTable(clients.client, name);
    expect(await getItem(name, layoutKey)).toMatchObject({ version: layoutVersion });
  });

  it('is refused when it holds items and no layout mark, which stay as they were', async () => {
    const name = `${dynamo.tableName}-older`;
    // What an older build wrote: a posting under its hash alone, listed by the day it was seen.
    const old = { PK: 'POSTING#0123456789abcdef0123456789abcdef', SK: 'META', GSI1PK: 'POSTED#2031-01-01' };
    await bareTable(name, [old]);

    const refused = await ensureTable(clients.client, name).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(OlderLayoutError);
    expect((refused as OlderLayoutError).message).toMatch(/older layout/);
    expect(await getItem(name, layoutKey)).toBeUndefined();
    expect(await getItem(name, { PK: old.PK, SK: old.SK })).toEqual(old);
  });

  it('is refused when it is marked with another layout, naming it', async () => {
    const name = `${dynamo.tableName}-other`;
    await bareTable(name, [{ ...layoutKey, version: layoutVersion + 1 }]);

    await expect(ensureTable(clients.client, name)).rejects.toThrow(
      new RegExp(`layout ${layoutVersion + 1}, not layout ${layoutVersion}`),
    );
  });
});
