import { MessageRejected, SESv2Client, SendEmailCommand, TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { RateLimitedMailer } from '../../../shared/adapters/ses/rate-limited-mailer';
import { SesMailer } from '../../../shared/adapters/ses/ses-mailer';

// The SES client is mocked only to inject throttling, rejections and timeouts.
const ses = mockClient(SESv2Client);
afterEach(() => ses.reset());

const email = {
  from: 'alerts@example.com',
  to: 'sub@example.com',
  subject: 'Your digest',
  html: '<p>hi</p>',
  text: 'hi',
  headers: [],
};
const throttle = () => new TooManyRequestsException({ message: 'Maximum sending rate exceeded.', $metadata: {} });

const mailer = () =>
  new RateLimitedMailer(new SesMailer({ client: new SESv2Client({ region: 'eu-west-1' }) }), {
    ratePerSecond: 200,
    random: () => 0,
  });

describe('the rate-limited SES mailer', () => {
  it('retries a throttled email until SES accepts it, halving its rate on each throttle', async () => {
    ses.on(SendEmailCommand).rejectsOnce(throttle()).rejectsOnce(throttle()).resolves({ MessageId: 'm-1' });
    const m = mailer();
    expect(await m.send(email)).toEqual({ messageId: 'm-1' });
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(3);
    // 200 → 100 → 50, then one success adds back a twentieth of 200.
    expect(m.pacer.currentRate).toBe(60);
  });

  it('gives up after its attempts, so the SQS record fails and is retried later, never dropped', async () => {
    ses.on(SendEmailCommand).rejects(throttle());
    const m = new RateLimitedMailer(new SesMailer({ client: new SESv2Client({ region: 'eu-west-1' }) }), {
      ratePerSecond: 1000,
      maxAttempts: 3,
      random: () => 0,
    });
    await expect(m.send(email)).rejects.toThrow(/Maximum sending rate/);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(3);
  });

  it('does not retry a rejected email or a timeout: SES may have accepted the latter', async () => {
    ses
      .on(SendEmailCommand)
      .rejectsOnce(new MessageRejected({ message: 'Email address is not verified.', $metadata: {} }));
    await expect(mailer().send(email)).rejects.toThrow(/not verified/);
    ses.reset();
    ses.on(SendEmailCommand).rejectsOnce(Object.assign(new Error('socket hang up'), { name: 'TimeoutError' }));
    await expect(mailer().send(email)).rejects.toThrow(/socket hang up/);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });
});
