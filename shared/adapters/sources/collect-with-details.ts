import type * as z from 'zod';
import type { RejectedPosting } from '../../ports/source';
import { type RawPosting, rawPostingSchema } from '../../posting/posting';
import { describeIssues } from '../../validation/describe-issues';
import { forEachConcurrently } from './for-each-concurrently';

type Outcome = { posting: RawPosting } | { rejected: RejectedPosting };

/** How a list of jobs whose text may need one more request each becomes postings. */
export interface DetailedList<S extends z.ZodType> {
  /** A listed job's id, read before its schema check so that a rejection can name it. */
  idOf: (raw: unknown) => string | undefined;
  schema: S;
  /** Requests in flight at once. */
  concurrency: number;
  /** The posting a listed job makes, its detail fetched if need be; throws why it cannot. */
  toPosting: (job: z.infer<S>) => Promise<RawPosting>;
}

/**
 * The postings of a list, in its order: a job listed twice is rejected after the first, one its
 * schema refuses or whose `toPosting` throws is rejected with the reason (`<label>: posting 3
 * (<id>): …`), the rest land. `listed` holds the ids of the jobs listed, for a cache to keep.
 */
export async function collectWithDetails<S extends z.ZodType>(
  label: string,
  items: unknown[],
  list: DetailedList<S>,
): Promise<{ postings: RawPosting[]; rejected: RejectedPosting[]; listed: Set<string> }> {
  const outcomes: Outcome[] = [];
  const pending: { index: number; externalId: string | undefined; job: z.infer<S> }[] = [];
  const firstIndex = new Map<string, number>();
  for (const [index, raw] of items.entries()) {
    const externalId = list.idOf(raw);
    const reject = (why: string) => {
      outcomes[index] = { rejected: rejection(label, index, externalId, why) };
    };
    const seenAt = externalId === undefined ? undefined : firstIndex.get(externalId);
    if (seenAt !== undefined) {
      reject(`duplicate id, posting ${seenAt} has it too; kept the first`);
      continue;
    }
    if (externalId !== undefined) firstIndex.set(externalId, index);
    const parsed = list.schema.safeParse(raw);
    if (parsed.success) pending.push({ index, externalId, job: parsed.data });
    else reject(describeIssues(parsed.error));
  }

  await forEachConcurrently(pending, list.concurrency, async ({ index, externalId, job }) => {
    try {
      const posting = rawPostingSchema.safeParse(await list.toPosting(job));
      outcomes[index] = posting.success
        ? { posting: posting.data }
        : { rejected: rejection(label, index, externalId, describeIssues(posting.error)) };
    } catch (err) {
      outcomes[index] = { rejected: rejection(label, index, externalId, (err as Error).message) };
    }
  });

  const postings: RawPosting[] = [];
  const rejected: RejectedPosting[] = [];
  for (const outcome of outcomes) {
    if (!outcome) continue;
    if ('posting' in outcome) postings.push(outcome.posting);
    else rejected.push(outcome.rejected);
  }
  return { postings, rejected, listed: new Set(firstIndex.keys()) };
}

function rejection(label: string, index: number, externalId: string | undefined, why: string): RejectedPosting {
  const which = `posting ${index}${externalId ? ` (${externalId})` : ''}`;
  return { ...(externalId && { externalId }), reason: `${label}: ${which}: ${why}` };
}
