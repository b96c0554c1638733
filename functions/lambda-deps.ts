import { SQSClient } from '@aws-sdk/client-sqs';
import * as z from 'zod';
import { DynamoStore } from '../shared/adapters/dynamo/dynamo-store';
import { createLogger } from '../shared/adapters/log/logger';
import { SqsQueue } from '../shared/adapters/queue/sqs-queue';
import { SesMailer } from '../shared/adapters/ses/ses-mailer';
import { createSource } from '../shared/adapters/sources/registry';
import { readSecretParameter } from '../shared/adapters/ssm/read-secret-parameter';
import { formatIssues } from '../shared/config/config';
import type { DigestJob, MatchJob } from '../shared/ports/queue';
import type { Deps } from '../shared/use-cases/deps';
import { readLambdaSources } from './lambda-sources';

/** What the CDK stack sets on every function (infra/constructs/job-function.ts). */
const lambdaEnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  MATCH_QUEUE_URL: z.string().min(1),
  DIGEST_QUEUE_URL: z.string().min(1),
  SITE_URL: z.url(),
  SENDER: z.email(),
  TOKEN_KEY_PARAMETER: z.string().min(1),
  SES_CONFIGURATION_SET: z.string().optional(),
  JOBALERT_SOURCES_FILE: z.string().optional(),
  BACKFILL_DAYS: z.coerce.number().int().min(0).default(30),
  MAX_POSTINGS_PER_DIGEST: z.coerce.number().int().min(1).default(50),
  UNSUBSCRIBE_MAILTO: z.email().optional(),
  SES_RATE_PER_SECOND: z.coerce.number().positive().optional(),
});

let cached: Promise<Deps> | undefined;

/** The Lambda composition root: built once per cold start, reused by every invocation. */
export function lambdaDeps(): Promise<Deps> {
  cached ??= build().catch((err) => {
    cached = undefined;
    throw err;
  });
  return cached;
}

async function build(): Promise<Deps> {
  const parsed = lambdaEnvSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`invalid function environment:\n${formatIssues(parsed.error)}`);
  const env = parsed.data;
  const sources = readLambdaSources(env.JOBALERT_SOURCES_FILE);
  const store = DynamoStore.fromEndpoint({ region: process.env.AWS_REGION ?? 'eu-west-1', tableName: env.TABLE_NAME });
  const sqs = new SQSClient({});
  return {
    postings: store,
    sourceStates: store,
    subscribers: store,
    matches: store,
    mailer: SesMailer.fromEndpoint({
      region: process.env.AWS_REGION ?? 'eu-west-1',
      configurationSet: env.SES_CONFIGURATION_SET,
    }),
    matchQueue: new SqsQueue<MatchJob>(sqs, env.MATCH_QUEUE_URL),
    digestQueue: new SqsQueue<DigestJob>(sqs, env.DIGEST_QUEUE_URL),
    sources: sources.map((s) => createSource(s, { baseDir: process.cwd() })),
    settings: {
      siteUrl: env.SITE_URL,
      sender: env.SENDER,
      tokenKey: await readSecretParameter(env.TOKEN_KEY_PARAMETER),
      backfillDays: env.BACKFILL_DAYS,
      maxPostingsPerDigest: env.MAX_POSTINGS_PER_DIGEST,
      unsubscribeMailto: env.UNSUBSCRIBE_MAILTO,
      sesRatePerSecond: env.SES_RATE_PER_SECOND,
    },
    clock: () => new Date(),
    log: createLogger(),
  };
}
