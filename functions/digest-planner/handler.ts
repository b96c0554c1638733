import middy from '@middy/core';
import * as z from 'zod';
import { planDigests } from '../../shared/use-cases/plan-digests';
import { type DigestPlannerDeps, digestPlannerDeps } from './deps';

/** The Scheduler's payload: `time` is `<aws.scheduler.scheduled-time>`; `force` is `digest --now`. */
export const digestTickSchema = z.object({
  kind: z.literal('digest-tick'),
  time: z.iso.datetime({ offset: true }),
  force: z.boolean().default(false),
});

export function makeDigestPlannerHandler(getDeps: () => Promise<DigestPlannerDeps>) {
  return middy(async (event: unknown) => {
    const tick = digestTickSchema.parse(event);
    return planDigests(await getDeps(), { time: new Date(tick.time), force: tick.force });
  });
}

export const handler = makeDigestPlannerHandler(digestPlannerDeps);
