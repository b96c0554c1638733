import type { Mailer, OutgoingEmail, SendOptions } from '../../ports/mailer';
import { SendPacer } from './send-pacer';

const throttleNames = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'LimitExceededException',
  'Throttling',
]);

/** Whether SES refused the call for rate (the email was not accepted, so sending again is safe). */
export function isThrottle(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return throttleNames.has(err.name) || status === 429;
}

export interface RateLimitedMailerOptions {
  /** Sends per second this mailer may make (its share of the account's SES rate). */
  ratePerSecond: number;
  /** Tries per email before a throttle is given up to the caller (the SQS record then fails and is retried later). */
  maxAttempts?: number;
  random?: () => number;
  /** Called once per throttled call: for logs and the benchmark. */
  onThrottle?: (err: Error) => void;
}

/**
 * A Mailer that paces every send through one SendPacer shared by all its callers (a whole SQS
 * batch, and later batches of a warm Lambda) and, when SES throttles, halves the rate and retries
 * the same email after a jittered wait. Throttling means SES did not accept the email, so a retry
 * can neither drop nor duplicate it; any other error (a timeout, a rejected address) goes to the
 * caller untouched, since whether SES accepted it is unknown or retrying cannot help.
 */
export class RateLimitedMailer implements Mailer {
  readonly pacer: SendPacer;
  private readonly maxAttempts: number;
  private readonly random: () => number;

  constructor(
    private readonly inner: Mailer,
    private readonly options: RateLimitedMailerOptions,
  ) {
    this.pacer = new SendPacer(options.ratePerSecond);
    this.maxAttempts = options.maxAttempts ?? 8;
    this.random = options.random ?? Math.random;
  }

  async send(email: OutgoingEmail, options: SendOptions = {}): Promise<{ messageId: string }> {
    for (let attempt = 1; ; attempt++) {
      await this.pacer.acquire();
      // After the wait for a slot, which may be seconds in a busy batch: what it checks is current.
      await options.beforeSend?.();
      try {
        const out = await this.inner.send(email);
        this.pacer.succeeded();
        return out;
      } catch (err) {
        if (!isThrottle(err) || attempt >= this.maxAttempts) throw err;
        this.options.onThrottle?.(err as Error);
        this.pacer.throttled();
        // Full jitter over a few intervals of the new rate, so throttled callers do not return in step.
        const wait = this.random() * (2000 / this.pacer.currentRate);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}
