import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { batchDeleteAll, queryAll } from './batch';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import { emailKey, subscriberKey, subscriberPartition } from './keys';
import { getSubscriber, updateSubscriber } from './subscriber-items';

async function partitionKeys(ctx: DynamoContext, subscriberId: string, exceptProfile: boolean) {
  const profileSk = subscriberKey(subscriberId).SK;
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': subscriberPartition(subscriberId) },
    ProjectionExpression: 'PK, SK',
    ConsistentRead: true,
  });
  return items
    .map((i) => ({ PK: String(i.PK), SK: String(i.SK) }))
    .filter((k) => !(exceptProfile && k.SK === profileSk));
}

/**
 * Erases a subscriber. The profile goes last, so an erase cut short is finished by the next click
 * of the same button (the link still finds the profile); a last sweep catches a match written
 * while we deleted.
 */
export async function eraseSubscriber(ctx: DynamoContext, id: string): Promise<boolean> {
  const subscriber = await getSubscriber(ctx, id);
  if (!subscriber) return false;
  // No digest may start for someone being erased.
  if (subscriber.status === 'active' || subscriber.status === 'paused') {
    await updateSubscriber(ctx, id, { status: 'unsubscribed', unsubscribedAt: ctx.now().toISOString() });
  }
  await batchDeleteAll(ctx, await partitionKeys(ctx, id, true));
  try {
    await ctx.doc.send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key: emailKey(subscriber.email),
        ConditionExpression: 'subscriberId = :id',
        ExpressionAttributeValues: { ':id': id },
      }),
    );
  } catch (err) {
    // The address already names another sign-up (or none): leave it.
    if (!isConditionalCheckFailed(err)) throw err;
  }
  await ctx.doc.send(new DeleteCommand({ TableName: ctx.tableName, Key: subscriberKey(id) }));
  await batchDeleteAll(ctx, await partitionKeys(ctx, id, false));
  return true;
}
