import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SaveOutcome } from '../../ports/stores';
import { type Posting, postingSchema } from '../../posting/posting';
import { postingChanged } from '../../posting/posting-changed';
import { batchDeleteAll, batchGetAll, queryAll } from './batch';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import {
  expiresAt,
  type ItemKey,
  isInSourcePartition,
  legacyKeyOf,
  legacyOpenPrefix,
  openSinceBound,
  openSinceKey,
  openSincePrefix,
  postedAtBound,
  postedDayPartition,
  postingIdOfItem,
  postingIdOfOpenKey,
  postingKey,
  postingPrefix,
  sourcePartition,
  sourcePostingIdOf,
  ttlDays,
  utcDay,
} from './keys';
import { packPosting, unpackPosting } from './packed-posting';
import { parseStoredItem } from './stored-item-error';
import { indexNames } from './table-definition';
import { joinTitleBucket } from './title-bucket-items';

const dayMs = 86_400_000;

const readPosting = (item: Record<string, unknown>) =>
  parseStoredItem(postingSchema, unpackPosting(item), `posting ${postingIdOfItem(item)}`);

/** GSI1 attributes of a posting stored before the open-since items, kept when it is rewritten. */
type LegacyIndexKeys = { GSI1PK?: unknown; GSI1SK?: unknown };

const postingItem = (posting: Posting, key: ItemKey, legacy: LegacyIndexKeys = {}) => ({
  ...packPosting(posting),
  ...key,
  ...(typeof legacy.GSI1PK === 'string' && typeof legacy.GSI1SK === 'string'
    ? { GSI1PK: legacy.GSI1PK, GSI1SK: legacy.GSI1SK }
    : {}),
});

const putOpenSince = (ctx: DynamoContext, posting: Posting) =>
  ctx.doc.send(new PutCommand({ TableName: ctx.tableName, Item: openSinceKey(posting) }));

interface Stored {
  key: ItemKey;
  posting: Posting;
  /** GSI1 attributes of a posting stored before the open-since items, kept when it is rewritten. */
  legacyIndex: LegacyIndexKeys;
}

/**
 * Where the posting with this id is stored, if it is: its key, or for a job stored before ids
 * named their source, the key of its id then (one more read, for postings not stored yet only).
 */
async function findStored(ctx: DynamoContext, postingId: string): Promise<Stored | undefined> {
  const key = postingKey(postingId);
  const { Item } = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: key, ConsistentRead: true }));
  if (Item) return { key, posting: readPosting(Item), legacyIndex: Item };
  const legacy = legacyKeyOf(postingId);
  if (!legacy) return undefined;
  // No new posting is written there, so an eventually consistent read (half the units) finds it.
  const { Item: old } = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: legacy }));
  return old ? { key: legacy, posting: readPosting(old), legacyIndex: old } : undefined;
}

/**
 * A posting stored before: rewritten when its content changed or it was closed and is listed
 * again (keeping its id and first-seen time, and so its place), untouched otherwise.
 */
async function updateStored(ctx: DynamoContext, found: Stored, polled: Posting): Promise<SaveOutcome> {
  const stored = found.posting;
  const reopened = stored.status !== 'open';
  if (!reopened && !postingChanged(stored, polled)) return 'seen';
  const next: Posting = { ...polled, id: stored.id, firstSeenAt: stored.firstSeenAt, status: 'open' };
  // A whole new item: a reopened posting loses its closedAt and its expiry.
  await ctx.doc.send(
    new PutCommand({
      TableName: ctx.tableName,
      Item: postingItem(next, found.key, found.legacyIndex),
      ConditionExpression: 'attribute_exists(PK)',
    }),
  );
  if (reopened && !isInSourcePartition(found.key)) await putOpenSince(ctx, next);
  return 'updated';
}

/**
 * Stores a posting once (see PostingStore.savePosting). `known`, the posting as its source's
 * listing holds it (listSourcePostings), spares reading it again; postings stored before ids
 * named their source are read all the same, for the index attributes their item may carry.
 */
