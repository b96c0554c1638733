import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchDeleteAll, batchGetAll, queryAll } from './batch';
import type { DynamoContext } from './dynamo-context';
import {
  subscriptionVersionKey as counterKey,
  type ItemKey,
  subscriptionChangePartition as partition,
  subscriptionChangeKey,
} from './keys';

// A counter item and a ring of small change items, one per counter value: a warm matcher reads
// the counter (one strongly consistent GetItem) and, when it moved, only the change items since
// its version. Each change costs two 1-KB writes; the ring forgets after `ringSize` changes,
// and a reader that far behind reloads everything.
const ringSize = 1024;
/** Beyond this many changes an incremental refresh costs more than it saves. */
const maxIncremental = 256;
const changeKey = (version: number): ItemKey => subscriptionChangeKey(version % ringSize);

/**
 * An erased subscriber's id must not outlive them: drop their log entries and log a change that
 * names no one, which makes every warm matcher reload (erasures are rare).
 */
export async function forgetSubscriptionChanges(ctx: DynamoContext, subscriberId: string): Promise<void> {
  const entries = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :change)',
    FilterExpression: 'subscriberId = :id',
    ExpressionAttributeValues: { ':pk': partition, ':change': 'CHANGE#', ':id': subscriberId },
  });
  await batchDeleteAll(
    ctx,
    entries.map((e) => ({ PK: String(e.PK), SK: String(e.SK) })),
  );
  await recordSubscriptionChange(ctx, undefined);
}

/** Bumps the subscription counter and logs which subscriber changed under the new value. */
export async function recordSubscriptionChange(ctx: DynamoContext, subscriberId: string | undefined): Promise<void> {
  const { Attributes } = await ctx.doc.send(
    new UpdateCommand({
      TableName: ctx.tableName,
      Key: counterKey,
      UpdateExpression: 'ADD #version :one',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  const version = Number(Attributes?.version);
  await ctx.doc.send(
    new PutCommand({ TableName: ctx.tableName, Item: { ...changeKey(version), version, subscriberId } }),
  );
}

/** The counter, and the subscribers changed after `since` when the ring still holds them all. */
export async function subscriptionChanges(
  ctx: DynamoContext,
  since?: number,
): Promise<{ version: number; changed?: string[] }> {
  const { Item } = await ctx.doc.send(
    new GetCommand({ TableName: ctx.tableName, Key: counterKey, ConsistentRead: true }),
  );
  const version = typeof Item?.version === 'number' ? Item.version : 0;
  if (since === undefined || since > version || version - since > maxIncremental) return { version };
  if (since === version) return { version, changed: [] };
  const wanted = Array.from({ length: version - since }, (_, i) => since + 1 + i);
  const items = await batchGetAll(ctx, wanted.map(changeKey));
  const byVersion = new Map(items.map((i) => [i.version, i.subscriberId]));
  const changed: string[] = [];
  for (const v of wanted) {
    const id = byVersion.get(v);
    // Not written yet (the writer sits between its two writes) or already overwritten: reload.
    if (typeof id !== 'string') return { version };
    changed.push(id);
  }
  return { version, changed: [...new Set(changed)] };
}

// Fields only delivery bookkeeping writes; a patch of nothing else leaves matching as it was.
const bookkeeping = new Set(['confirmationsSent', 'softBounces']);

/** Whether a subscriber patch may change who matches what (criteria, status, frequency, …). */
export function affectsMatching(patch: object): boolean {
  return Object.keys(patch).some((k) => !bookkeeping.has(k));
}
