import { createLogger } from '../../shared/adapters/log/logger';
import { createEmfMetrics } from '../../shared/adapters/metrics/emf-metrics';
import type { DigestJob } from '../../shared/ports/queue';
import type { Deps } from '../../shared/use-cases/deps';
import { lambdaQueue } from '../compose/lambda-queue';
import { lambdaStore } from '../compose/lambda-store';
import { once } from '../compose/once';

export type MatchDeps = Pick<
  Deps,
  'postings' | 'subscribers' | 'matches' | 'digestQueue' | 'clock' | 'log' | 'metrics'
>;

/** The matcher's composition root: the store and the digest queue (instant digests). */
export const matchDeps = once(async (): Promise<MatchDeps> => {
  const store = lambdaStore();
  return {
    postings: store,
    subscribers: store,
    matches: store,
    digestQueue: lambdaQueue<DigestJob>('DIGEST_QUEUE_URL'),
    clock: () => new Date(),
    log: createLogger(),
    metrics: createEmfMetrics(),
  };
});
