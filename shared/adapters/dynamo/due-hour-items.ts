import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { candidateUtcHours } from '../../digest/digest-schedule';
import type { DueSubscriber, SubscriberStore } from '../../ports/stores';
import { frequencySchema, type Subscriber } from '../../subscriber/subscriber';
import { batchDeleteAll, queryAll } from './batch';
import type { DynamoContext } from './dynamo-context';
import { dueHourKey, dueHourPartition, dueHoursKey } from './keys';
import { parseStoredItem } from './stored-item-error';
import { getSubscriber } from './subscriber-items';

/*
 * The due-hour index: one item per (UTC hour, subscriber) for every UTC hour at which an active
 * daily or weekly subscriber can be due, i.e. their local hour under each offset their zone uses
 * (standard and daylight time: two hours for Lisbon or New York, one for Kolkata). The hourly
 * planner reads one partition instead of every subscriber, then decides with the exact rule
 * (`dueDigestId`), so DST needs no recomputation: both candidate hours are always indexed.
 */

const dueEntrySchema = z.object({
  subscriberId: z.string().min(1),
  frequency: frequencySchema,
  hour: z.number().int().min(0).max(23),
  timeZone: z.string().min(1),
});

type Patch = Parameters<SubscriberStore['updateSubscriber']>[1];

/** Whether a patch can change when (or whether) a subscriber's scheduled digest is due. */
export function affectsDueHours(patch: Patch): boolean {
  return ['status', 'frequency', 'hour', 'timeZone'].some((k) => k in patch);
}

const wantedHours = (ctx: DynamoContext, s: Subscriber | undefined): number[] =>
  s?.status === 'active' ? candidateUtcHours(s, ctx.now()) : [];

async function indexedHours(ctx: DynamoContext, subscriberId: string): Promise<number[]> {
  const { Item } = await ctx.doc.send(
    new GetCommand({ TableName: ctx.tableName, Key: dueHoursKey(subscriberId), ConsistentRead: true }),
  );
  return z.array(z.number().int()).catch([]).parse(Item?.hours);
}

/**
 * Brings the subscriber's due-hour entries in line with their stored profile (read again, so the
 * last of two racing changes wins): puts the wanted entries, then deletes the others. Idempotent;
 * called after every profile write that can change the schedule.
 */
export async function syncDueHours(ctx: DynamoContext, subscriberId: string, known?: Subscriber): Promise<void> {
  const subscriber = known ?? (await getSubscriber(ctx, subscriberId));
  const wanted = wantedHours(ctx, subscriber);
  const had = await indexedHours(ctx, subscriberId);
  if (subscriber && wanted.length > 0) {
    for (const hour of wanted) {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: {
            ...dueHourKey(hour, subscriberId),
            subscriberId,
            frequency: subscriber.frequency,
            hour: subscriber.hour,
            timeZone: subscriber.timeZone,
          },
        }),
      );
    }
    await ctx.doc.send(
      new PutCommand({ TableName: ctx.tableName, Item: { ...dueHoursKey(subscriberId), hours: wanted } }),
    );
  }
  const stale = had.filter((h) => !wanted.includes(h)).map((h) => dueHourKey(h, subscriberId));
  await batchDeleteAll(ctx, wanted.length > 0 ? stale : [...stale, dueHoursKey(subscriberId)]);
}

/** Removes every due-hour entry of a subscriber (before the subscriber is erased). */
export async function removeDueHours(ctx: DynamoContext, subscriberId: string): Promise<void> {
  const had = await indexedHours(ctx, subscriberId);
  await batchDeleteAll(ctx, [...had.map((h) => dueHourKey(h, subscriberId)), dueHoursKey(subscriberId)]);
}

/** The subscribers indexed under this UTC hour (see SubscriberStore.listDueCandidates). */
export async function listDueCandidates(ctx: DynamoContext, utcHour: number): Promise<DueSubscriber[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': dueHourPartition(utcHour) },
  });
  return items.map((item) => {
    const e = parseStoredItem(dueEntrySchema, item, `due-hour entry ${String(item.SK)}`);
    return { id: e.subscriberId, frequency: e.frequency, hour: e.hour, timeZone: e.timeZone };
  });
}
