import middy from '@middy/core';
import type { SQSEvent } from 'aws-lambda';
import { matchJobSchema } from '../../shared/ports/queue';
import { matchPostings } from '../../shared/use-cases/match-postings';
import { processSqsBatch } from '../sqs/sqs-batch';
import { type MatchDeps, matchDeps } from './deps';

export function makeMatchHandler(getDeps: () => Promise<MatchDeps>) {
  return middy(async (event: SQSEvent) => {
    const deps = await getDeps();
    return processSqsBatch(
      event,
      matchJobSchema,
      (job) => matchPostings(deps, job),
      (messageId, err) => deps.log.error({ messageId, err: String(err) }, 'match failed'),
    );
  });
}

export const handler = makeMatchHandler(matchDeps);
