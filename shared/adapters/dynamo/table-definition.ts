import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';

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
      /**
       * Postings stored before the open-since items (keys.ts) by the UTC day they were first seen,
       * keys only. New postings carry no GSI1 attributes, so storing one writes nothing here; the
       * index is read for the old ones and can be deleted once none is younger than the backfill.
       */
      indexName: 'GSI1',
      partitionKey: { name: 'GSI1PK', type: 'S' },
      sortKey: { name: 'GSI1SK', type: 'S' },
      projectionType: 'KEYS_ONLY',
    },
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
export const indexNames = { postedDay: 'GSI1', subscriberStatus: 'GSI2' } as const;

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

/**
 * Creates the table (on-demand) unless it exists, then waits until it and its indexes are ACTIVE.
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
  const present = new Set((table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  const missing = tableDefinition.globalSecondaryIndexes.filter((i) => !present.has(i.indexName));
  if (missing.length > 0) {
    throw new Error(
      `table ${tableName} exists without the index(es) ${missing.map((i) => i.indexName).join(', ')}; delete it or add them`,
    );
  }
}
