import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type * as z from 'zod';

/**
 * Runs one record at a time and reports the failed ones (`reportBatchItemFailures`), so one bad
 * record is retried alone instead of the whole batch being redelivered.
 */
export async function processSqsBatch<S extends z.ZodType>(
  event: SQSEvent,
  schema: S,
  work: (message: z.infer<S>) => Promise<unknown>,
  onError: (messageId: string, err: unknown) => void,
): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      await work(schema.parse(JSON.parse(record.body)));
    } catch (err) {
      onError(record.messageId, err);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
