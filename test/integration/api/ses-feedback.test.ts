import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SNSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../../local/local-stack';
import { SOFT_BOUNCE_LIMIT } from '../../../shared/use-cases/handle-ses-feedback';

let stack: LocalStack;
let tmp: string;

/** An SNS delivery of a recorded-shape SES event, addressed to this subscriber. */
async function snsEvent(fixture: string, subscriberId: string): Promise<SNSEvent> {
  const text = await readFile(new URL(`../../fixtures/events/${fixture}`, import.meta.url), 'utf8');
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: 'arn:aws:sns:eu-west-1:000000000000:ses-events:1',
        Sns: {
          MessageId: fixture,
          Message: text.replace('SUBSCRIBER_ID', subscriberId),
        } as SNSEvent['Records'][0]['Sns'],
      },
    ],
  };
}

/** The transient bounce's mail as an SES "Delivery" event (the same mail object, delivered). */
async function deliveryEvent(subscriberId: string): Promise<SNSEvent> {
  const event = await snsEvent('ses-bounce-transient.json', subscriberId);
  const record = event.Records[0]!;
  const { mail } = JSON.parse(record.Sns.Message) as { mail: unknown };
  record.Sns.Message = JSON.stringify({
    eventType: 'Delivery',
    mail,
    delivery: { recipients: [`${subscriberId}@example.com`] },
  });
  return event;
}

async function active(id: string) {
  await stack.deps.subscribers.createSubscriber({
    id,
    email: `${id}@example.com`,
    status: 'active',
    criteria: { languages: ['no'], countries: ['PT'], remote: false, keywords: [] },
    frequency: 'daily',
    hour: 8,
    timeZone: 'UTC',
    locale: 'en',
    createdAt: new Date().toISOString(),
  });
}
const statusOf = async (id: string) => (await stack.deps.subscribers.getSubscriber(id))?.status;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-feedback-'));
  stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory: true, dataDir: tmp });
});

afterAll(async () => {
  await stack?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('SES feedback', () => {
  it('suppresses a subscriber at once on a permanent bounce', async () => {
    await active('hard');
    await stack.handlers.sesFeedback(await snsEvent('ses-bounce-permanent.json', 'hard'), {} as never);
    expect(await statusOf('hard')).toBe('suppressed');
  });

  it('suppresses on a complaint', async () => {
    await active('angry');
    await stack.handlers.sesFeedback(await snsEvent('ses-complaint.json', 'angry'), {} as never);
    expect(await statusOf('angry')).toBe('suppressed');
  });

  it('keeps a subscriber whose mailbox was only full', async () => {
    await active('full');
    await stack.handlers.sesFeedback(await snsEvent('ses-bounce-transient.json', 'full'), {} as never);
    expect(await statusOf('full')).toBe('active');
  });

  it(`suppresses after ${SOFT_BOUNCE_LIMIT} transient bounces in a row, counting them on the subscriber`, async () => {
    await active('flaky');
    for (let i = 1; i < SOFT_BOUNCE_LIMIT; i++) {
      await stack.handlers.sesFeedback(await snsEvent('ses-bounce-transient.json', 'flaky'), {} as never);
    }
    expect(await stack.deps.subscribers.getSubscriber('flaky')).toMatchObject({
      status: 'active',
      softBounces: SOFT_BOUNCE_LIMIT - 1,
    });
    const last = await stack.handlers.sesFeedback(await snsEvent('ses-bounce-transient.json', 'flaky'), {} as never);
    expect(last).toEqual({ suppressed: 1 });
    expect(await statusOf('flaky')).toBe('suppressed');
  });

  it('starts the count again after a delivery', async () => {
    await active('recovers');
    for (let i = 1; i < SOFT_BOUNCE_LIMIT; i++) {
      await stack.handlers.sesFeedback(await snsEvent('ses-bounce-transient.json', 'recovers'), {} as never);
    }
    await stack.handlers.sesFeedback(await deliveryEvent('recovers'), {} as never);
    expect((await stack.deps.subscribers.getSubscriber('recovers'))?.softBounces).toBe(0);
    await stack.handlers.sesFeedback(await snsEvent('ses-bounce-transient.json', 'recovers'), {} as never);
    expect(await stack.deps.subscribers.getSubscriber('recovers')).toMatchObject({ status: 'active', softBounces: 1 });
  });

  it('ignores feedback about a subscriber who was erased', async () => {
    const result = await stack.handlers.sesFeedback(
      await snsEvent('ses-complaint.json', 'erased-long-ago'),
      {} as never,
    );
    expect(result).toEqual({ suppressed: 0 });
    expect(await statusOf('erased-long-ago')).toBeUndefined();
  });

  it('skips an unreadable notification without failing the batch', async () => {
    const event = await snsEvent('ses-complaint.json', 'x');
    event.Records[0]!.Sns.Message = 'not json';
    await expect(stack.handlers.sesFeedback(event, {} as never)).resolves.toEqual({ suppressed: 0 });
  });
});
