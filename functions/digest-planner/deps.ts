import { createEmfMetrics } from '../../shared/adapters/metrics/emf-metrics';
import type { DigestJob } from '../../shared/ports/queue';
import type { Deps } from '../../shared/use-cases/deps';
import { lambdaQueue } from '../compose/lambda-queue';
import { lambdaStore } from '../compose/lambda-store';
import { once } from '../compose/once';

export type DigestPlannerDeps = Pick<Deps, 'subscribers' | 'digestQueue' | 'metrics'>;

/** The hourly planner's composition root: the subscribers due and the digest queue. */
export const digestPlannerDeps = once(
  async (): Promise<DigestPlannerDeps> => ({
    subscribers: lambdaStore(),
    digestQueue: lambdaQueue<DigestJob>('DIGEST_QUEUE_URL'),
    metrics: createEmfMetrics(),
  }),
);
