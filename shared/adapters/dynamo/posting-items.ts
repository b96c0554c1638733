import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SaveOutcome } from '../../ports/stores';
import { canonicalUrl } from '../../posting/canonical-url';
import { isNearDuplicate, nearDuplicateKey as nearDuplicateTitleKey } from '../../posting/near-duplicate';
import { type Posting, postingSchema } from '../../posting/posting';
import { postingChanged } from '../../posting/posting-changed';
import { batchDeleteAll, batchGetAll, queryAll } from './batch';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import {
  canonicalUrlKey,
  type ItemKey,
  legacyOpenPrefix,
  nearDuplicateKey,
  openSinceBound,
  openSinceKey,
  openSincePrefix,
  postedAtBound,
  postedDayPartition,
  postingIdOfKey,
  postingIdOfOpenKey,
  postingKey,
  sourcePartition,
  utcDay,
} from './keys';
import { packPosting, unpackPosting } from './packed-posting';
import { parseStoredItem } from './stored-item-error';
import { indexNames } from './table-definition';

const dayMs = 86_400_000;

const readPosting = (item: Record<string, unknown>) =>
  parseStoredItem(postingSchema, unpackPosting(item), `posting ${postingIdOfKey(String(item.PK))}`);

type Claim = ItemKey & { what: string };

/**
 * Claims a posting's canonical URL for it and returns the id that owns the URL: ours when the
 * claim is new or was made by an earlier attempt of this same save, another one for a duplicate.
 * Its own item (not the title's bucket), because a board's copy of a job usually renames it.
 */
async function claim(ctx: DynamoContext, key: Claim, postingId: string): Promise<string> {
  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { PK: key.PK, SK: key.SK, postingId, createdAt: ctx.now().toISOString() },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return postingId;
  } catch (err) {
    if (!isConditionalCheckFailed(err)) throw err;
  }
  const { Item } = await ctx.doc.send(
    new GetCommand({ TableName: ctx.tableName, Key: { PK: key.PK, SK: key.SK }, ConsistentRead: true }),
  );
  if (typeof Item?.postingId !== 'string') throw new Error(`${key.what} is claimed but its item names no postingId`);
  return Item.postingId;
}

// A save that turns out to be a duplicate gives back the claim it took, so that no claim names a
// posting that was never stored. Conditional: a claim that is not ours stays.
async function release(ctx: DynamoContext, key: Claim, postingId: string): Promise<void> {
  try {
    await ctx.doc.send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key: { PK: key.PK, SK: key.SK },
        ConditionExpression: 'postingId = :id',
        ExpressionAttributeValues: { ':id': postingId },
      }),
    );
  } catch (err) {
    if (!isConditionalCheckFailed(err)) throw err;
  }
}

/**
 * How many recent postings one title's bucket remembers (each is read back on a new save). Ten
 * ids and fingerprint prefixes keep the bucket under one KB, so that joining it is one write unit.
 */
const nearBucketSize = 10;
const maxBucketAttempts = 3;
/** Hex digits of a fingerprint a bucket keeps: 64 bits tell ten postings apart. */
const bucketFingerprintLength = 16;

interface Bucket {
  ids: string[];
  /** Fingerprint prefixes, aligned with ids; empty for a bucket written before they were kept. */
  fingerprints: string[];
  version: number;
}

const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

async function readBucket(ctx: DynamoContext, key: ItemKey): Promise<Bucket> {
  const { Item } = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: key, ConsistentRead: true }));
  const ids = strings(Item?.postingIds);
  const fingerprints = strings(Item?.fingerprints);
  return {
    ids,
    fingerprints: fingerprints.length === ids.length ? fingerprints : [],
    version: typeof Item?.version === 'number' ? Item.version : 0,
  };
}

/**
 * The stored posting this one duplicates, among the latest with the same folded title: the same
 * content (fingerprint; the bucket's own copy answers even before that posting's item is written,
 * so two sources saving it at once collapse too) or, while the other is open, a near-duplicate.
 * A repost of a job that has closed since is a new opening, unless it is word for word the same.
 */
async function findDuplicate(ctx: DynamoContext, posting: Posting, bucket: Bucket): Promise<string | undefined> {
  const fingerprint = posting.fingerprint.slice(0, bucketFingerprintLength);
  const same = bucket.ids.find((id, i) => id !== posting.id && bucket.fingerprints[i] === fingerprint);
  if (same) return same;
  const candidates = await getPostings(
    ctx,
    bucket.ids.filter((id) => id !== posting.id),
  );
  return candidates.find(
    (c) => c.fingerprint === posting.fingerprint || (c.status === 'open' && isNearDuplicate(c, posting)),
  )?.id;
}

