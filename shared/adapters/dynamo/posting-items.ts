import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SaveOutcome } from '../../ports/stores';
import { type Posting, postingSchema } from '../../posting/posting';
import { postingChanged } from '../../posting/posting-changed';
import { batchGetAll, queryAll } from './batch';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import {
  expiresAt,
  isPostingId,
  postingIdOfItem,
  postingKey,
  postingPrefix,
  sourceOfPostingId,
  sourcePartition,
  ttlDays,
} from './keys';
import { packPosting, unpackPosting } from './packed-posting';
import { parseStoredItem } from './stored-item-error';
import { joinTitleBucket } from './title-bucket-items';

const readPosting = (item: Record<string, unknown>) =>
  parseStoredItem(postingSchema, unpackPosting(item), `posting ${postingIdOfItem(item)}`);

const postingItem = (posting: Posting) => ({ ...packPosting(posting), ...postingKey(posting.id) });

async function findStored(ctx: DynamoContext, postingId: string): Promise<Posting | undefined> {
  const { Item } = await ctx.doc.send(
    new GetCommand({ TableName: ctx.tableName, Key: postingKey(postingId), ConsistentRead: true }),
  );
  return Item ? readPosting(Item) : undefined;
}

/**
 * A posting stored before: rewritten when its content changed or it was closed and is listed
 * again (keeping its first-seen time, and so its place), untouched otherwise. An update, not a
 * put, so that what others keep on the item stays (its carriers: copies on other sources); a
 * posting its source had stopped listing (`unlisted`) is listed again, which is written too.
 */
async function updateStored(ctx: DynamoContext, stored: Posting, polled: Posting): Promise<SaveOutcome> {
  const reopened = stored.status !== 'open';
  const changed = postingChanged(stored, polled);
  if (!reopened && !changed && !stored.unlisted) return 'seen';
  const next: Posting = { ...polled, id: stored.id, firstSeenAt: stored.firstSeenAt, status: 'open' };
  // A reopened posting loses its closedAt and its expiry.
  await ctx.doc.send(
    new UpdateCommand({
      TableName: ctx.tableName,
      Key: postingKey(stored.id),
      UpdateExpression: 'SET packed = :packed, #status = :open REMOVE closedAt, expiresAt, unlisted',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':packed': packPosting(next).packed, ':open': 'open' },
    }),
  );
  return reopened || changed ? 'updated' : 'seen';
}

/**
 * Stores a posting once (see PostingStore.savePosting). `known`, the posting as its source's
 * listing holds it (listSourcePostings), spares reading it again.
 */
