import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { isConditionalCheckFailed } from './dynamo-context';
import { layoutKey, layoutVersion } from './keys';

/**
 * The one table, as plain data: the CDK stack maps it onto `dynamodb.Table` (on-demand, TTL on
 * `timeToLiveAttribute`, point-in-time recovery) and `ensureTable` creates it locally.
 * Types are DynamoDB's own codes ('S' = string), projections are CDK's `ProjectionType` values.
 */
export const tableDefinition = {
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    {
      /** Subscribers by status. */
      indexName: 'GSI2',
      partitionKey: { name: 'GSI2PK', type: 'S' },
      sortKey: { name: 'GSI2SK', type: 'S' },
      projectionType: 'ALL',
    },
  ],
} as const;

/** Index names as the queries use them. */
export const indexNames = { subscriberStatus: 'GSI2' } as const;

const attributeDefinitions = [
  tableDefinition.partitionKey,
  tableDefinition.sortKey,
  ...tableDefinition.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
].map((a) => ({ AttributeName: a.name, AttributeType: a.type }));

const isActive = (t: TableDescription | undefined) =>
  t?.TableStatus === 'ACTIVE' && (t.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');

async function describe(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (err) {
    if ((err as Error).name === 'ResourceNotFoundException') return undefined;
    throw err;
  }
}

/** A table whose items follow another layout than this build's (see keys.ts `layoutKey`). */
export class OlderLayoutError extends Error {
  readonly code = 'table.older-layout';
  constructor(
    readonly tableName: string,
    readonly found: number | undefined,
  ) {
    super(
      `table ${tableName} holds data of ${found === undefined ? 'an older layout' : `layout ${found}`}, not layout ${layoutVersion}`,
    );
  }
}

const layoutItem = {
  PK: { S: layoutKey.PK },
  SK: { S: layoutKey.SK },
  version: { N: String(layoutVersion) },
};

/** Marks an empty table with today's layout (two processes may race to: both mark it alike). */
async function markLayout(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new PutItemCommand({ TableName: tableName, Item: layoutItem, ConditionExpression: 'attribute_not_exists(PK)' }),
    );
  } catch (err) {
    if (!isConditionalCheckFailed(err)) throw err;
  }
}

async function readLayout(client: DynamoDBClient, tableName: string): Promise<number | undefined> {
  const { Item } = await client.send(
    new GetItemCommand({ TableName: tableName, Key: { PK: layoutItem.PK, SK: layoutItem.SK }, ConsistentRead: true }),
  );
  return Item?.version?.N === undefined ? undefined : Number(Item.version.N);
}

const isEmpty = async (client: DynamoDBClient, tableName: string) =>
  ((await client.send(new ScanCommand({ TableName: tableName, Limit: 1, ConsistentRead: true }))).Items ?? [])
    .length === 0;

/** A table with items and no layout mark, or another one, was written by another build. */
async function checkLayout(client: DynamoDBClient, tableName: string): Promise<void> {
  let found = await readLayout(client, tableName);
  if (found === undefined && (await isEmpty(client, tableName))) {
    await markLayout(client, tableName);
    found = await readLayout(client, tableName);
  }
  if (found !== layoutVersion) throw new OlderLayoutError(tableName, found);
}

/**
 * Creates the table (on-demand) unless it exists, then waits until it and its indexes are ACTIVE,
 * and refuses a table of another layout (OlderLayoutError) before anything reads or writes it.
 * For the local runtime and tests; in AWS the CDK stack owns the table. TTL is not enabled here:
 * dynalite has no UpdateTimeToLive, and nothing depends on expired items being gone.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string, timeoutMs = 60_000): Promise<void> {
  let table = await describe(client, tableName);
  if (!table) {
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: attributeDefinitions,
          KeySchema: [
            { AttributeName: tableDefinition.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: tableDefinition.sortKey.name, KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map((i) => ({
            IndexName: i.indexName,
            KeySchema: [
              { AttributeName: i.partitionKey.name, KeyType: 'HASH' },
              { AttributeName: i.sortKey.name, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: i.projectionType },
          })),
        }),
      );
    } catch (err) {
      // Another process created it between our describe and create: wait for theirs.
      if ((err as Error).name !== 'ResourceInUseException') throw err;
    }
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    table = await describe(client, tableName);
    if (isActive(table)) break;
    if (Date.now() > deadline) {
      throw new Error(`table ${tableName} is not ACTIVE after ${timeoutMs} ms (status ${table?.TableStatus})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await checkLayout(client, tableName);
  const present = new Set((table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  const missing = tableDefinition.globalSecondaryIndexes.filter((i) => !present.has(i.indexName));
  if (missing.length > 0) {
    throw new Error(
      `table ${tableName} exists without the index(es) ${missing.map((i) => i.indexName).join(', ')}; delete it or add them`,
    );
  }
}