/**
 * Checks the posting against its title's bucket and joins it, in one optimistic read-modify-write
 * (the bucket stays bounded, newest last): the id of the posting it duplicates, or undefined once
 * it is in the bucket (or was, by an earlier attempt of this save). This is the content claim: a
 * concurrent save of the same content that wins the race is found by the re-check. Losing three
 * times only means this posting is missing from the candidates: a missed collapse, never a loss.
 */
async function joinBucket(ctx: DynamoContext, posting: Posting): Promise<string | undefined> {
  const key = nearDuplicateKey(nearDuplicateTitleKey(posting.title));
  for (let attempt = 0; attempt < maxBucketAttempts; attempt++) {
    const bucket = await readBucket(ctx, key);
    if (bucket.ids.includes(posting.id)) return undefined;
    const original = await findDuplicate(ctx, posting, bucket);
    if (original) return original;
    // A bucket from before fingerprints were kept gets them from now on, for its new entries.
    const known = bucket.fingerprints.length > 0 ? bucket.fingerprints : bucket.ids.map(() => '');
    const ids = [...bucket.ids, posting.id].slice(-nearBucketSize);
    const fingerprints = [...known, posting.fingerprint.slice(0, bucketFingerprintLength)].slice(-nearBucketSize);
    try {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: { ...key, postingIds: ids, fingerprints, version: bucket.version + 1 },
          ConditionExpression: bucket.version === 0 ? 'attribute_not_exists(PK)' : '#v = :v',
          ...(bucket.version === 0
            ? {}
            : { ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': bucket.version } }),
        }),
      );
      return undefined;
    } catch (err) {
      if (!isConditionalCheckFailed(err)) throw err;
    }
  }
  return undefined;
}

/** GSI1 attributes of a posting stored before the open-since items, kept when it is rewritten. */
type LegacyIndexKeys = { GSI1PK?: unknown; GSI1SK?: unknown };

const postingItem = (posting: Posting, legacy: LegacyIndexKeys = {}) => ({
  ...packPosting(posting),
  ...postingKey(posting.id),
  ...(typeof legacy.GSI1PK === 'string' && typeof legacy.GSI1SK === 'string'
    ? { GSI1PK: legacy.GSI1PK, GSI1SK: legacy.GSI1SK }
    : {}),
});

const putOpenSince = (ctx: DynamoContext, posting: Posting) =>
  ctx.doc.send(new PutCommand({ TableName: ctx.tableName, Item: openSinceKey(posting) }));

/**
 * A posting stored before: rewritten when its content changed or it was closed and is listed
 * again (keeping its first-seen time, so its open-since item does not move), untouched otherwise.
 */
async function updateStored(
  ctx: DynamoContext,
  item: Record<string, unknown>,
  stored: Posting,
  polled: Posting,
): Promise<SaveOutcome> {
  const reopened = stored.status !== 'open';
  if (!reopened && !postingChanged(stored, polled)) return 'seen';
  const next: Posting = { ...polled, firstSeenAt: stored.firstSeenAt, status: 'open' };
  await ctx.doc.send(
    new PutCommand({
      TableName: ctx.tableName,
      Item: postingItem(next, item),
      ConditionExpression: 'attribute_exists(PK)',
    }),
  );
  if (reopened) await putOpenSince(ctx, next);
  return 'updated';
}

/** Stores a posting once (see PostingStore.savePosting). */
export async function savePosting(
  ctx: DynamoContext,
  input: Posting,
): Promise<{ outcome: SaveOutcome; postingId: string; firstSeenAt?: string }> {
  const posting = postingSchema.parse(input);
  const key = postingKey(posting.id);
  const existing = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: key, ConsistentRead: true }));
  if (existing.Item) {
    const stored = readPosting(existing.Item);
    return {
      outcome: await updateStored(ctx, existing.Item, stored, posting),
      postingId: posting.id,
      firstSeenAt: stored.firstSeenAt,
    };
  }

  // Claims and open-since item first, posting last: a crash in between leaves the URL claim and
  // the bucket naming this id, which the retry recognises as its own and completes. The retry's
  // open-since item may carry a later time than the crashed one's; both are read as one posting
  // and dropped together when it closes.
  const url = posting.url ? canonicalUrl(posting.url) : undefined;
  const urlClaim: Claim | undefined = url ? { ...canonicalUrlKey(url), what: `canonical URL ${url}` } : undefined;
  if (urlClaim) {
    const owner = await claim(ctx, urlClaim, posting.id);
    if (owner !== posting.id) return { outcome: 'duplicate', postingId: owner };
  }
  const original = await joinBucket(ctx, posting);
  if (original) {
    if (urlClaim) await release(ctx, urlClaim, posting.id);
    return { outcome: 'duplicate', postingId: original };
  }
  await putOpenSince(ctx, posting);

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

