import { createLogger } from '../../shared/adapters/log/logger';
import { createEmfMetrics } from '../../shared/adapters/metrics/emf-metrics';
import type { Deps } from '../../shared/use-cases/deps';
import { lambdaStore } from '../compose/lambda-store';
import { once } from '../compose/once';

export type SesFeedbackDeps = Pick<Deps, 'subscribers' | 'clock' | 'log' | 'metrics'>;

/** The feedback function's composition root: only the subscribers, to suppress. */
export const sesFeedbackDeps = once(
  async (): Promise<SesFeedbackDeps> => ({
    subscribers: lambdaStore(),
    clock: () => new Date(),
    log: createLogger(),
    metrics: createEmfMetrics(),
  }),
);
