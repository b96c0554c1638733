import * as z from 'zod';

/** One message to the poll worker: poll this one source now. */
export const pollSourceJobSchema = z.object({
  sourceId: z.string().min(1),
  /** The tick's time: identifies the run, so a redelivered message resumes it (see pollSource). */
  runAt: z.iso.datetime().optional(),
});
export type PollSourceJob = z.infer<typeof pollSourceJobSchema>;
