import middy from '@middy/core';
import * as z from 'zod';
import type { JobQueue } from '../../shared/ports/queue';
import { fanOutPoll } from '../../shared/use-cases/fan-out-poll';
import type { PollSourceJob } from '../../shared/use-cases/poll-source-job';
import { lambdaQueue } from '../compose/lambda-queue';
import { type PollDeps, pollDeps } from './deps';

/** The Scheduler's payload (infra: `{"kind":"poll"}`); `sourceIds` narrows a manual run. */
export const pollEventSchema = z.object({
  kind: z.literal('poll'),
  sourceIds: z.array(z.string()).optional(),
});

/** The tick: fans the due sources out to the poll workers through `getPollQueue`'s queue. */
export function makePollHandler(getDeps: () => Promise<PollDeps>, getPollQueue: () => JobQueue<PollSourceJob>) {
  return middy(async (event: unknown) => {
    const input = pollEventSchema.parse(event);
    return fanOutPoll(await getDeps(), getPollQueue(), { sourceIds: input.sourceIds });
  });
}

let pollQueue: JobQueue<PollSourceJob> | undefined;

// Only this function sends to the poll queue, so its URL is read here and not by every function.
function lambdaPollQueue(): JobQueue<PollSourceJob> {
  pollQueue ??= lambdaQueue<PollSourceJob>('POLL_QUEUE_URL');
  return pollQueue;
}

export const handler = makePollHandler(pollDeps, lambdaPollQueue);
