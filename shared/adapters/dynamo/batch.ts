import { BatchGetCommand, BatchWriteCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DynamoContext } from './dynamo-context';
import type { ItemKey } from './keys';

type Item = Record<string, unknown>;

const maxAttempts = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// DynamoDB hands back what it could not process under load; retry it with backoff, and fail
// loudly rather than return a partial answer when it never goes through.
async function untilProcessed<T>(what: string, first: T[], attempt: (pending: T[]) => Promise<T[]>): Promise<void> {
  let pending = first;
  for (let n = 0; pending.length > 0; n++) {
    if (n === maxAttempts) throw new Error(`${what}: ${pending.length} item(s) still unprocessed after ${n} attempts`);
    if (n > 0) await sleep(Math.min(50 * 2 ** n, 2_000));
    pending = await attempt(pending);
  }
}

/** Reads items by key, 100 per BatchGetItem, strongly consistent; missing keys are left out. */
export async function batchGetAll(ctx: DynamoContext, keys: ItemKey[]): Promise<Item[]> {
  const found: Item[] = [];
  for (const chunk of chunks(keys, 100)) {
    await untilProcessed<Item>(
      'BatchGetItem',
      chunk.map((k) => ({ ...k })),
      async (pending) => {
        const out = await ctx.doc.send(
          new BatchGetCommand({ RequestItems: { [ctx.tableName]: { Keys: pending, ConsistentRead: true } } }),
        );
        found.push(...(out.Responses?.[ctx.tableName] ?? []));
        return out.UnprocessedKeys?.[ctx.tableName]?.Keys ?? [];
      },
    );
  }
  return found;
}

/** Deletes items by key, 25 per BatchWriteItem. */
export async function batchDeleteAll(ctx: DynamoContext, keys: ItemKey[]): Promise<void> {
  for (const chunk of chunks(keys, 25)) {
    await untilProcessed<{ DeleteRequest: { Key: Item } }>(
      'BatchWriteItem',
      chunk.map((k) => ({ DeleteRequest: { Key: { ...k } } })),
      async (pending) => {
        const out = await ctx.doc.send(new BatchWriteCommand({ RequestItems: { [ctx.tableName]: pending } }));
        return (out.UnprocessedItems?.[ctx.tableName] ?? []).flatMap((r) =>
          r.DeleteRequest?.Key ? [{ DeleteRequest: { Key: r.DeleteRequest.Key } }] : [],
        );
      },
    );
  }
}

/** Every item a query matches, following LastEvaluatedKey through all pages. */
export async function queryAll(ctx: DynamoContext, input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const out = await ctx.doc.send(
      new QueryCommand({ ...input, TableName: ctx.tableName, ExclusiveStartKey: startKey }),
    );
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}
