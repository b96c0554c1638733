import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { type Match, matchSchema } from '../../match/match';
import type { DigestRecord, MatchKeyFields } from '../../ports/stores';
import { batchDeleteAll, queryAll } from './batch';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import { digestKey, expiresAt, matchKey, matchPrefix, subscriberPartition, ttlDays } from './keys';
import { parseStoredItem } from './stored-item-error';

const digestRecordSchema = z.object({
  subscriberId: z.string().min(1),
  digestId: z.string().min(1),
  status: z.enum(['sending', 'sent']),
  postingIds: z.array(z.string()),
  at: z.iso.datetime(),
  messageId: z.string().optional(),
}) satisfies z.ZodType<DigestRecord>;

/** Records a pending match once per (subscriber, posting, postedAt). */
export async function addMatch(ctx: DynamoContext, input: Match): Promise<boolean> {
  const match = matchSchema.parse(input);
  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { ...match, ...matchKey(match), expiresAt: expiresAt(ctx.now(), ttlDays.match) },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (err) {
    if (isConditionalCheckFailed(err)) return false;
    throw err;
  }
}

/** A subscriber's pending matches, oldest posting first. */
export async function listMatches(ctx: DynamoContext, subscriberId: string): Promise<Match[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': subscriberPartition(subscriberId), ':prefix': matchPrefix },
    ConsistentRead: true,
  });
  return items.map((item) =>
    parseStoredItem(matchSchema, item, `match ${String(item.SK)} of subscriber ${subscriberId}`),
  );
}

/** Drops these pending matches by key (a key holds postedAt: the caller has the matches from listMatches). */
export async function removeMatches(ctx: DynamoContext, pending: MatchKeyFields[]): Promise<void> {
  await batchDeleteAll(ctx, pending.map(matchKey));
}

/** The digest record, if this digest was started. */
export async function getDigest(
  ctx: DynamoContext,
  subscriberId: string,
  digestId: string,
): Promise<DigestRecord | undefined> {
  const { Item } = await ctx.doc.send(
    new GetCommand({ TableName: ctx.tableName, Key: digestKey(subscriberId, digestId), ConsistentRead: true }),
  );
  return Item
    ? parseStoredItem(digestRecordSchema, Item, `digest ${digestId} of subscriber ${subscriberId}`)
    : undefined;
}

/** A digest record as stored, validated. */
export function digestItem(ctx: DynamoContext, input: DigestRecord) {
  const record = digestRecordSchema.parse(input);
  return {
    ...record,
    ...digestKey(record.subscriberId, record.digestId),
    expiresAt: expiresAt(ctx.now(), ttlDays.digest),
  };
}

/** Writes (or overwrites, e.g. sending → sent) a digest record. */
export async function putDigest(ctx: DynamoContext, input: DigestRecord): Promise<void> {
  await ctx.doc.send(new PutCommand({ TableName: ctx.tableName, Item: digestItem(ctx, input) }));
}
