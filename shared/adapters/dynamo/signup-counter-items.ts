import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoContext } from './dynamo-context';
import { expiresAt, signupCounterKey, subscriberTtlDays } from './keys';

/** One atomic ADD on the client's counter for this window; returns the count after it. */
export async function countSignup(ctx: DynamoContext, clientKey: string, window: string): Promise<number> {
  const out = await ctx.doc.send(
    new UpdateCommand({
      TableName: ctx.tableName,
      Key: signupCounterKey(clientKey, window),
      UpdateExpression: 'ADD #n :one SET expiresAt = if_not_exists(expiresAt, :ttl)',
      ExpressionAttributeNames: { '#n': 'signups' },
      ExpressionAttributeValues: { ':one': 1, ':ttl': expiresAt(ctx.now(), subscriberTtlDays.signupCounter) },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  const count = out.Attributes?.signups;
  return typeof count === 'number' ? count : Number(count ?? 0);
}
