import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { LeaseOutcome } from '../../ports/stores';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import { digestLeaseKey, expiresAt, ttlDays } from './keys';

/** Takes (or renews) the lease on a digest unless another owner's lease is still live. */
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
          ...digestLeaseKey(subscriberId, digestId),
          owner,
          leaseUntil: until.toISOString(),
          expiresAt: expiresAt(now, ttlDays.digest),
        },
        ConditionExpression: 'attribute_not_exists(PK) OR #owner = :owner OR leaseUntil < :now',
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

/** Gives a lease back; only its owner's lease is removed. */
export async function releaseDigest(ctx: DynamoContext, subscriberId: string, digestId: string, owner: string) {
  try {
    await ctx.doc.send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key: digestLeaseKey(subscriberId, digestId),
        ConditionExpression: '#owner = :owner',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':owner': owner },
      }),
    );
  } catch (err) {
    if (!isConditionalCheckFailed(err)) throw err;
  }
}