export async function savePosting(
  ctx: DynamoContext,
  input: Posting,
  known?: Posting,
): Promise<{ outcome: SaveOutcome; postingId: string; firstSeenAt?: string }> {
  const posting = postingSchema.parse(input);
  const knownKey = known ? postingKey(known.id) : undefined;
  const found =
    known && knownKey && isInSourcePartition(knownKey)
      ? { key: knownKey, posting: known, legacyIndex: {} }
      : await findStored(ctx, posting.id);
  if (found) {
    return {
      outcome: await updateStored(ctx, found, posting),
      postingId: found.posting.id,
      firstSeenAt: found.posting.firstSeenAt,
    };
  }

  // The bucket first, the posting last: a crash in between leaves the bucket naming this id, which
  // the retry recognises as its own and completes.
  const original = await joinTitleBucket(ctx, posting, (ids) => getPostings(ctx, ids));
  if (original) return { outcome: 'duplicate', postingId: original };
  const key = postingKey(posting.id);
  // A posting outside its source's partition is listed there by an open-since item. A retry's item
  // may carry a later time than the crashed one's; both name one posting and are dropped together.
  if (!isInSourcePartition(key)) await putOpenSince(ctx, posting);

  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: postingItem(posting, key),
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

/**
 * What a source has stored, by the id a poll names each posting with: the postings in its
 * partition (open, and closed until they expire) and the open ones stored before, which their
 * open items name. One strongly consistent read of the partition: a poll compares its listing
 * with it, to close what is gone and to save what it has without reading each posting again.
 */
export async function listSourcePostings(ctx: DynamoContext, sourceId: string): Promise<Map<string, Posting>> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': sourcePartition(sourceId) },
    ConsistentRead: true,
  });
  const found = new Map<string, Posting>();
  const legacyIds: string[] = [];
  for (const item of items) {
    const sk = String(item.SK);
    if (sk.startsWith(postingPrefix)) {
      const posting = readPosting(item);
      found.set(posting.id, posting);
    } else if (sk.startsWith(openSincePrefix) || sk.startsWith(legacyOpenPrefix)) {
      legacyIds.push(postingIdOfOpenKey(sk));
    }
  }
  for (const posting of await getPostings(ctx, legacyIds)) found.set(sourcePostingIdOf(sourceId, posting.id), posting);
  return found;
}

/** Ids of the source's open postings (see listSourcePostings). */
export async function listOpenPostingIds(ctx: DynamoContext, sourceId: string): Promise<string[]> {
  return [...(await listSourcePostings(ctx, sourceId))].filter(([, p]) => p.status === 'open').map(([id]) => id);
}

/** The open-since and membership items of the source's postings stored before (small: keys only). */
async function legacyOpenItems(ctx: DynamoContext, sourceId: string): Promise<ItemKey[]> {
  const items = await queryAll(ctx, {
    // "OPEN" begins both "OPENED#" and "OPEN#".
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :open)',
    ExpressionAttributeValues: { ':pk': sourcePartition(sourceId), ':open': 'OPEN' },
    ProjectionExpression: 'PK, SK',
    ConsistentRead: true,
  });
  return items
    .map((item) => ({ PK: String(item.PK), SK: String(item.SK) }))
    .filter((k) => k.SK.startsWith(openSincePrefix) || k.SK.startsWith(legacyOpenPrefix));
}

/**
 * Marks each posting closed (only if it is open: a concurrent reopen is not undone) and due to
 * expire, then drops the open-since items that list postings stored before. Status first: a crash
 * in between leaves an item the next run drops.
 */
export async function closePostings(
  ctx: DynamoContext,
  sourceId: string,
  postingIds: string[],
  at: Date,
): Promise<number> {
  let closed = 0;
  for (const id of postingIds) {
    const legacy = legacyKeyOf(id);
    for (const key of [postingKey(id), ...(legacy ? [legacy] : [])]) {
      try {
        await ctx.doc.send(
          new UpdateCommand({
            TableName: ctx.tableName,
            Key: key,
            UpdateExpression: 'SET #status = :closed, closedAt = :at, expiresAt = :ttl',
            ConditionExpression: 'attribute_exists(PK) AND #status = :open',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':closed': 'closed',
              ':open': 'open',
              ':at': at.toISOString(),
              ':ttl': expiresAt(at, ttlDays.closedPosting),
            },
          }),
        );
        closed++;
        break;
      } catch (err) {
        if (!isConditionalCheckFailed(err)) throw err;
      }
    }
  }
  const gone = new Set(postingIds);
  await batchDeleteAll(
    ctx,
    (await legacyOpenItems(ctx, sourceId)).filter((k) =>
      gone.has(sourcePostingIdOf(sourceId, postingIdOfOpenKey(k.SK))),
    ),
  );
  return closed;
}

