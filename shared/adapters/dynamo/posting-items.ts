import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SaveOutcome } from '../../ports/stores';
import { canonicalUrl } from '../../posting/canonical-url';
import { isNearDuplicate, nearDuplicateKey as nearDuplicateTitleKey } from '../../posting/near-duplicate';
import { type Posting, postingSchema } from '../../posting/posting';
import { postingChanged } from '../../posting/posting-changed';
import { batchDeleteAll, batchGetAll, queryAll } from './batch';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import {
  expiresAt,
  type ItemKey,
  isInSourcePartition,
  legacyOpenPrefix,
  legacyPostingId,
  legacyPostingKey,
  nearDuplicateKey,
  openSinceBound,
  openSinceKey,
  openSincePrefix,
  postedAtBound,
  postedDayPartition,
  postingIdOfItem,
  postingIdOfOpenKey,
  postingKey,
  sourcePartition,
  sourcePostingIdOf,
  sourcePostingPrefix,
  ttlDays,
  urlTag,
  utcDay,
} from './keys';
import { packPosting, unpackPosting } from './packed-posting';
import { parseStoredItem } from './stored-item-error';
import { indexNames } from './table-definition';

const dayMs = 86_400_000;

const readPosting = (item: Record<string, unknown>) =>
  parseStoredItem(postingSchema, unpackPosting(item), `posting ${postingIdOfItem(item)}`);

/**
 * Most postings one title's bucket remembers (each is read back on a new save). It keeps as many
 * of the latest as fit in one KB with their ids, fingerprint and URL tags, so that joining it is
 * one write unit: ten with short source ids, fewer with long ones.
 */
const nearBucketSize = 10;
const nearBucketBytes = 1000;
const maxBucketAttempts = 3;
/** Hex digits of a fingerprint a bucket keeps: 64 bits tell ten postings apart. */
const bucketFingerprintLength = 16;

interface Bucket {
  ids: string[];
  /** Fingerprint prefixes and canonical URL tags, aligned with ids ("" where not known). */
  fingerprints: string[];
  urls: string[];
  version: number;
}

const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
// Buckets from before kept no URLs, the first ones no fingerprints either.
const aligned = (xs: string[], ids: string[]) => (xs.length === ids.length ? xs : ids.map(() => ''));

async function readBucket(ctx: DynamoContext, key: ItemKey): Promise<Bucket> {
  const { Item } = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: key, ConsistentRead: true }));
  const ids = strings(Item?.postingIds);
  return {
    ids,
    fingerprints: aligned(strings(Item?.fingerprints), ids),
    urls: aligned(strings(Item?.urls), ids),
    version: typeof Item?.version === 'number' ? Item.version : 0,
  };
}

/** Bytes of a bucket item as DynamoDB sizes it (3 bytes a list, 1 an element, 21 at most a number). */
function bucketBytes(key: ItemKey, bucket: Omit<Bucket, 'version'>): number {
  const list = (xs: string[]) => 3 + xs.reduce((n, x) => n + 1 + Buffer.byteLength(x), 0);
  return (
    `PKSKpostingIdsfingerprintsurlsversion${key.PK}${key.SK}`.length +
    list(bucket.ids) +
    list(bucket.fingerprints) +
    list(bucket.urls) +
    21
  );
}

const urlTagOf = (posting: Posting) => {
  const url = posting.url ? canonicalUrl(posting.url) : undefined;
  return url ? urlTag(url) : '';
};

/**
 * The stored posting this one duplicates, among the latest with the same folded title: the same
 * job address, tracking parameters aside, or the same content (the bucket's own copy of both
 * answers even before that posting's item is written, so two sources saving it at once collapse
 * too) or, while the other is open, a near-duplicate. A repost of a job that has closed since is
 * a new opening, unless it is word for word the same or at the same address.
 */
