import { setTimeout as delay } from 'node:timers/promises';

/** How a fetch is retried; every field has a default, tests inject `sleep`, `now` and `random`. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The first backoff's ceiling; each later one doubles, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After asking for longer than this ends the retries: the next poll comes soon enough. */
  maxRetryAfterMs: number;
  /** All attempts and waits of one fetch end by this many ms after it started. */
  deadlineMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
  /** In [0, 1): the jitter. */
  random: () => number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 30_000,
  deadlineMs: 30_000,
  sleep: (ms, signal) => delay(ms, undefined, { signal }),
  now: () => Date.now(),
  random: Math.random,
};

/**
 * The wait before attempt `failed + 1` ("equal jitter"): between half and all of
 * base · 2^(failed-1), capped. Never zero, so clients that failed together do not retry together.
 */
export function backoffDelay(failed: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failed - 1));
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}
