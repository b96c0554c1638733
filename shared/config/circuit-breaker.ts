import * as z from 'zod';

/**
 * The per-source circuit breaker: after `failures` failed polls in a row the source is skipped
 * for `backoffMinutes`, doubled on each further failure up to `maxBackoffMinutes`. A success
 * resets it.
 */
export const circuitBreakerSchema = z
  .object({
    failures: z.number().int().min(1).max(100).default(5),
    backoffMinutes: z.number().int().min(1).max(10_080).default(60),
    maxBackoffMinutes: z.number().int().min(1).max(43_200).default(1440),
  })
  .strict();
export type CircuitBreaker = z.infer<typeof circuitBreakerSchema>;

/** The defaults, for callers without a config. */
export const defaultCircuitBreaker: CircuitBreaker = circuitBreakerSchema.parse({});