/** The source's open-since items (and membership items from before them), strongly consistent. */
async function openItemKeys(ctx: DynamoContext, sourceId: string): Promise<ItemKey[]> {
  const keys: ItemKey[] = [];
  for (const prefix of [openSincePrefix, legacyOpenPrefix]) {
    const items = await queryAll(ctx, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': sourcePartition(sourceId), ':prefix': prefix },
      ProjectionExpression: 'PK, SK',
      ConsistentRead: true,
    });
    for (const item of items) keys.push({ PK: String(item.PK), SK: String(item.SK) });
  }
  return keys;
}

/** Ids of the source's open postings, from its open-since items (see keys.ts). */
export async function listOpenPostingIds(ctx: DynamoContext, sourceId: string): Promise<string[]> {
  return [...new Set((await openItemKeys(ctx, sourceId)).map((k) => postingIdOfOpenKey(k.SK)))];
}

/**
 * Marks each posting closed (only if it is open: a concurrent reopen is not undone), then drops
 * its open-since items. Status first: a crash in between leaves an item the next run drops.
 */
export async function closePostings(
  ctx: DynamoContext,
  sourceId: string,
  postingIds: string[],
  at: Date,
): Promise<number> {
  let closed = 0;
  for (const id of postingIds) {
    try {
      await ctx.doc.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          Key: postingKey(id),
          UpdateExpression: 'SET #status = :closed, closedAt = :at',
          ConditionExpression: 'attribute_exists(PK) AND #status = :open',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':closed': 'closed', ':open': 'open', ':at': at.toISOString() },
        }),
      );
      closed++;
    } catch (err) {
      if (!isConditionalCheckFailed(err)) throw err;
    }
  }
  const gone = new Set(postingIds);
  await batchDeleteAll(
    ctx,
    (await openItemKeys(ctx, sourceId)).filter((k) => gone.has(postingIdOfOpenKey(k.SK))),
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

/**
 * Open postings of these sources first seen in [since, until), oldest first: one strongly
 * consistent range query of each source's open-since items, then the items themselves. Postings
 * stored before those items are found as they were, through GSI1 (keys only, one query per UTC
 * day, eventually consistent); the day queries find nothing once every such posting is older than
 * the windows asked for, and can go with GSI1 then.
 */
export async function listPostingsSince(
  ctx: DynamoContext,
  sourceIds: string[],
  since: Date,
  until: Date,
): Promise<Posting[]> {
  if (!(since < until) || sourceIds.length === 0) return [];
  const ids = new Set<string>();
  for (const sourceId of new Set(sourceIds)) {
    const items = await queryAll(ctx, {
      // Inclusive bounds; "<until>#<id>" sorts after "<until>", the rest is cut below.
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :since AND :until',
      ExpressionAttributeValues: {
        ':pk': sourcePartition(sourceId),
        ':since': openSinceBound(since),
        ':until': openSinceBound(until),
      },
      ProjectionExpression: 'SK',
      ConsistentRead: true,
    });
    for (const item of items) ids.add(postingIdOfOpenKey(String(item.SK)));
  }
  for (let day = Date.parse(utcDay(since)); day < until.getTime(); day += dayMs) {
    const items = await queryAll(ctx, {
      IndexName: indexNames.postedDay,
      // Sort keys are "<firstSeenAt>" or "<firstSeenAt>#<id>"; cut to [since, until) below.
      KeyConditionExpression: 'GSI1PK = :day AND GSI1SK BETWEEN :since AND :until',
      ExpressionAttributeValues: {
        ':day': postedDayPartition(utcDay(new Date(day))),
        ':since': postedAtBound(since),
        ':until': postedAtBound(until),
      },
      ProjectionExpression: 'PK',
    });
    for (const item of items) ids.add(postingIdOfKey(String(item.PK)));
  }
  const sources = new Set(sourceIds);
  return (await getPostings(ctx, [...ids]))
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
  return Object.entries(postingItem(posting)).reduce(
    (n, [name, value]: [string, unknown]) =>
      n + Buffer.byteLength(name) + (value instanceof Uint8Array ? value.length : Buffer.byteLength(String(value))),
    0,
  );
}
