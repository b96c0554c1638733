import middy from '@middy/core';
import type { SQSEvent } from 'aws-lambda';
import * as z from 'zod';
import { type CircuitBreaker, circuitBreakerSchema } from '../../shared/config/circuit-breaker';
import { pollSource } from '../../shared/use-cases/poll-source';
import { pollSourceJobSchema } from '../../shared/use-cases/poll-source-job';
import { processSqsBatch } from '../sqs/sqs-batch';
import { type PollWorkerDeps, pollWorkerDeps } from './deps';

/**
 * Polls the one source each message names. A source that fails is recorded in its state (the
 * circuit breaker counts it) and the message succeeds; only a store that cannot be read or
 * written fails the record, for SQS to redeliver.
 */
export function makePollWorkerHandler(
  getDeps: () => Promise<PollWorkerDeps>,
  options: { circuitBreaker?: CircuitBreaker } = {},
) {
  return middy(async (event: SQSEvent) => {
    const deps = await getDeps();
    return processSqsBatch(
      event,
      pollSourceJobSchema,
      async (job) => {
        const source = deps.sources.find((s) => s.id === job.sourceId);
        // The config changed between the tick and this message: nothing to poll, nothing to retry.
        if (!source) return deps.log.warn({ sourceId: job.sourceId }, 'poll job for an unknown source');
        await pollSource(deps, source, { ...options, runAt: job.runAt });
      },
      (messageId, err) => deps.log.error({ messageId, err: String(err) }, 'poll worker failed'),
    );
  });
}

/** The stack passes the operator config's `circuitBreaker` as JSON (absent: the defaults). */
function circuitBreakerFromEnv(): CircuitBreaker | undefined {
  const json = process.env.JOBALERT_CIRCUIT_BREAKER;
  return json ? z.optional(circuitBreakerSchema).parse(JSON.parse(json)) : undefined;
}

export const handler = makePollWorkerHandler(pollWorkerDeps, { circuitBreaker: circuitBreakerFromEnv() });
