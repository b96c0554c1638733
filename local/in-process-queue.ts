import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { Logger } from '../shared/ports/logger';
import type { JobQueue } from '../shared/ports/queue';

/** How often a failed message is redelivered before it is dead-lettered (the stack's maxReceiveCount). */
const MAX_RECEIVES = 5;

/**
 * Locally, a queue hands its messages straight to the consumer handler as the SQS batch event
 * Lambda would get, redelivering the records the handler reports as failed, like SQS with a
 * DLQ. No SQS emulator ships on npm, so this is the local runtime's stand-in, not a second
 * adapter: the consumer code that runs is the same handler.
 */
export class InProcessQueue<T> implements JobQueue<T> {
  constructor(
    private readonly name: string,
    private readonly consumer: () => (event: SQSEvent) => Promise<SQSBatchResponse>,
    private readonly log: Logger,
  ) {}

  async send(messages: T[]): Promise<void> {
    let records = messages.map((m) => ({ id: randomUUID(), body: JSON.stringify(m) }));
    for (let receive = 1; receive <= MAX_RECEIVES && records.length > 0; receive++) {
      const event: SQSEvent = {
        Records: records.map((r) => ({
          messageId: r.id,
          receiptHandle: r.id,
          body: r.body,
          attributes: {
            ApproximateReceiveCount: String(receive),
            SentTimestamp: String(Date.now()),
            SenderId: 'local',
            ApproximateFirstReceiveTimestamp: String(Date.now()),
          },
          messageAttributes: {},
          md5OfBody: '',
          eventSource: 'aws:sqs',
          eventSourceARN: `arn:aws:sqs:local:000000000000:${this.name}`,
          awsRegion: 'local',
        })),
      };
      const { batchItemFailures } = await this.consumer()(event);
      const failed = new Set(batchItemFailures.map((f) => f.itemIdentifier));
      records = records.filter((r) => failed.has(r.id));
    }
    for (const r of records) this.log.error({ queue: this.name, body: r.body }, 'message dead-lettered');
  }
}
