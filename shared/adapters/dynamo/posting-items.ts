import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants } from 'node:zlib';
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
  fingerprintKey,
  type ItemKey,
  nearDuplicateKey,
  openPostingKey,
  openPostingPrefix,
  postedAtBound,
  postedDayPartition,
  postingIdOfKey,
  postingIndexKeys,
  postingKey,
  sourcePartition,
  utcDay,
} from './keys';
import { parseStoredItem } from './stored-item-error';
import { indexNames } from './table-definition';

const dayMs = 86_400_000;

// A posting is stored packed: its fields as brotli-compressed JSON in one Binary attribute, which
// takes a 3–11 KB posting to 1–3 write units (billed per started KB, so every byte near a KB
// boundary counts). Quality 11 packs the real postings 12% smaller than 9, for a few ms per new
// posting. Status and closedAt stay plain, since closing updates them in place; the id is read
// from the key rather than stored twice. Items stored before packing (plain attributes) or with
// their id inside are read as they are.
const packedFields = ['status', 'closedAt'] as const;

function packPosting(posting: Posting): Record<string, unknown> {
  const { status, closedAt, id: _inKey, ...rest } = posting;
  const json = JSON.stringify(rest);
  const packed = brotliCompressSync(json, {
    params: {
      [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
      [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json),
    },
  });
  return { status, ...(closedAt ? { closedAt } : {}), packed };
}

function unpack(item: Record<string, unknown>): Record<string, unknown> {
  if (!(item.packed instanceof Uint8Array)) return item;
  const fields = JSON.parse(brotliDecompressSync(item.packed).toString('utf8')) as Record<string, unknown>;
  for (const f of packedFields) if (item[f] !== undefined) fields[f] = item[f];
  fields.id ??= postingIdOfKey(String(item.PK));
  return fields;
}

const readPosting = (item: Record<string, unknown>) =>
  parseStoredItem(postingSchema, unpack(item), `posting ${postingIdOfKey(String(item.PK))}`);

type Claim = ItemKey & { what: string };

/**
 * Claims a key (fingerprint, canonical URL) for this posting and returns the id that owns it:
 * ours when the claim is new or was made by an earlier attempt of this same save, another one
 * for a duplicate.
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

// A save that turns out to be a duplicate gives back the claims it took, so that no claim names
// a posting that was never stored. Conditional: a claim that is not ours stays.
async function release(ctx: DynamoContext, claims: Claim[], postingId: string): Promise<void> {
  for (const key of claims) {
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
}

/** How many recent postings one near-duplicate bucket remembers (each is read back on a new save). */
const nearBucketSize = 10;
const maxBucketAttempts = 3;

async function readBucket(ctx: DynamoContext, key: ItemKey): Promise<{ ids: string[]; version: number }> {
  const { Item } = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: key, ConsistentRead: true }));
  const ids = Array.isArray(Item?.postingIds) ? Item.postingIds.filter((x): x is string => typeof x === 'string') : [];
  return { ids, version: typeof Item?.version === 'number' ? Item.version : 0 };
}

/** The stored posting this one is a near-duplicate of, among the latest with the same title. */
async function findNearDuplicate(ctx: DynamoContext, posting: Posting): Promise<string | undefined> {
  const { ids } = await readBucket(ctx, nearDuplicateKey(nearDuplicateTitleKey(posting.title)));
  const candidates = await getPostings(
    ctx,
    ids.filter((id) => id !== posting.id),
  );
  // A repost of a job that has closed since is a new opening, not a duplicate.
  return candidates.find((c) => c.status === 'open' && isNearDuplicate(c, posting))?.id;
}

// Optimistic read-modify-write keeps the bucket bounded (newest last). Losing the race three
// times only means one posting is missing from the candidates: a missed collapse, never a loss.
async function addToBucket(ctx: DynamoContext, posting: Posting): Promise<void> {
  const key = nearDuplicateKey(nearDuplicateTitleKey(posting.title));
  for (let attempt = 0; attempt < maxBucketAttempts; attempt++) {
    const { ids, version } = await readBucket(ctx, key);
    if (ids.includes(posting.id)) return;
    try {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: { ...key, postingIds: [...ids, posting.id].slice(-nearBucketSize), version: version + 1 },
          ConditionExpression: version === 0 ? 'attribute_not_exists(PK)' : '#v = :v',
          ...(version === 0
            ? {}
            : { ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': version } }),
        }),
      );
      return;
    } catch (err) {
      if (!isConditionalCheckFailed(err)) throw err;
    }
  }
}

const postingItem = (posting: Posting) => ({
  ...packPosting(posting),
  ...postingKey(posting.id),
  ...postingIndexKeys(posting),
});

