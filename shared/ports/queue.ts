import * as z from 'zod';

/**
 * One message to the match step: postings stored as new (or reopened, or changed in a way that
 * matters) by a poll, and the "to match" mark that names them, consumed once they are matched.
 */
export const matchJobSchema = z.object({
  postingIds: z.array(z.string()).min(1),
  mark: z.object({ sourceId: z.string().min(1), markId: z.string().min(1) }).optional(),
});
export type MatchJob = z.infer<typeof matchJobSchema>;

/** One message to the digest sender: one subscriber's digest for one period. */
export const digestJobSchema = z.object({ subscriberId: z.string(), digestId: z.string() });
export type DigestJob = z.infer<typeof digestJobSchema>;

/** A queue between two steps (SQS in AWS; in-process delivery of SQS-shaped events locally). */
export interface JobQueue<T> {
  send(messages: T[]): Promise<void>;
}
