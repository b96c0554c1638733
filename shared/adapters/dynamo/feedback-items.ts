import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { NotRelevantCount } from '../../ports/stores';
import { queryAll } from './batch';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import {
  expiresAt,
  notRelevantCounterKey,
  notRelevantCounterPartition,
  notRelevantKey,
  subscriberTtlDays,
} from './keys';
import { parseStoredItem } from './stored-item-error';

const counterSchema = z.object({
  postingId: z.string().min(1),
  count: z.number().int().min(0),
  lastAt: z.iso.datetime(),
}) satisfies z.ZodType<NotRelevantCount>;

/**
 * Records one subscriber's "not relevant" click on a posting once (a conditional put in their
 * partition), then counts it on the posting. A replayed click counts nothing; a crash between the
 * two writes loses one count, never adds one.
 */
export async function recordNotRelevant(
  ctx: DynamoContext,
  subscriberId: string,
  postingId: string,
  at: Date,
): Promise<boolean> {
  const ttl = expiresAt(ctx.now(), subscriberTtlDays.notRelevant);
  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: {
          ...notRelevantKey(subscriberId, postingId),
          subscriberId,
          postingId,
          at: at.toISOString(),
          expiresAt: ttl,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  } catch (err) {
    if (isConditionalCheckFailed(err)) return false;
    throw err;
  }
  await ctx.doc.send(
    new UpdateCommand({
      TableName: ctx.tableName,
      Key: notRelevantCounterKey(postingId),
      UpdateExpression: 'ADD #count :one SET postingId = :postingId, lastAt = :at, expiresAt = :ttl',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':postingId': postingId, ':at': at.toISOString(), ':ttl': ttl },
    }),
  );
  return true;
}

/** The per-posting counters, most clicked first (then most recent), at most `limit`. */
export async function listNotRelevantCounts(ctx: DynamoContext, limit: number): Promise<NotRelevantCount[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': notRelevantCounterPartition },
  });
  return items
    .map((item) => parseStoredItem(counterSchema, item, `not-relevant counter ${String(item.SK)}`))
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
    .slice(0, limit);
}
