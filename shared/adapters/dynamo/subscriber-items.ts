import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SubscriberStore } from '../../ports/stores';
import { type Subscriber, subscriberSchema } from '../../subscriber/subscriber';
import { queryAll } from './batch';
import { type DynamoContext, isConditionalCheckFailed } from './dynamo-context';
import {
  emailKey,
  expiresAt,
  subscriberIndexKeys,
  subscriberKey,
  subscriberStatusPartition,
  subscriberTtlDays,
} from './keys';
import { parseStoredItem } from './stored-item-error';
import { indexNames } from './table-definition';

type Patch = Parameters<SubscriberStore['updateSubscriber']>[1];

// Optimistic concurrency for read-modify-write: each profile put carries the version it read.
const maxUpdateAttempts = 5;

const readSubscriber = (item: Record<string, unknown>) =>
  parseStoredItem(subscriberSchema, item, `subscriber ${String(item.id ?? item.PK)}`);

// An unconfirmed sign-up (profile and email lookup) is forgotten a week after its last request.
// Only tidiness: a confirm link is refused after 7 days whether or not TTL has run.
const unconfirmedTtl = (ctx: DynamoContext, subscriber: Pick<Subscriber, 'status'>) =>
  subscriber.status === 'unconfirmed' ? { expiresAt: expiresAt(ctx.now(), subscriberTtlDays.unconfirmed) } : {};

const profileItem = (ctx: DynamoContext, subscriber: Subscriber, version: number) => ({
  ...subscriber,
  ...subscriberKey(subscriber.id),
  ...subscriberIndexKeys(subscriber),
  ...unconfirmedTtl(ctx, subscriber),
  version,
});

/** Sets or removes the email lookup's TTL as its subscriber enters or leaves "unconfirmed". */
async function setLookupTtl(ctx: DynamoContext, subscriber: Subscriber): Promise<void> {
  const ttl = unconfirmedTtl(ctx, subscriber);
  try {
    await ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: emailKey(subscriber.email),
        ...(ttl.expiresAt === undefined
          ? { UpdateExpression: 'REMOVE expiresAt', ExpressionAttributeValues: { ':id': subscriber.id } }
          : {
              UpdateExpression: 'SET expiresAt = :ttl',
              ExpressionAttributeValues: { ':id': subscriber.id, ':ttl': ttl.expiresAt },
            }),
        ConditionExpression: 'subscriberId = :id',
      }),
    );
  } catch (err) {
    // No lookup, or one naming another subscriber: not ours to change.
    if (!isConditionalCheckFailed(err)) throw err;
  }
}

async function readProfile(
  ctx: DynamoContext,
  id: string,
): Promise<{ subscriber: Subscriber; version: number } | undefined> {
  const { Item } = await ctx.doc.send(
    new GetCommand({ TableName: ctx.tableName, Key: subscriberKey(id), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  return { subscriber: readSubscriber(Item), version: typeof Item.version === 'number' ? Item.version : 0 };
}

/** The stored subscriber with this id. */
export async function getSubscriber(ctx: DynamoContext, id: string): Promise<Subscriber | undefined> {
  return (await readProfile(ctx, id))?.subscriber;
}

const sameEmail = (a: string, b: string) => emailKey(a).PK === emailKey(b).PK;

async function putNewProfile(
  ctx: DynamoContext,
  subscriber: Subscriber,
): Promise<{ created: boolean; subscriber: Subscriber }> {
  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: profileItem(ctx, subscriber, 1),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return { created: true, subscriber };
  } catch (err) {
    if (!isConditionalCheckFailed(err)) throw err;
  }
  // A concurrent create of the same address wrote the profile first.
  const stored = await getSubscriber(ctx, subscriber.id);
  if (!stored || !sameEmail(stored.email, subscriber.email)) {
    throw new Error(`subscriber id ${subscriber.id} is already used by another email address`);
  }
  return { created: false, subscriber: stored };
}

/** Creates a subscriber unless the email is known (see SubscriberStore.createSubscriber). */
export async function createSubscriber(
  ctx: DynamoContext,
  input: Subscriber,
): Promise<{ created: boolean; subscriber: Subscriber }> {
  const subscriber = subscriberSchema.parse(input);
  const lookup = emailKey(subscriber.email);
  try {
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { ...lookup, subscriberId: subscriber.id, ...unconfirmedTtl(ctx, subscriber) },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  } catch (err) {
    if (!isConditionalCheckFailed(err)) throw err;
    return resumeKnownEmail(ctx, subscriber);
  }
  return putNewProfile(ctx, subscriber);
}

async function resumeKnownEmail(
  ctx: DynamoContext,
  subscriber: Subscriber,
): Promise<{ created: boolean; subscriber: Subscriber }> {
  const lookup = emailKey(subscriber.email);
  const { Item } = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: lookup, ConsistentRead: true }));
  if (typeof Item?.subscriberId !== 'string') {
    throw new Error(`email lookup ${lookup.PK} exists but names no subscriberId`);
  }
  const stored = await getSubscriber(ctx, Item.subscriberId);
  if (stored) return { created: false, subscriber: stored };
  // The lookup was written but its profile never was (a crash between the two writes): finish
  // that sign-up under the id the lookup already names.
  return putNewProfile(ctx, { ...subscriber, id: Item.subscriberId });
}

/**
 * Applies a patch (a key set to undefined removes that optional field) and moves the profile
 * between status partitions of GSI2. Undefined when no subscriber has this id.
 */
export async function updateSubscriber(ctx: DynamoContext, id: string, patch: Patch): Promise<Subscriber | undefined> {
  for (let attempt = 0; attempt < maxUpdateAttempts; attempt++) {
    const current = await readProfile(ctx, id);
    if (!current) return undefined;
    const next = subscriberSchema.parse({ ...current.subscriber, ...patch, id, email: current.subscriber.email });
    const wasUnconfirmed = current.subscriber.status === 'unconfirmed';
    // Leaving "unconfirmed": drop the lookup's TTL before the profile's, so a crash in between
    // never leaves an active subscriber whose address TTL will forget.
    if (wasUnconfirmed && next.status !== 'unconfirmed') await setLookupTtl(ctx, next);
    try {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: profileItem(ctx, next, current.version + 1),
          ConditionExpression:
            current.version === 0
              ? 'attribute_exists(PK) AND attribute_not_exists(#version)'
              : 'attribute_exists(PK) AND #version = :version',
          ExpressionAttributeNames: { '#version': 'version' },
          ...(current.version === 0 ? {} : { ExpressionAttributeValues: { ':version': current.version } }),
        }),
      );
      if (!wasUnconfirmed && next.status === 'unconfirmed') await setLookupTtl(ctx, next);
      return next;
    } catch (err) {
      // Changed or deleted since we read it: read again and reapply the patch.
      if (!isConditionalCheckFailed(err)) throw err;
    }
  }
  throw new Error(`subscriber ${id} kept changing during ${maxUpdateAttempts} update attempts`);
}

/** Every active subscriber, through the status index (GSI2), not a scan. */
export async function listActiveSubscribers(ctx: DynamoContext): Promise<Subscriber[]> {
  const items = await queryAll(ctx, {
    IndexName: indexNames.subscriberStatus,
    KeyConditionExpression: 'GSI2PK = :status',
    ExpressionAttributeValues: { ':status': subscriberStatusPartition('active') },
  });
  return items.map(readSubscriber);
}
