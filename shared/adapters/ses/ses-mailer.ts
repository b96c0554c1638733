import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { headerSafe } from '../../email/email-headers';
import type { Mailer, OutgoingEmail, SendOptions } from '../../ports/mailer';

export interface SesMailerOptions {
  client: SESv2Client;
  /** SES configuration set that routes bounce / complaint events to the feedback handler. */
  configurationSet?: string;
}

export class SesMailerError extends Error {
  readonly code = 'mailer.no-message-id';
  constructor() {
    super('SES accepted the email but returned no MessageId');
    this.name = 'SesMailerError';
  }
}

/**
 * The Mailer port on SES v2 `SendEmail` with `Content.Simple`: the only SES call that takes custom
 * headers (List-Unsubscribe) without building MIME by hand (STACK.md).
 */
export class SesMailer implements Mailer {
  constructor(private readonly options: SesMailerOptions) {}

  /** A mailer on a fresh client; an `endpoint` (the local emulator) gets placeholder credentials. */
  static fromEndpoint(options: {
    endpoint?: string;
    region: string;
    configurationSet?: string;
    maxAttempts?: number;
  }): SesMailer {
    const client = new SESv2Client({
      region: options.region,
      // 1 hands every throttle straight to RateLimitedMailer (the benchmark measures it alone).
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
      // A send never outlives the sender Lambda (60 s): a hung call fails instead of being killed.
      requestHandler: { requestTimeout: 15_000, connectionTimeout: 5_000 },
      ...(options.endpoint
        ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
        : {}),
    });
    return new SesMailer({ client, configurationSet: options.configurationSet });
  }

  /** Sends one email; SES errors (throttling, rejected address) propagate for the caller to retry or record. */
  async send(email: OutgoingEmail, options: SendOptions = {}): Promise<{ messageId: string }> {
    await options.beforeSend?.();
    const output = await this.options.client.send(
      new SendEmailCommand({
        FromEmailAddress: headerSafe(email.from),
        Destination: { ToAddresses: [headerSafe(email.to)] },
        ConfigurationSetName: this.options.configurationSet,
        // SES echoes tags in bounce and complaint events: how feedback finds the subscriber.
        EmailTags: Object.entries(email.tags ?? {}).map(([Name, Value]) => ({ Name, Value })),
        Content: {
          Simple: {
            // Again here, not only in the renderers: a header is the last place a CR/LF can hurt.
            Subject: { Data: headerSafe(email.subject), Charset: 'UTF-8' },
            Body: {
              Html: { Data: email.html, Charset: 'UTF-8' },
              Text: { Data: email.text, Charset: 'UTF-8' },
            },
            Headers: email.headers.map((h) => ({ Name: headerSafe(h.name), Value: headerSafe(h.value) })),
          },
        },
      }),
    );
    if (!output.MessageId) throw new SesMailerError();
    return { messageId: output.MessageId };
  }
}
