import { createLogger } from '../../shared/adapters/log/logger';
import { createEmfMetrics } from '../../shared/adapters/metrics/emf-metrics';
import type { DigestJob } from '../../shared/ports/queue';
import type { Deps, SourceRef } from '../../shared/use-cases/deps';
import { lambdaQueue } from '../compose/lambda-queue';
import { lambdaMailer, lambdaSettings } from '../compose/lambda-settings';
import { lambdaSourceRefs } from '../compose/lambda-source-refs';
import { lambdaStore } from '../compose/lambda-store';
import { once } from '../compose/once';

/** What the pages and the JSON API touch: the sources only by name (a confirmed sign-up's backfill). */
export type ApiDeps = Pick<
  Deps,
  'postings' | 'subscribers' | 'matches' | 'mailer' | 'digestQueue' | 'settings' | 'clock' | 'log' | 'metrics'
> & { sources: readonly SourceRef[] };

/** The API function's composition root: no source parser, no poll or match queue. */
export const apiDeps = once(async (): Promise<ApiDeps> => {
  const store = lambdaStore();
  return {
    postings: store,
    subscribers: store,
    matches: store,
    mailer: lambdaMailer(),
    digestQueue: lambdaQueue<DigestJob>('DIGEST_QUEUE_URL'),
    sources: lambdaSourceRefs(),
    settings: await lambdaSettings(),
    clock: () => new Date(),
    log: createLogger(),
    metrics: createEmfMetrics(),
  };
});
