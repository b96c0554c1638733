import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SaveOutcome } from '../../ports/stores';
import { type Posting, postingSchema } from '../../posting/posting';
import { batchGetAll, queryAll } from './batch';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import { fingerprintKey, postedAtBound, postedDayPartition, postingIndexKeys, postingKey, utcDay } from './keys';
import { parseStoredItem } from './stored-item-error';
import { indexNames } from './table-definition';

const dayMs = 86_400_000;

const readPosting = (item: Record<string, unknown>) =>
  parseStoredItem(postingSchema, item, `posting ${String(item.id ?? item.PK)}`);

/**
 * Claims the fingerprint for this posting and returns the id that owns it: ours when the claim
 * is new or was made by an earlier attempt of this same save, another one for a duplicate.
 */
async function claimFingerprint(ctx: DynamoContext, posting: Posting): Promise<string> {
  const key = fingerprintKey(posting.fingerprint);
  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { ...key, postingId: posting.id, createdAt: ctx.now().toISOString() },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return posting.id;
  } catch (err) {
    if (!isConditionalCheckFailed(err)) throw err;
  }
  const { Item } = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: key, ConsistentRead: true }));
  if (typeof Item?.postingId !== 'string') {
    throw new Error(`fingerprint ${posting.fingerprint} is claimed but its item names no postingId`);
  }
  return Item.postingId;
}

/** Stores a posting once, by id and by content fingerprint (see PostingStore.savePosting). */
export async function savePosting(
  ctx: DynamoContext,
  input: Posting,
): Promise<{ outcome: SaveOutcome; postingId: string }> {
  const posting = postingSchema.parse(input);
  const key = postingKey(posting.id);
  const existing = await ctx.doc.send(
    new GetCommand({ TableName: ctx.tableName, Key: key, ConsistentRead: true, ProjectionExpression: 'PK' }),
  );
  if (existing.Item) return { outcome: 'seen', postingId: posting.id };

  // Fingerprint first, posting second: a crash in between leaves a claim naming this id, which
  // the retry recognises as its own and completes.
  const owner = await claimFingerprint(ctx, posting);
  if (owner !== posting.id) return { outcome: 'duplicate', postingId: owner };

  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { ...posting, ...key, ...postingIndexKeys(posting) },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return { outcome: 'new', postingId: posting.id };
  } catch (err) {
    // A concurrent save of the same posting won the race.
    if (isConditionalCheckFailed(err)) return { outcome: 'seen', postingId: posting.id };
    throw err;
  }
}

/** The stored postings with these ids, in the order asked, unknown ids left out. */
export async function getPostings(ctx: DynamoContext, ids: string[]): Promise<Posting[]> {
  const unique = [...new Set(ids)];
  const items = await batchGetAll(ctx, unique.map(postingKey));
  const byId = new Map(items.map(readPosting).map((p) => [p.id, p]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Postings first seen in [since, until), oldest first: one GSI1 query per UTC day. The index is
 * eventually consistent in AWS, so a posting saved a moment ago may show up on the next call.
 */
export async function listPostingsSince(ctx: DynamoContext, since: Date, until: Date): Promise<Posting[]> {
  if (!(since < until)) return [];
  const postings: Posting[] = [];
  for (let day = Date.parse(utcDay(since)); day < until.getTime(); day += dayMs) {
    const items = await queryAll(ctx, {
      IndexName: indexNames.postedDay,
      // Sort keys are "<firstSeenAt>#<id>", so "<until>#…" sorts after the bound "<until>".
      KeyConditionExpression: 'GSI1PK = :day AND GSI1SK BETWEEN :since AND :until',
      ExpressionAttributeValues: {
        ':day': postedDayPartition(utcDay(new Date(day))),
        ':since': postedAtBound(since),
        ':until': postedAtBound(until),
      },
    });
    for (const item of items) {
      const posting = readPosting(item);
      const firstSeen = Date.parse(posting.firstSeenAt);
      if (firstSeen >= since.getTime() && firstSeen < until.getTime()) postings.push(posting);
    }
  }
  return postings;
}
