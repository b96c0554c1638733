import { createLogger } from '../../shared/adapters/log/logger';
import { createEmfMetrics } from '../../shared/adapters/metrics/emf-metrics';
import type { Deps } from '../../shared/use-cases/deps';
import { lambdaMailer, lambdaSettings } from '../compose/lambda-settings';
import { lambdaStore } from '../compose/lambda-store';
import { once } from '../compose/once';

export type DigestSenderDeps = Pick<
  Deps,
  'subscribers' | 'matches' | 'postings' | 'mailer' | 'settings' | 'clock' | 'log' | 'metrics'
>;

/** The digest sender's composition root: the store, SES and the settings its links need. */
export const digestSenderDeps = once(async (): Promise<DigestSenderDeps> => {
  const store = lambdaStore();
  return {
    subscribers: store,
    matches: store,
    postings: store,
    mailer: lambdaMailer(),
    settings: await lambdaSettings(),
    clock: () => new Date(),
    log: createLogger(),
    metrics: createEmfMetrics(),
  };
});