/** The stored postings with these ids, in the order asked, unknown ids left out. */
export async function getPostings(ctx: DynamoContext, ids: string[]): Promise<Posting[]> {
  const unique = [...new Set(ids)];
  const items = await batchGetAll(ctx, unique.map(postingKey));
  const byId = new Map(items.map(readPosting).map((p) => [p.id, p]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}

/** A source's open postings, and the ids of those stored before that its open-since items name in the window. */
async function sourcePostingsSince(
  ctx: DynamoContext,
  sourceId: string,
  since: Date,
  until: Date,
): Promise<{ postings: Posting[]; legacyIds: string[] }> {
  const [items, opened] = await Promise.all([
    queryAll(ctx, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      FilterExpression: '#status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pk': sourcePartition(sourceId), ':prefix': postingPrefix, ':open': 'open' },
    }),
    queryAll(ctx, {
      // Inclusive bounds; "<until>#<id>" sorts after "<until>", the rest is cut by the caller.
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :since AND :until',
      ExpressionAttributeValues: {
        ':pk': sourcePartition(sourceId),
        ':since': openSinceBound(since),
        ':until': openSinceBound(until),
      },
      ProjectionExpression: 'SK',
    }),
  ]);
  return { postings: items.map(readPosting), legacyIds: opened.map((item) => postingIdOfOpenKey(String(item.SK))) };
}

/**
 * Open postings of these sources first seen in [since, until), oldest first: each source's
 * partition read whole (eventually consistent; its closed postings expire), then what postings
 * stored before add: those its open-since items name in the window, and older ones still through
 * GSI1 (keys only, one query per UTC day). The day queries find nothing once every such posting is
 * older than the windows asked for, and can go with GSI1 then.
 */
export async function listPostingsSince(
  ctx: DynamoContext,
  sourceIds: string[],
  since: Date,
  until: Date,
): Promise<Posting[]> {
  if (!(since < until) || sourceIds.length === 0) return [];
  // The sources' partitions at once: a backfill runs while a subscriber waits for the page.
  const perSource = await Promise.all([...new Set(sourceIds)].map((id) => sourcePostingsSince(ctx, id, since, until)));
  const found = perSource.flatMap((s) => s.postings);
  const legacyIds = new Set(perSource.flatMap((s) => s.legacyIds));
  const days: string[] = [];
  for (let day = Date.parse(utcDay(since)); day < until.getTime(); day += dayMs) days.push(utcDay(new Date(day)));
  const dayItems = await Promise.all(
    days.map((day) =>
      queryAll(ctx, {
        IndexName: indexNames.postedDay,
        // Sort keys are "<firstSeenAt>" or "<firstSeenAt>#<id>"; cut to [since, until) below.
        KeyConditionExpression: 'GSI1PK = :day AND GSI1SK BETWEEN :since AND :until',
        ExpressionAttributeValues: {
          ':day': postedDayPartition(day),
          ':since': postedAtBound(since),
          ':until': postedAtBound(until),
        },
        ProjectionExpression: 'PK',
      }),
    ),
  );
  for (const item of dayItems.flat()) legacyIds.add(postingIdOfItem(item));
  found.push(...(await getPostings(ctx, [...legacyIds])));
  const sources = new Set(sourceIds);
  return found
    .filter((p) => {
      const firstSeen = Date.parse(p.firstSeenAt);
      return (
        p.status === 'open' && sources.has(p.sourceId) && firstSeen >= since.getTime() && firstSeen < until.getTime()
      );
    })
    .sort((a, b) => Date.parse(a.firstSeenAt) - Date.parse(b.firstSeenAt) || a.id.localeCompare(b.id));
}

/** Bytes of a posting's stored item as DynamoDB sizes it: attribute names plus values. */
export function postingItemBytes(posting: Posting): number {
  return Object.entries(postingItem(posting, postingKey(posting.id))).reduce(
    (n, [name, value]: [string, unknown]) =>
      n + Buffer.byteLength(name) + (value instanceof Uint8Array ? value.length : Buffer.byteLength(String(value))),
    0,
  );
}
