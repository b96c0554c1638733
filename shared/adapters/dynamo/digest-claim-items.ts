import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Claim, DigestRecord } from '../../ports/stores';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import { digestKey, expiresAt, type ItemKey, sentMarkerKey, ttlDays } from './keys';
import { digestItem } from './match-items';

/**
 * Claims belong to their digest. A claim (the `SENT#<posting>` marker) names the digest
 * holding it; a digest that never went out hands its claims on (adoptClaim) or gives them back
 * (releaseClaims), and "sent" is written only over the digest's own record.
 */

const markerItem = (ctx: DynamoContext, subscriberId: string, postingId: string, digestId: string) => ({
  ...sentMarkerKey(subscriberId, postingId),
  subscriberId,
  postingId,
  digestId,
  claimedAt: ctx.now().toISOString(),
  expiresAt: expiresAt(ctx.now(), ttlDays.sentMarker),
});

/** A put that holds only if `condition` does; false when it did not. */
async function putIf(
  ctx: DynamoContext,
  Item: Record<string, unknown>,
  condition: string,
  values?: Record<string, unknown>,
): Promise<boolean> {
  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item,
        ConditionExpression: condition,
        ...(values ? { ExpressionAttributeValues: values } : {}),
      }),
    );
    return true;
  } catch (err) {
    if (isConditionalCheckFailed(err)) return false;
    throw err;
  }
}

/** The at-most-once guard: a conditional put of the sent marker naming the digest. */
export async function claimPosting(
  ctx: DynamoContext,
  subscriberId: string,
  postingId: string,
  digestId: string,
): Promise<Claim> {
  for (;;) {
    const marker = markerItem(ctx, subscriberId, postingId, digestId);
    if (await putIf(ctx, marker, 'attribute_not_exists(PK)')) return { outcome: 'claimed' };
    const key = sentMarkerKey(subscriberId, postingId);
    const { Item } = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: key, ConsistentRead: true }));
    // Released between the two calls: claim again.
    if (Item) return Item.digestId === digestId ? { outcome: 'ours' } : { outcome: 'taken', by: String(Item.digestId) };
  }
}

/** Moves a claim from one digest to another, only while `from` still holds it. */
export function adoptClaim(
  ctx: DynamoContext,
  subscriberId: string,
  postingId: string,
  from: string,
  to: string,
): Promise<boolean> {
  return putIf(ctx, markerItem(ctx, subscriberId, postingId, to), 'digestId = :from', { ':from': from });
}

/** A delete that holds only if `condition` does; nothing happens otherwise. */
async function deleteIf(
  ctx: DynamoContext,
  Key: ItemKey,
  condition: string,
  values: Record<string, unknown>,
  names?: Record<string, string>,
): Promise<void> {
  try {
    await ctx.doc.send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key,
        ConditionExpression: condition,
        ExpressionAttributeValues: values,
        ...(names ? { ExpressionAttributeNames: names } : {}),
      }),
    );
  } catch (err) {
    if (!isConditionalCheckFailed(err)) throw err;
  }
}

/** Deletes this digest's claims on these postings; claims of other digests stay. */
export async function releaseClaims(
  ctx: DynamoContext,
  subscriberId: string,
  postingIds: string[],
  digestId: string,
): Promise<void> {
  await Promise.all(
    postingIds.map((postingId) =>
      deleteIf(ctx, sentMarkerKey(subscriberId, postingId), 'digestId = :digest', { ':digest': digestId }),
    ),
  );
}

/** Overwrites the digest's own record with "sent"; false (nothing written) when the record is gone. */
export function markDigestSent(ctx: DynamoContext, record: DigestRecord): Promise<boolean> {
  return putIf(ctx, digestItem(ctx, { ...record, status: 'sent' }), 'attribute_exists(PK)');
}

/** Deletes a digest record unless it says "sent". */
export function dropUnsentDigest(ctx: DynamoContext, subscriberId: string, digestId: string): Promise<void> {
  return deleteIf(
    ctx,
    digestKey(subscriberId, digestId),
    '#status <> :sent',
    { ':sent': 'sent' },
    { '#status': 'status' },
  );
}
