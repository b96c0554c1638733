import middy from '@middy/core';
import * as z from 'zod';
import type { Deps } from '../../shared/use-cases/deps';
import { pollSources } from '../../shared/use-cases/poll-sources';
import { lambdaDeps } from '../lambda-deps';

/** The Scheduler's payload (infra: `{"kind":"poll"}`); `sourceIds` narrows a manual run. */
export const pollEventSchema = z.object({
  kind: z.literal('poll'),
  sourceIds: z.array(z.string()).optional(),
});

export function makePollHandler(getDeps: () => Promise<Deps>) {
  return middy(async (event: unknown) => {
    const input = pollEventSchema.parse(event);
    return pollSources(await getDeps(), { sourceIds: input.sourceIds });
  });
}

export const handler = makePollHandler(lambdaDeps);
