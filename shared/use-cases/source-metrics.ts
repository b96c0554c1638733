import type { SourceState } from '../ports/stores';
import type { Deps } from './deps';
import type { SourceSummary } from './poll-source';

const HOUR_MS = 3_600_000;

/**
 * One source's run as metrics: what it fetched and stored, whether it failed or was skipped with
 * its breaker open, and, while it keeps failing, for how long (the 24-hour alarm reads that). The
 * source is a property, not a dimension: thousands of sources would be thousands of billed
 * metrics, while the log line still answers "which source" (the dashboard's table queries it).
 */
export function emitSourceRun(
  deps: Pick<Deps, 'metrics'>,
  summary: SourceSummary,
  failingSince: string | undefined,
  now: Date,
): void {
  const breakerOpen = summary.backedOffUntil !== undefined;
  deps.metrics.emit({
    values: {
      SourcePolls: 1,
      PostingsFetched: summary.parsed,
      PostingsNew: summary.new,
      PostingsDuplicate: summary.duplicate,
      PostingsRejected: summary.rejected,
      SourceFailures: !summary.ok && !breakerOpen ? 1 : 0,
      BreakerOpen: breakerOpen ? 1 : 0,
      ...(failingSince
        ? { SourceFailingHours: Math.max(0, (now.getTime() - Date.parse(failingSince)) / HOUR_MS) }
        : {}),
    },
    properties: { sourceId: summary.id, sourceType: summary.type },
  });
}

/** Since when the source has failed without a success in between (older states: since this failure). */
export function failingSince(state: SourceState | undefined, now: Date): string | undefined {
  if (!state || state.consecutiveFailures === 0) return undefined;
  return state.failingSince ?? now.toISOString();
}
