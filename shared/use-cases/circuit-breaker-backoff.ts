import type { CircuitBreaker } from '../config/circuit-breaker';
import type { SourceState } from '../ports/stores';

/**
 * When a source that has now failed `failures` times in a row may be polled again: undefined
 * below the threshold, then `backoffMinutes` doubling per further failure, capped.
 */
export function backoffUntil(failures: number, breaker: CircuitBreaker, now: Date): string | undefined {
  if (failures < breaker.failures) return undefined;
  // The exponent is capped too, so a source failing for months does not overflow to Infinity.
  const doublings = Math.min(failures - breaker.failures, 30);
  const minutes = Math.min(breaker.backoffMinutes * 2 ** doublings, breaker.maxBackoffMinutes);
  return new Date(now.getTime() + minutes * 60_000).toISOString();
}

/** The instant before which the breaker skips this source, if it is open now. */
export function backedOffUntil(state: SourceState | undefined, now: Date): string | undefined {
  return state?.backoffUntil && Date.parse(state.backoffUntil) > now.getTime() ? state.backoffUntil : undefined;
}
