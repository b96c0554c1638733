import { SQSClient } from '@aws-sdk/client-sqs';
import * as z from 'zod';
import { SqsQueue } from '../../shared/adapters/queue/sqs-queue';
import type { JobQueue } from '../../shared/ports/queue';
import { readLambdaEnv } from './lambda-env';

let client: SQSClient | undefined;

/** The queue whose URL the stack put in environment variable `name`; one SQS client per container. */
export function lambdaQueue<T>(name: 'MATCH_QUEUE_URL' | 'DIGEST_QUEUE_URL' | 'POLL_QUEUE_URL'): JobQueue<T> {
  const url = readLambdaEnv({ [name]: z.string().min(1) })[name] as string;
  client ??= new SQSClient({});
  return new SqsQueue<T>(client, url);
}
