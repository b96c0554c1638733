import type * as z from 'zod';
import type { RejectedPosting } from '../../ports/source';
import { type RawPosting, rawPostingSchema } from '../../posting/posting';
import { describeIssues } from '../../validation/describe-issues';

/** One element of a payload after normalizing: a posting, or the issues that stopped it. */
export type NormalizedItem = { success: true; data: RawPosting } | { success: false; error: z.ZodError };

/** What a payload element became: skipped silently (a notice, not a job), or normalized. */
export type CollectedItem = 'skip' | { externalId?: string; result: NormalizedItem };

/**
 * Checks an element against the adapter's schema, maps it and checks the posting it makes, so that
 * a rejection names the source's field (`title: …`) or, failing that, the posting's.
 */
export function normalizeItem<S extends z.ZodType>(
  schema: S,
  item: unknown,
  toRawPosting: (element: z.infer<S>) => RawPosting,
): NormalizedItem {
  const element = schema.safeParse(item);
  if (!element.success) return { success: false, error: element.error };
  return rawPostingSchema.safeParse(toRawPosting(element.data));
}

/**
 * Splits a payload's elements into postings and rejections. A rejection names the source, the
 * element's position and id, and the fields; a repeated id keeps its first posting.
 */
export function collectPostings<T>(
  label: string,
  items: readonly T[],
  collect: (item: T, index: number) => CollectedItem,
): { postings: RawPosting[]; rejected: RejectedPosting[] } {
  const postings: RawPosting[] = [];
  const rejected: RejectedPosting[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const collected = collect(item, index);
    if (collected === 'skip') return;
    const { result } = collected;
    const externalId = result.success ? result.data.externalId : collected.externalId;
    const which = externalId ? `posting ${index} (${externalId})` : `posting ${index}`;
    const reject = (reason: string) =>
      rejected.push({ ...(externalId && { externalId }), reason: `${label}: ${which}: ${reason}` });
    if (!result.success) {
      reject(describeIssues(result.error));
      return;
    }
    const first = firstIndex.get(result.data.externalId);
    if (first !== undefined) reject(`duplicate id, posting ${first} has it too; kept the first`);
    else {
      firstIndex.set(result.data.externalId, index);
      postings.push(result.data);
    }
  });
  return { postings, rejected };
}

/** An element's `id` when it is a string or a number, as text: what a rejection names it by. */
export function stringOrNumberId(element: unknown): string | undefined {
  const id = (element as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** An element's `key` field when it is a non-blank string, trimmed: what a rejection names it by. */
export function trimmedStringAt(element: unknown, key: string): string | undefined {
  const value = (element as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
