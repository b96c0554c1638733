import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type * as z from 'zod';

/**
 * Like processSqsBatch, but up to `concurrency` records at once: a digest spends most of its time
 * waiting on DynamoDB and SES, and the pacer, not one-at-a-time, is what bounds the send rate.
 * Failed records are reported (`reportBatchItemFailures`) for SQS to redeliver alone.
 */
export async function processSqsBatchConcurrently<S extends z.ZodType>(
  event: SQSEvent,
  schema: S,
  work: (message: z.infer<S>) => Promise<unknown>,
  onError: (messageId: string, err: unknown) => void,
  concurrency: number,
): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  let next = 0;
  const worker = async () => {
    while (next < event.Records.length) {
      const record = event.Records[next++]!;
      try {
        await work(schema.parse(JSON.parse(record.body)));
      } catch (err) {
        onError(record.messageId, err);
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, event.Records.length) }, worker));
  return { batchItemFailures };
}
