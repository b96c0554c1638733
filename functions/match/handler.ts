import middy from '@middy/core';
import type { SQSEvent } from 'aws-lambda';
import { matchJobSchema } from '../../shared/ports/queue';
import type { Deps } from '../../shared/use-cases/deps';
import { matchPostings } from '../../shared/use-cases/match-postings';
import { lambdaDeps } from '../lambda-deps';
import { processSqsBatch } from '../sqs/sqs-batch';

export function makeMatchHandler(getDeps: () => Promise<Deps>) {
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

export const handler = makeMatchHandler(lambdaDeps);