async function findDuplicate(ctx: DynamoContext, posting: Posting, bucket: Bucket): Promise<string | undefined> {
  const fingerprint = posting.fingerprint.slice(0, bucketFingerprintLength);
  const url = urlTagOf(posting);
  const same = bucket.ids.find(
    (id, i) => id !== posting.id && (bucket.fingerprints[i] === fingerprint || (url !== '' && bucket.urls[i] === url)),
  );
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
 * it is in the bucket (or was, by an earlier attempt of this save). This is the content and URL
 * claim: a concurrent save of the same content or address that wins the race is found by the
 * re-check. Losing three times only means this posting is missing from the candidates: a missed
 * collapse, never a loss.
 */
async function joinBucket(ctx: DynamoContext, posting: Posting): Promise<string | undefined> {
  const key = nearDuplicateKey(nearDuplicateTitleKey(posting.title));
  for (let attempt = 0; attempt < maxBucketAttempts; attempt++) {
    const bucket = await readBucket(ctx, key);
    if (bucket.ids.includes(posting.id)) return undefined;
    const original = await findDuplicate(ctx, posting, bucket);
    if (original) return original;
    const next = {
      ids: [...bucket.ids, posting.id],
      fingerprints: [...bucket.fingerprints, posting.fingerprint.slice(0, bucketFingerprintLength)],
      urls: [...bucket.urls, urlTagOf(posting)],
    };
    while (next.ids.length > 1 && (next.ids.length > nearBucketSize || bucketBytes(key, next) > nearBucketBytes)) {
      next.ids.shift();
      next.fingerprints.shift();
      next.urls.shift();
    }
    try {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: {
            ...key,
            postingIds: next.ids,
            fingerprints: next.fingerprints,
            urls: next.urls,
            version: bucket.version + 1,
          },
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

const postingItem = (posting: Posting, key: ItemKey, legacy: LegacyIndexKeys = {}) => ({
  ...packPosting(posting),
  ...key,
  ...(typeof legacy.GSI1PK === 'string' && typeof legacy.GSI1SK === 'string'
    ? { GSI1PK: legacy.GSI1PK, GSI1SK: legacy.GSI1SK }
    : {}),
});

const putOpenSince = (ctx: DynamoContext, posting: Posting) =>
  ctx.doc.send(new PutCommand({ TableName: ctx.tableName, Item: openSinceKey(posting) }));

/**
 * Where the posting with this id is stored, if it is: its key, or for a job stored before ids
 * named their source, the key of its id then (one more read, for postings not stored yet only).
 */
async function findStored(
  ctx: DynamoContext,
  postingId: string,
): Promise<{ key: ItemKey; item: Record<string, unknown> } | undefined> {
  const key = postingKey(postingId);
  const { Item } = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: key, ConsistentRead: true }));
  if (Item) return { key, item: Item };
  const legacyId = legacyPostingId(postingId);
  if (!legacyId) return undefined;
  // Nothing writes there any more: an eventually consistent read (half the units) sees it all.
  const legacy = legacyPostingKey(legacyId);
  const { Item: old } = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: legacy }));
  return old ? { key: legacy, item: old } : undefined;
}

/**
 * A posting stored before: rewritten when its content changed or it was closed and is listed
 * again (keeping its id and first-seen time, and so its place), untouched otherwise.
 */
async function updateStored(
  ctx: DynamoContext,
  found: { key: ItemKey; item: Record<string, unknown> },
  stored: Posting,
  polled: Posting,
): Promise<SaveOutcome> {
  const reopened = stored.status !== 'open';
  if (!reopened && !postingChanged(stored, polled)) return 'seen';
  const next: Posting = { ...polled, id: stored.id, firstSeenAt: stored.firstSeenAt, status: 'open' };
  // A whole new item: a reopened posting loses its closedAt and its expiry.
  await ctx.doc.send(
    new PutCommand({
      TableName: ctx.tableName,
      Item: postingItem(next, found.key, found.item),
      ConditionExpression: 'attribute_exists(PK)',
    }),
  );
  if (reopened && !isInSourcePartition(found.key)) await putOpenSince(ctx, next);
  return 'updated';
}

/** Stores a posting once (see PostingStore.savePosting). */
export async function savePosting(
  ctx: DynamoContext,
  input: Posting,
): Promise<{ outcome: SaveOutcome; postingId: string; firstSeenAt?: string }> {
  const posting = postingSchema.parse(input);
  const found = await findStored(ctx, posting.id);
  if (found) {
    const stored = readPosting(found.item);
    return {
      outcome: await updateStored(ctx, found, stored, posting),
      postingId: stored.id,
      firstSeenAt: stored.firstSeenAt,
    };
  }

  // The bucket first, the posting last: a crash in between leaves the bucket naming this id, which
  // the retry recognises as its own and completes.
  const original = await joinBucket(ctx, posting);
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
 * What a source's partition holds of its postings: the ids of the open ones (those stored there,
 * and those its open-since and membership items name, told in today's form), and those items.
 * Eventually consistent, at half the read units: a posting saved a moment ago is listed by the
 * poll that saved it anyway, and one closed a moment ago is closed only if still open.
 */
async function sourceOpenPostings(
  ctx: DynamoContext,
  sourceId: string,
): Promise<{ ids: Set<string>; openItems: ItemKey[] }> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':pk': sourcePartition(sourceId) },
    ProjectionExpression: 'PK, SK, #status',
  });
  const ids = new Set<string>();
  const openItems: ItemKey[] = [];
  for (const item of items) {
    const key = { PK: String(item.PK), SK: String(item.SK) };
    if (key.SK.startsWith(sourcePostingPrefix)) {
      if (item.status === 'open') ids.add(postingIdOfItem(key));
    } else if (key.SK.startsWith(openSincePrefix) || key.SK.startsWith(legacyOpenPrefix)) {
      openItems.push(key);
      ids.add(sourcePostingIdOf(sourceId, postingIdOfOpenKey(key.SK)));
    }
  }
  return { ids, openItems };
}

/** Ids of the source's open postings (see sourceOpenPostings). */
export async function listOpenPostingIds(ctx: DynamoContext, sourceId: string): Promise<string[]> {
  return [...(await sourceOpenPostings(ctx, sourceId)).ids];
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
    const legacyId = legacyPostingId(id);
    for (const key of [postingKey(id), ...(legacyId ? [legacyPostingKey(legacyId)] : [])]) {
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
  const { openItems } = await sourceOpenPostings(ctx, sourceId);
  await batchDeleteAll(
    ctx,
    openItems.filter((k) => gone.has(sourcePostingIdOf(sourceId, postingIdOfOpenKey(k.SK)))),
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
      ExpressionAttributeValues: { ':pk': sourcePartition(sourceId), ':prefix': sourcePostingPrefix, ':open': 'open' },
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
