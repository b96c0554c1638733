import middy from '@middy/core';
import type { SQSEvent } from 'aws-lambda';
import { digestJobSchema } from '../../shared/ports/queue';
import type { Deps } from '../../shared/use-cases/deps';
import { sendDigest } from '../../shared/use-cases/send-digest';
import { lambdaDeps } from '../lambda-deps';
import { processSqsBatch } from '../sqs/sqs-batch';

export function makeDigestSenderHandler(getDeps: () => Promise<Deps>) {
  return middy(async (event: SQSEvent) => {
    const deps = await getDeps();
    return processSqsBatch(
      event,
      digestJobSchema,
      async (job) => {
        const result = await sendDigest(deps, job);
        deps.log.info({ ...job, ...result }, 'digest');
      },
      (messageId, err) => deps.log.error({ messageId, err: String(err) }, 'digest failed'),
    );
  });
}

export const handler = makeDigestSenderHandler(lambdaDeps);
