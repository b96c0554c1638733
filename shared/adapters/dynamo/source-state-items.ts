import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { SourceRunReport, SourceState } from '../../ports/stores';
import { batchGetAll } from './batch';
import type { DynamoContext } from './dynamo-context';
import { sourceStateKey } from './keys';
import { parseStoredItem } from './stored-item-error';

const runReportSchema = z.object({
  at: z.string(),
  ok: z.boolean(),
  notModified: z.boolean(),
  parsed: z.number(),
  new: z.number(),
  duplicate: z.number(),
  rejected: z.number(),
  errors: z.array(z.string()),
  ms: z.number(),
  updated: z.number().optional(),
  closed: z.number().optional(),
  backedOffUntil: z.string().optional(),
}) satisfies z.ZodType<SourceRunReport>;

const sourceStateSchema = z.object({
  sourceId: z.string().min(1),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  cursor: z.string().min(1).optional(),
  consecutiveFailures: z.number().int().min(0),
  backoffUntil: z.iso.datetime().optional(),
  failingSince: z.iso.datetime().optional(),
  lastRun: runReportSchema.optional(),
}) satisfies z.ZodType<SourceState>;

/** The source's poll state, if it was polled before. */
export async function getSourceState(ctx: DynamoContext, sourceId: string): Promise<SourceState | undefined> {
  const { Item } = await ctx.doc.send(
    new GetCommand({ TableName: ctx.tableName, Key: sourceStateKey(sourceId), ConsistentRead: true }),
  );
  return Item ? parseStoredItem(sourceStateSchema, Item, `state of source ${sourceId}`) : undefined;
}

/** The poll states of many sources, 100 per BatchGetItem: the tick reads every source's. */
export async function getSourceStates(ctx: DynamoContext, sourceIds: string[]): Promise<Map<string, SourceState>> {
  const items = await batchGetAll(ctx, sourceIds.map(sourceStateKey));
  const states = items.map((item) =>
    parseStoredItem(sourceStateSchema, item, `state of source ${String(item.sourceId)}`),
  );
  return new Map(states.map((s) => [s.sourceId, s]));
}

/** Replaces the source's poll state. */
export async function putSourceState(ctx: DynamoContext, input: SourceState): Promise<void> {
  const state = sourceStateSchema.parse(input);
  await ctx.doc.send(
    new PutCommand({ TableName: ctx.tableName, Item: { ...state, ...sourceStateKey(state.sourceId) } }),
  );
}
