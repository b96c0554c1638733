import { randomUUID } from 'node:crypto';
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { JobQueue } from '../../ports/queue';

/** A step's queue in AWS: JSON messages, sent in batches of ten (SQS's limit). */
export class SqsQueue<T> implements JobQueue<T> {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(messages: T[]): Promise<void> {
    for (let i = 0; i < messages.length; i += 10) {
      const entries = messages.slice(i, i + 10).map((m) => ({ Id: randomUUID(), MessageBody: JSON.stringify(m) }));
      const out = await this.client.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }));
      // A partial failure must not pass silently: the caller's retry re-sends (consumers are idempotent).
      if (out.Failed && out.Failed.length > 0) {
        throw new Error(
          `SQS refused ${out.Failed.length} message(s): ${out.Failed.map((f) => f.Message ?? f.Code).join('; ')}`,
        );
      }
    }
  }
}
