import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type SignupRequest, signupRequestSchema } from '../../subscriber/signup-request';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import {
  confirmationSlotKey,
  emailKey,
  expiresAt,
  type ItemKey,
  signupRequestKey,
  signupTtlDays,
  subscriberKey,
  subscriberTtlDays,
} from './keys';
import { parseStoredItem } from './stored-item-error';

const DAY_MS = 86_400_000;

/**
 * Takes one of the address's `limit` confirmation slots at `now`: each is a conditional put that
 * succeeds only on a slot never taken or taken 24 hours ago or more. No read decides, so racing
 * requests cannot take more than `limit` slots in 24 hours; false when every slot is taken.
 */
export async function claimConfirmationSlot(
  ctx: DynamoContext,
  email: string,
  limit: number,
  now: Date,
): Promise<boolean> {
  for (let slot = 0; slot < limit; slot++) {
    try {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: {
            ...confirmationSlotKey(email, slot),
            takenAt: now.getTime(),
            expiresAt: expiresAt(now, signupTtlDays.confirmationSlot),
          },
          ConditionExpression: 'attribute_not_exists(PK) OR takenAt <= :dayAgo',
          ExpressionAttributeValues: { ':dayAgo': now.getTime() - DAY_MS },
        }),
      );
      return true;
    } catch (err) {
      if (!isConditionalCheckFailed(err)) throw err;
    }
  }
  return false;
}

/** Stores a sign-up request under its own id (a random id per sign-up: nothing to overwrite). */
export async function putSignupRequest(ctx: DynamoContext, input: SignupRequest): Promise<void> {
  const request = signupRequestSchema.parse(input);
  await ctx.doc.send(
    new PutCommand({
      TableName: ctx.tableName,
      Item: {
        ...request,
        ...signupRequestKey(request.subscriberId, request.signupId),
        expiresAt: expiresAt(new Date(request.requestedAt), signupTtlDays.request),
      },
    }),
  );
}

/** The sign-up request a confirm link names; undefined when gone (erased, or past its TTL). */
export async function getSignupRequest(
  ctx: DynamoContext,
  subscriberId: string,
  signupId: string,
): Promise<SignupRequest | undefined> {
  const { Item } = await ctx.doc.send(
    new GetCommand({ TableName: ctx.tableName, Key: signupRequestKey(subscriberId, signupId), ConsistentRead: true }),
  );
  return Item && parseStoredItem(signupRequestSchema, Item, `sign-up request ${signupId} of ${subscriberId}`);
}

/**
 * Moves the TTL of a pending sign-up (profile and email lookup) to a week after `now`, so they
 * outlive the link just sent. Each is one conditional update on `attribute_exists(expiresAt)`:
 * only unconfirmed items carry a TTL, and confirming removes it in the same item's write, so a
 * sign-up racing a confirm can never put a TTL back on an active subscriber's items.
 */
export async function keepPendingSignup(
  ctx: DynamoContext,
  subscriber: { id: string; email: string },
  now: Date,
): Promise<void> {
  const ttl = expiresAt(now, subscriberTtlDays.unconfirmed);
  const extend = async (Key: ItemKey, condition: string, values: Record<string, unknown>) => {
    try {
      await ctx.doc.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          Key,
          UpdateExpression: 'SET expiresAt = :ttl',
          ConditionExpression: `attribute_exists(expiresAt) AND expiresAt < :ttl${condition}`,
          ExpressionAttributeValues: { ':ttl': ttl, ...values },
        }),
      );
    } catch (err) {
      // Confirmed meanwhile (no TTL any more), gone, or already kept longer: nothing to do.
      if (!isConditionalCheckFailed(err)) throw err;
    }
  };
  await Promise.all([
    extend(subscriberKey(subscriber.id), '', {}),
    extend(emailKey(subscriber.email), ' AND subscriberId = :id', { ':id': subscriber.id }),
  ]);
}
