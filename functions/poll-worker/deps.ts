import * as z from 'zod';
import { createLogger } from '../../shared/adapters/log/logger';
import { createEmfMetrics } from '../../shared/adapters/metrics/emf-metrics';
import { createSource, sourceConfigSchema } from '../../shared/adapters/sources/registry';
import { formatIssues } from '../../shared/config/config';
import type { MatchJob } from '../../shared/ports/queue';
import type { Deps } from '../../shared/use-cases/deps';
import type { PollSourceDeps } from '../../shared/use-cases/poll-source';
import { lambdaQueue } from '../compose/lambda-queue';
import { readSourcesFile } from '../compose/lambda-sources';
import { lambdaStore } from '../compose/lambda-store';
import { once } from '../compose/once';

export type PollWorkerDeps = PollSourceDeps & Pick<Deps, 'sources'>;

/** The poll worker's composition root: the only one with the source parsers (and enrichment). */
export const pollWorkerDeps = once(async (): Promise<PollWorkerDeps> => {
  const parsed = z.array(sourceConfigSchema).safeParse(readSourcesFile());
  if (!parsed.success) throw new Error(`JOBALERT_SOURCES_FILE:\n${formatIssues(parsed.error)}`);
  const configs = parsed.data;
  const store = lambdaStore();
  return {
    sourceStates: store,
    postings: store,
    matchQueue: lambdaQueue<MatchJob>('MATCH_QUEUE_URL'),
    sources: configs.map((s) => createSource(s, { baseDir: process.cwd() })),
    clock: () => new Date(),
    log: createLogger(),
    metrics: createEmfMetrics(),
  };
});
