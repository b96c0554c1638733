import middy from '@middy/core';
import type { SQSEvent } from 'aws-lambda';
import { RateLimitedMailer } from '../../shared/adapters/ses/rate-limited-mailer';
import { defaultSesRatePerSecond } from '../../shared/config/ses-rate';
import type { Mailer } from '../../shared/ports/mailer';
import { digestJobSchema } from '../../shared/ports/queue';
import { sendDigest } from '../../shared/use-cases/send-digest';
import { type DigestSenderDeps, digestSenderDeps } from './deps';
import { processSqsBatchConcurrently } from './process-concurrently';

/** Digests of one batch in flight at once (an SQS batch holds at most 10). */
const batchConcurrency = 10;

export function makeDigestSenderHandler(getDeps: () => Promise<DigestSenderDeps>) {
  // One pacer per warm container, so the rate (and a throttle's slowdown) carries over batches.
  let paced: { inner: Mailer; mailer: RateLimitedMailer } | undefined;
  return middy(async (event: SQSEvent) => {
    const deps = await getDeps();
    if (paced?.inner !== deps.mailer) {
      const mailer = new RateLimitedMailer(deps.mailer, {
        ratePerSecond: deps.settings.sesRatePerSecond ?? defaultSesRatePerSecond,
        onThrottle: (err) => {
          deps.log.warn({ err: err.name, rate: mailer.pacer.currentRate }, 'SES throttled');
          deps.metrics.emit({ values: { SesThrottles: 1 }, properties: { rate: mailer.pacer.currentRate } });
        },
      });
      paced = { inner: deps.mailer, mailer };
    }
    const sendDeps = { ...deps, mailer: paced.mailer };
    return processSqsBatchConcurrently(
      event,
      digestJobSchema,
      async (job) => {
        const result = await sendDigest(sendDeps, job);
        deps.log.info({ ...job, ...result }, 'digest');
      },
      (messageId, err) => deps.log.error({ messageId, err: String(err) }, 'digest failed'),
      batchConcurrency,
    );
  });
}

export const handler = makeDigestSenderHandler(digestSenderDeps);
