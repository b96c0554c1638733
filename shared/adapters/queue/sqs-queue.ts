import { randomUUID } from 'node:crypto';
import { SendMessageBatchCommand, type SendMessageBatchRequestEntry, type SQSClient } from '@aws-sdk/client-sqs';
import type { JobQueue } from '../../ports/queue';

export interface SqsQueueOptions {
  /** Sends of a batch's refused entries, the first included (default 3). */
  attempts?: number;
  /** Wait before the first resend, doubling after each (default 200 ms). */
  retryDelayMs?: number;
}

/**
 * A step's queue in AWS: JSON messages, sent in batches of ten (SQS's limit). SQS may refuse
 * some entries of a batch and accept the others: the refused ones alone are sent again, and
 * what is still refused after the last attempt is reported once every batch has been tried.
 */
export class SqsQueue<T> implements JobQueue<T> {
  private readonly attempts: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    options: SqsQueueOptions = {},
  ) {
    this.attempts = options.attempts ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 200;
  }

  async send(messages: T[]): Promise<void> {
    const refused: string[] = [];
    for (let i = 0; i < messages.length; i += 10) {
      const entries = messages.slice(i, i + 10).map((m) => ({ Id: randomUUID(), MessageBody: JSON.stringify(m) }));
      refused.push(...(await this.sendBatch(entries)));
    }
    // Not silent: the caller's retry re-sends (consumers are idempotent).
    if (refused.length > 0) {
      throw new Error(
        `SQS refused ${refused.length} of ${messages.length} message(s) after ${this.attempts} attempt(s): ${[...new Set(refused)].join('; ')}`,
      );
    }
  }

  /** Sends one batch, resending refused entries; returns why each still-refused entry was refused. */
  private async sendBatch(entries: SendMessageBatchRequestEntry[]): Promise<string[]> {
    const refused: string[] = [];
    let pending = entries;
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * 2 ** (attempt - 2)));
      const out = await this.client.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: pending }));
      const failed = out.Failed ?? [];
      // A sender fault (a malformed entry) is refused again however often it is sent.
      const final = failed.filter((f) => f.SenderFault || attempt >= this.attempts);
      refused.push(...final.map((f) => `${f.Code ?? 'error'}: ${f.Message ?? 'no reason given'}`));
      const again = new Set(failed.filter((f) => !final.includes(f)).map((f) => f.Id));
      pending = pending.filter((e) => again.has(e.Id));
    }
    return refused;
  }
}
