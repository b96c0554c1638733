import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { CarryOutcome, MatchMark } from '../../ports/stores';
import { queryAll } from './batch';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import {
  carryKey,
  carryPrefix,
  expiresAt,
  listedIdOfCarryItem,
  markIdOfItem,
  matchMarkKey,
  matchMarkPrefix,
  postingKey,
  sourcePartition,
  ttlDays,
} from './keys';
import { closePosting } from './posting-items';
import { parseStoredItem } from './stored-item-error';

const markItemSchema = z.object({ postingIds: z.array(z.string()), at: z.iso.datetime() });
const carryItemSchema = z.object({ postingId: z.string().min(1) });

const prefixQuery = (sourceId: string, prefix: string) => ({
  KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
  ExpressionAttributeValues: { ':pk': sourcePartition(sourceId), ':prefix': prefix },
  ConsistentRead: true,
});

/**
 * Writes a "to match" mark. Its TTL (a month) only clears the marks of a source taken out of the
 * config: a live source's next poll re-queues every mark it finds.
 */
export async function putMatchMark(ctx: DynamoContext, mark: MatchMark): Promise<void> {
  await ctx.doc.send(
    new PutCommand({
      TableName: ctx.tableName,
      Item: {
        ...matchMarkKey(mark.sourceId, mark.markId),
        postingIds: mark.postingIds,
        at: mark.at,
        expiresAt: expiresAt(ctx.now(), ttlDays.closedPosting),
      },
    }),
  );
}

/** The marks in a source's partition (one strongly consistent query, empty most of the time). */
export async function listMatchMarks(ctx: DynamoContext, sourceId: string): Promise<MatchMark[]> {
  const items = await queryAll(ctx, prefixQuery(sourceId, matchMarkPrefix));
  return items.map((item) => {
    const mark = parseStoredItem(markItemSchema, item, `match mark ${String(item.SK)} of source ${sourceId}`);
    return { sourceId, markId: markIdOfItem(item), postingIds: mark.postingIds, at: mark.at };
  });
}

export async function consumeMatchMark(ctx: DynamoContext, mark: Pick<MatchMark, 'sourceId' | 'markId'>) {
  await ctx.doc.send(new DeleteCommand({ TableName: ctx.tableName, Key: matchMarkKey(mark.sourceId, mark.markId) }));
}

/** The copies a source lists that are stored as another posting, by the id each copy would have had. */
export async function listCarried(ctx: DynamoContext, sourceId: string): Promise<Map<string, string>> {
  const items = await queryAll(ctx, prefixQuery(sourceId, carryPrefix));
  return new Map(
    items.map((item) => [
      listedIdOfCarryItem(item),
      parseStoredItem(carryItemSchema, item, `carry ${String(item.SK)} of source ${sourceId}`).postingId,
    ]),
  );
}

/**
 * Adds the copy to the posting's carriers (a string set on the posting item: one update, once per
 * copy), reopening it when asked (as `unlisted`: its own source had closed it, so does not list
 * it; its next listing there clears that), then writes the carry item in the copy's source's partition.
 * The carry item comes last: a crash in between leaves no carry item, and the next poll of the
 * copy's source does it again (adding to a set twice is adding it once).
 */
export async function carryPosting(
  ctx: DynamoContext,
  listedId: string,
  postingId: string,
  options: { reopen: boolean },
): Promise<CarryOutcome> {
  try {
    await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: postingKey(postingId),
        UpdateExpression: options.reopen
          ? 'ADD carriers :c SET #status = :open, unlisted = :true REMOVE closedAt, expiresAt'
          : 'ADD carriers :c',
        ConditionExpression: options.reopen ? 'attribute_exists(PK)' : 'attribute_exists(PK) AND #status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':c': new Set([listedId]),
          ':open': 'open',
          ...(options.reopen ? { ':true': true } : {}),
        },
      }),
    );
  } catch (err) {
    if (!isConditionalCheckFailed(err)) throw err;
    const { Item } = await ctx.doc.send(
      new GetCommand({ TableName: ctx.tableName, Key: postingKey(postingId), ConsistentRead: true }),
    );
    return Item ? 'closed' : 'missing';
  }
  await ctx.doc.send(new PutCommand({ TableName: ctx.tableName, Item: { ...carryKey(listedId), postingId } }));
  return 'carried';
}

/**
 * The copy is no longer listed: it leaves the posting's carriers, and the posting closes when none
 * is left and its own source no longer lists it (`unlisted`, set when that source tried to close
 * it). The carry item goes last, so a crash before it makes the next poll do it all again.
 */
export async function dropCarry(ctx: DynamoContext, listedId: string, postingId: string, at: Date): Promise<boolean> {
  let closed = false;
  try {
    const { Attributes } = await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: postingKey(postingId),
        UpdateExpression: 'DELETE carriers :c',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':c': new Set([listedId]) },
        ReturnValues: 'ALL_NEW',
      }),
    );
    if (Attributes && Attributes.carriers === undefined && Attributes.unlisted === true)
      closed = await closePosting(ctx, postingId, at, 'attribute_not_exists(carriers) AND unlisted = :true');
  } catch (err) {
    if (!isConditionalCheckFailed(err)) throw err;
  }
  await ctx.doc.send(new DeleteCommand({ TableName: ctx.tableName, Key: carryKey(listedId) }));
  return closed;
}
