import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { LeaseOutcome } from '../../ports/stores';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import { digestLeaseKey, eraseTombstoneTtlDays, expiresAt, ttlDays } from './keys';

/**
 * Takes (or renews) the subscriber's digest lease unless another owner's lease is still live or
 * the subscriber was erased (the tombstone is never leased again).
 */
export async function leaseDigest(
  ctx: DynamoContext,
  subscriberId: string,
  digestId: string,
  owner: string,
  now: Date,
  until: Date,
): Promise<LeaseOutcome> {
  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: {
          ...digestLeaseKey(subscriberId),
          owner,
          digestId,
          leaseUntil: until.toISOString(),
          expiresAt: expiresAt(now, ttlDays.digest),
        },
        ConditionExpression:
          'attribute_not_exists(erased) AND (attribute_not_exists(PK) OR #owner = :owner OR leaseUntil < :now)',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':owner': owner, ':now': now.toISOString() },
      }),
    );
    return 'leased';
  } catch (err) {
    if (isConditionalCheckFailed(err)) return 'held';
    throw err;
  }
}

/** Gives a lease back; only its owner's lease is removed (never a tombstone). */
export async function releaseDigest(ctx: DynamoContext, subscriberId: string, _digestId: string, owner: string) {
  try {
    await ctx.doc.send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key: digestLeaseKey(subscriberId),
        ConditionExpression: '#owner = :owner',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':owner': owner },
      }),
    );
  } catch (err) {
    if (!isConditionalCheckFailed(err)) throw err;
  }
}

/**
 * Erase's first step: the lease key becomes a tombstone (over any live lease), so no sender
 * starts on this subscriber again. It holds the subscriber's random id and nothing else.
 */
export async function writeEraseTombstone(ctx: DynamoContext, subscriberId: string): Promise<void> {
  await ctx.doc.send(
    new PutCommand({
      TableName: ctx.tableName,
      Item: { ...digestLeaseKey(subscriberId), erased: true, expiresAt: expiresAt(ctx.now(), eraseTombstoneTtlDays) },
    }),
  );
}
