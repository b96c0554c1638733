import { createEmfMetrics } from '../../shared/adapters/metrics/emf-metrics';
import type { MatchJob } from '../../shared/ports/queue';
import type { Deps, SourceRef } from '../../shared/use-cases/deps';
import { lambdaQueue } from '../compose/lambda-queue';
import { lambdaSourceRefs } from '../compose/lambda-source-refs';
import { lambdaStore } from '../compose/lambda-store';
import { once } from '../compose/once';

export type PollDeps = Pick<Deps, 'sourceStates' | 'postings' | 'matchQueue' | 'clock' | 'metrics'> & {
  sources: readonly SourceRef[];
};

/** The tick's composition root: sources by name only (the workers fetch), and the match queue for marks left over. */
export const pollDeps = once(async (): Promise<PollDeps> => {
  const store = lambdaStore();
  return {
    sourceStates: store,
    postings: store,
    matchQueue: lambdaQueue<MatchJob>('MATCH_QUEUE_URL'),
    sources: lambdaSourceRefs(),
    clock: () => new Date(),
    metrics: createEmfMetrics(),
  };
});
