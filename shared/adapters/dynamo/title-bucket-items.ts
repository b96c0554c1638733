import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { canonicalUrl } from '../../posting/canonical-url';
import { isNearDuplicate, nearDuplicateKey as nearDuplicateTitleKey } from '../../posting/near-duplicate';
import type { Posting } from '../../posting/posting';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import {
  expiresAt,
  type ItemKey,
  nearDuplicateArchiveKey,
  nearDuplicateArchivePrefix,
  nearDuplicateKey,
  sourceOfPostingId,
  ttlDays,
  urlTag,
} from './keys';
import { parseStoredItem } from './stored-item-error';

/**
 * A title's bucket is a page of the latest postings with that folded title: as many as fit in one
 * KB with their ids, fingerprint prefixes and URL tags (ten at most), so that joining it is one
 * write unit. A full page is kept as an archive page and a new one starts (one more write per
 * page, not per posting); the bucket and its newest archive pages come back in one query of at
 * most a few KB. The open postings of the current page are compared word by word; the archive
 * pages answer "the same content" and "the same address" only.
 */
const pageSize = 10;
const pageBytes = 1000;
const archivePagesRead = 7;
const maxAttempts = 3;
/** Hex digits of a fingerprint a bucket keeps: 64 bits tell these postings apart. */
const fingerprintLength = 16;

interface Page {
  ids: string[];
  /** Fingerprint prefixes and canonical URL tags, aligned with ids ("" where not known). */
  fingerprints: string[];
  urls: string[];
}

interface Bucket extends Page {
  version: number;
  page: number;
  /** The entries of its newest archive pages. */
  archived: Page;
}

const pageItemSchema = z
  .object({ postingIds: z.array(z.string()), fingerprints: z.array(z.string()), urls: z.array(z.string()) })
  .refine((p) => p.fingerprints.length === p.postingIds.length && p.urls.length === p.postingIds.length, {
    message: 'fingerprints and urls must align with postingIds',
  });

function pageOf(item: Record<string, unknown> | undefined): Page {
  if (!item) return { ids: [], fingerprints: [], urls: [] };
  const page = parseStoredItem(pageItemSchema, item, `title bucket ${String(item.PK)} ${String(item.SK)}`);
  return { ids: page.postingIds, fingerprints: page.fingerprints, urls: page.urls };
}

const concat = (pages: Page[]): Page => ({
  ids: pages.flatMap((p) => p.ids),
  fingerprints: pages.flatMap((p) => p.fingerprints),
  urls: pages.flatMap((p) => p.urls),
});

async function readBucket(ctx: DynamoContext, key: ItemKey): Promise<Bucket> {
  const { Items = [] } = await ctx.doc.send(
    new QueryCommand({
      TableName: ctx.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': key.PK },
      ScanIndexForward: false,
      Limit: archivePagesRead + 1,
      ConsistentRead: true,
    }),
  );
  const current = Items.find((i) => i.SK === key.SK);
  const archived = Items.filter((i) => String(i.SK).startsWith(nearDuplicateArchivePrefix)).map(pageOf);
  return {
    ...pageOf(current),
    version: typeof current?.version === 'number' ? current.version : 0,
    page: typeof current?.page === 'number' ? current.page : 0,
    archived: concat(archived),
  };
}

/** Bytes of a page item as DynamoDB sizes it (3 bytes a list, 1 an element, 21 at most a number). */
function pageItemBytes(key: ItemKey, page: Page): number {
  const list = (xs: string[]) => 3 + xs.reduce((n, x) => n + 1 + Buffer.byteLength(x), 0);
  return (
    `PKSKpostingIdsfingerprintsurlsversionpage${key.PK}${key.SK}`.length +
    list(page.ids) +
    list(page.fingerprints) +
    list(page.urls) +
    2 * 21
  );
}

const urlTagOf = (posting: Posting) => {
  const url = posting.url ? canonicalUrl(posting.url) : undefined;
  return url ? urlTag(url) : '';
};

/**
 * The stored posting this one duplicates, among those with the same folded title: the same job
 * address (tracking parameters aside) or the same content, as the bucket says (it answers even
 * before that posting's item is written, so two sources saving it at once collapse too), or,
 * among the current page's and while the other is open, a near-duplicate. A repost of a job that
 * has closed since is a new opening, unless it is word for word the same or at the same address.
 */
async function findDuplicate(
  posting: Posting,
  bucket: Bucket,
  getPostings: (ids: string[]) => Promise<Posting[]>,
): Promise<string | undefined> {
  const fingerprint = posting.fingerprint.slice(0, fingerprintLength);
  const url = urlTagOf(posting);
  const all = concat([bucket, bucket.archived]);
  // A source's own postings at one address are different jobs behind a generic link ("our
  // careers page"): the address tells copies apart only across sources.
  const source = sourceOfPostingId(posting.id);
  const same = all.ids.find(
    (id, i) =>
      id !== posting.id &&
      (all.fingerprints[i] === fingerprint || (url !== '' && all.urls[i] === url && sourceOfPostingId(id) !== source)),
  );
  if (same) return same;
  const candidates = await getPostings(bucket.ids.filter((id) => id !== posting.id));
  return candidates.find(
    (c) => c.fingerprint === posting.fingerprint || (c.status === 'open' && isNearDuplicate(c, posting)),
  )?.id;
}

/**
 * Checks the posting against its title's bucket and joins it, in one optimistic read-modify-write
 * of the current page: the id of the posting it duplicates, or undefined once it is in the bucket
 * (or was, by an earlier attempt of this save). This is the content and address claim: a
 * concurrent save of the same content or address that wins the race is found by the re-check.
 * Losing three times only means this posting is missing from the candidates: a missed collapse,
 * never a loss. An archive page written by an attempt that then lost holds what the page held when
 * it was read, a part of what it holds when it fills, and is written again then.
 */
export async function joinTitleBucket(
  ctx: DynamoContext,
  posting: Posting,
  getPostings: (ids: string[]) => Promise<Posting[]>,
): Promise<string | undefined> {
  const key = nearDuplicateKey(nearDuplicateTitleKey(posting.title));
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const bucket = await readBucket(ctx, key);
    if (bucket.ids.includes(posting.id) || bucket.archived.ids.includes(posting.id)) return undefined;
    const original = await findDuplicate(posting, bucket, getPostings);
    if (original) return original;
    const entry: Page = {
      ids: [posting.id],
      fingerprints: [posting.fingerprint.slice(0, fingerprintLength)],
      urls: [urlTagOf(posting)],
    };
    let next = concat([bucket, entry]);
    let page = bucket.page;
    if (bucket.ids.length > 0 && (next.ids.length > pageSize || pageItemBytes(key, next) > pageBytes)) {
      const { ids, fingerprints, urls } = bucket;
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: {
            ...nearDuplicateArchiveKey(key, page),
            postingIds: ids,
            fingerprints,
            urls,
            expiresAt: expiresAt(ctx.now(), ttlDays.nearArchive),
          },
        }),
      );
      next = entry;
      page += 1;
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
            page,
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
