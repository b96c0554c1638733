import { makeApiHandler } from '../functions/api/handler';
import { makeDigestPlannerHandler } from '../functions/digest-planner/handler';
import { makeDigestSenderHandler } from '../functions/digest-sender/handler';
import { makeMatchHandler } from '../functions/match/handler';
import { makePollHandler } from '../functions/poll/handler';
import { makePollWorkerHandler } from '../functions/poll-worker/handler';
import { makeSesFeedbackHandler } from '../functions/ses-feedback/handler';
import { DynamoStore } from '../shared/adapters/dynamo/dynamo-store';
import { noMetrics } from '../shared/adapters/metrics/emf-metrics';
import { SesMailer } from '../shared/adapters/ses/ses-mailer';
import { createSource } from '../shared/adapters/sources/registry';
import type { Config } from '../shared/config/config';
import type { Logger } from '../shared/ports/logger';
import type { Metrics } from '../shared/ports/metrics';
import type { DigestJob, MatchJob } from '../shared/ports/queue';
import type { Deps } from '../shared/use-cases/deps';
import type { PollSourceJob } from '../shared/use-cases/poll-source-job';
import { InProcessQueue } from './in-process-queue';

export const LOCAL_REGION = 'eu-west-1';

export interface LocalEndpoints {
  dynamoEndpoint: string;
  sesEndpoint: string;
  tableName: string;
}

/** The local composition root: the real adapters pointed at loopback, the same handlers as AWS. */
export function buildLocal(options: {
  endpoints: LocalEndpoints;
  config: Config;
  baseDir: string;
  tokenKey: string;
  siteUrl: string;
  log: Logger;
  clock?: () => Date;
  /** Where use cases' metrics go; nothing by default (tests pass the EMF adapter to read them). */
  metrics?: Metrics;
}) {
  const { endpoints, config, log } = options;
  const store = DynamoStore.fromEndpoint({
    endpoint: endpoints.dynamoEndpoint,
    region: LOCAL_REGION,
    tableName: endpoints.tableName,
  });
  const getDeps = async () => deps;
  // The tick hands each due source to the worker through this queue, as SQS does in AWS; in process
  // the delivery is done when send returns, so the tick's summary holds every source's report.
  const pollWorker = makePollWorkerHandler(getDeps, { circuitBreaker: config.circuitBreaker });
  const pollQueue = new InProcessQueue<PollSourceJob>('poll', () => (e) => pollWorker(e, {} as never), log);
  const handlers = {
    poll: makePollHandler(getDeps, () => pollQueue),
    pollWorker,
    match: makeMatchHandler(getDeps),
    digestPlanner: makeDigestPlannerHandler(getDeps),
    digestSender: makeDigestSenderHandler(getDeps),
    api: makeApiHandler(getDeps),
    sesFeedback: makeSesFeedbackHandler(getDeps),
  };
  const deps: Deps = {
    postings: store,
    sourceStates: store,
    subscribers: store,
    matches: store,
    mailer: SesMailer.fromEndpoint({ endpoint: endpoints.sesEndpoint, region: LOCAL_REGION }),
    matchQueue: new InProcessQueue<MatchJob>('match', () => (e) => handlers.match(e, {} as never), log),
    digestQueue: new InProcessQueue<DigestJob>('digest', () => (e) => handlers.digestSender(e, {} as never), log),
    sources: config.sources.map((s) => createSource(s, { baseDir: options.baseDir })),
    settings: {
      siteUrl: options.siteUrl,
      sender: config.sender,
      tokenKey: options.tokenKey,
      backfillDays: config.backfillDays,
      maxPostingsPerDigest: config.maxPostingsPerDigest,
      unsubscribeMailto: config.unsubscribeMailto,
      sesRatePerSecond: config.sesRatePerSecond,
      // Tests shorten the digest lease (the time a killed sender's subscriber waits) this way.
      digestLeaseMs: process.env.JOBALERT_DIGEST_LEASE_MS ? Number(process.env.JOBALERT_DIGEST_LEASE_MS) : undefined,
    },
    clock: options.clock ?? (() => new Date()),
    log,
    metrics: options.metrics ?? noMetrics,
  };
  return { deps, handlers, store };
}

export type LocalHandlers = ReturnType<typeof buildLocal>['handlers'];