export async function savePosting(
  ctx: DynamoContext,
  input: Posting,
  known?: Posting,
): Promise<{ outcome: SaveOutcome; postingId: string; firstSeenAt?: string }> {
  const posting = postingSchema.parse(input);
  const stored = known ?? (await findStored(ctx, posting.id));
  if (stored) {
    return { outcome: await updateStored(ctx, stored, posting), postingId: stored.id, firstSeenAt: stored.firstSeenAt };
  }

  // The bucket first, the posting last: a crash in between leaves the bucket naming this id, which
  // the retry recognises as its own and completes.
  const original = await joinTitleBucket(ctx, posting, (ids) => getPostings(ctx, ids));
  if (original) return { outcome: 'duplicate', postingId: original };
  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: postingItem(posting),
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

const sourcePostingsQuery = (sourceId: string) => ({
  KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
  ExpressionAttributeValues: { ':pk': sourcePartition(sourceId), ':prefix': postingPrefix },
});

/**
 * What a source has stored: the postings in its partition (open, and closed until they expire),
 * by id. One strongly consistent read of the partition: a poll compares its listing with it, to
 * close what is gone and to save what it has without reading each posting again.
 */
export async function listSourcePostings(ctx: DynamoContext, sourceId: string): Promise<Map<string, Posting>> {
  const items = await queryAll(ctx, { ...sourcePostingsQuery(sourceId), ConsistentRead: true });
  return new Map(items.map(readPosting).map((p) => [p.id, p]));
}

/** Ids of the source's open postings (see listSourcePostings). */
export async function listOpenPostingIds(ctx: DynamoContext, sourceId: string): Promise<string[]> {
  return [...(await listSourcePostings(ctx, sourceId))].filter(([, p]) => p.status === 'open').map(([id]) => id);
}

/**
 * Marks each of the source's postings closed (only if it is open: a concurrent reopen is not
 * undone) and due to expire, unless a copy on another source carries it: then it stays open,
 * marked `unlisted`, and closes when its last carrier goes (dropCarry). An id of another source
 * is a caller's bug, refused before any write.
 */
export async function closePostings(
  ctx: DynamoContext,
  sourceId: string,
  postingIds: string[],
  at: Date,
): Promise<number> {
  const foreign = postingIds.find((id) => sourceOfPostingId(id) !== sourceId);
  if (foreign !== undefined) throw new Error(`cannot close posting "${foreign}" for source "${sourceId}"`);
  let closed = 0;
  for (const id of postingIds) {
    if (await closePosting(ctx, id, at, 'attribute_not_exists(carriers)')) closed++;
    else
      await conditionalUpdate(ctx, {
        Key: postingKey(id),
        UpdateExpression: 'SET unlisted = :true',
        ConditionExpression: 'attribute_exists(PK) AND #status = :open AND attribute_exists(carriers)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':open': 'open', ':true': true },
      });
  }
  return closed;
}

/** Closes one open posting, due to expire, when `condition` holds too; false when it did not. */
export function closePosting(ctx: DynamoContext, id: string, at: Date, condition: string): Promise<boolean> {
  return conditionalUpdate(ctx, {
    Key: postingKey(id),
    UpdateExpression: 'SET #status = :closed, closedAt = :at, expiresAt = :ttl REMOVE unlisted',
    ConditionExpression: `attribute_exists(PK) AND #status = :open AND ${condition}`,
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':open': 'open',
      ':closed': 'closed',
      ':at': at.toISOString(),
      ':ttl': expiresAt(at, ttlDays.closedPosting),
      ...(condition.includes(':true') ? { ':true': true } : {}),
    },
  });
}

/** An update that may not apply: false when its condition did not hold. */
async function conditionalUpdate(
  ctx: DynamoContext,
  input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName'>,
): Promise<boolean> {
  try {
    await ctx.doc.send(new UpdateCommand({ TableName: ctx.tableName, ...input }));
    return true;
  } catch (err) {
    if (isConditionalCheckFailed(err)) return false;
    throw err;
  }
}

/** The stored postings with these ids, in the order asked, unknown ids (and ids of no posting's form) left out. */
export async function getPostings(ctx: DynamoContext, ids: string[]): Promise<Posting[]> {
  const unique = [...new Set(ids)].filter(isPostingId);
  const items = await batchGetAll(ctx, unique.map(postingKey));
  const byId = new Map(items.map(readPosting).map((p) => [p.id, p]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Open postings of these sources first seen in [since, until), oldest first: each source's
 * partition read whole (eventually consistent; its closed postings expire), all at once, since a
 * backfill runs while a subscriber waits for the page.
 */
export async function listPostingsSince(
  ctx: DynamoContext,
  sourceIds: string[],
  since: Date,
  until: Date,
): Promise<Posting[]> {
  if (!(since < until) || sourceIds.length === 0) return [];
  const perSource = await Promise.all(
    [...new Set(sourceIds)].map((id) =>
      queryAll(ctx, {
        ...sourcePostingsQuery(id),
        FilterExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ...sourcePostingsQuery(id).ExpressionAttributeValues, ':open': 'open' },
      }),
    ),
  );
  return perSource
    .flat()
    .map(readPosting)
    .filter((p) => {
      const firstSeen = Date.parse(p.firstSeenAt);
      return p.status === 'open' && firstSeen >= since.getTime() && firstSeen < until.getTime();
    })
    .sort((a, b) => Date.parse(a.firstSeenAt) - Date.parse(b.firstSeenAt) || a.id.localeCompare(b.id));
}

/** Bytes of a posting's stored item as DynamoDB sizes it: attribute names plus values. */
export function postingItemBytes(posting: Posting): number {
  return Object.entries(postingItem(posting)).reduce(
    (n, [name, value]: [string, unknown]) =>
      n + Buffer.byteLength(name) + (value instanceof Uint8Array ? value.length : Buffer.byteLength(String(value))),
    0,
  );
}