const putOpenMembership = (ctx: DynamoContext, posting: Posting) =>
  ctx.doc.send(
    new PutCommand({
      TableName: ctx.tableName,
      Item: { ...openPostingKey(posting.sourceId, posting.id), postingId: posting.id },
    }),
  );

/**
 * A posting stored before: rewritten when its content changed or it was closed and is listed
 * again (keeping its first-seen time, so the posted-day index does not move), untouched otherwise.
 */
async function updateStored(ctx: DynamoContext, stored: Posting, polled: Posting): Promise<SaveOutcome> {
  const reopened = stored.status !== 'open';
  if (!reopened && !postingChanged(stored, polled)) return 'seen';
  const next: Posting = { ...polled, firstSeenAt: stored.firstSeenAt, status: 'open' };
  await ctx.doc.send(
    new PutCommand({ TableName: ctx.tableName, Item: postingItem(next), ConditionExpression: 'attribute_exists(PK)' }),
  );
  if (reopened) await putOpenMembership(ctx, next);
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
      outcome: await updateStored(ctx, stored, posting),
      postingId: posting.id,
      firstSeenAt: stored.firstSeenAt,
    };
  }

  // Claims first, posting last: a crash in between leaves claims naming this id, which the retry
  // recognises as its own and completes.
  const claims: Claim[] = [];
  const url = posting.url ? canonicalUrl(posting.url) : undefined;
  if (url) claims.push({ ...canonicalUrlKey(url), what: `canonical URL ${url}` });
  claims.push({ ...fingerprintKey(posting.fingerprint), what: `fingerprint ${posting.fingerprint}` });
  const taken: Claim[] = [];
  for (const c of claims) {
    const owner = await claim(ctx, c, posting.id);
    if (owner !== posting.id) {
      await release(ctx, taken, posting.id);
      return { outcome: 'duplicate', postingId: owner };
    }
    taken.push(c);
  }
  const original = await findNearDuplicate(ctx, posting);
  if (original) {
    await release(ctx, taken, posting.id);
    return { outcome: 'duplicate', postingId: original };
  }
  await addToBucket(ctx, posting);
  await putOpenMembership(ctx, posting);

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

/** Ids of the source's open postings, from its membership items (see keys.ts). */
export async function listOpenPostingIds(ctx: DynamoContext, sourceId: string): Promise<string[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': sourcePartition(sourceId), ':prefix': openPostingPrefix },
    ProjectionExpression: 'SK',
    ConsistentRead: true,
  });
  return items.map((item) => String(item.SK).slice(openPostingPrefix.length));
}

/**
 * Marks each posting closed (only if it is open: a concurrent reopen is not undone), then drops
 * its membership item. Status first: a crash in between leaves a membership the next run drops.
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
  await batchDeleteAll(
    ctx,
    postingIds.map((id) => openPostingKey(sourceId, id)),
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
 * Postings first seen in [since, until), oldest first: one GSI1 query per UTC day, then the items
 * themselves (GSI1 projects keys only, so that indexing a posting costs one write unit). The index
 * is eventually consistent in AWS, so a posting saved a moment ago may show up on the next call.
 */
export async function listPostingsSince(ctx: DynamoContext, since: Date, until: Date): Promise<Posting[]> {
  if (!(since < until)) return [];
  const keys: ItemKey[] = [];
  for (let day = Date.parse(utcDay(since)); day < until.getTime(); day += dayMs) {
    const items = await queryAll(ctx, {
      IndexName: indexNames.postedDay,
      // Sort keys are "<firstSeenAt>" (older items: "<firstSeenAt>#<id>"); the inclusive upper
      // bound is cut to [since, until) below.
      KeyConditionExpression: 'GSI1PK = :day AND GSI1SK BETWEEN :since AND :until',
      ExpressionAttributeValues: {
        ':day': postedDayPartition(utcDay(new Date(day))),
        ':since': postedAtBound(since),
        ':until': postedAtBound(until),
      },
      ProjectionExpression: 'PK, SK',
    });
    for (const item of items) keys.push({ PK: String(item.PK), SK: String(item.SK) });
  }
  const order = new Map(keys.map((k, i) => [k.PK, i]));
  const postings = (await batchGetAll(ctx, keys))
    .sort((a, b) => (order.get(String(a.PK)) ?? 0) - (order.get(String(b.PK)) ?? 0))
    .map(readPosting);
  return postings.filter((p) => {
    const firstSeen = Date.parse(p.firstSeenAt);
    return firstSeen >= since.getTime() && firstSeen < until.getTime();
  });
}

/** Bytes of a posting's stored item as DynamoDB sizes it: attribute names plus values. */
export function postingItemBytes(posting: Posting): number {
  return Object.entries(postingItem(posting)).reduce(
    (n, [name, value]: [string, unknown]) =>
      n + Buffer.byteLength(name) + (value instanceof Uint8Array ? value.length : Buffer.byteLength(String(value))),
    0,
  );
}
