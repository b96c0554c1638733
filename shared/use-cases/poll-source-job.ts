import * as z from 'zod';

/** One message to the poll worker: poll this one source now. */
export const pollSourceJobSchema = z.object({ sourceId: z.string().min(1) });
export type PollSourceJob = z.infer<typeof pollSourceJobSchema>;
