import { type CircuitBreaker, defaultCircuitBreaker } from '../config/circuit-breaker';
import { crashPoint } from '../crash/crash-point';
import type { FetchResult, Source } from '../ports/source';
import type { SourceRunReport, SourceState } from '../ports/stores';
import { backedOffUntil, backoffUntil } from './circuit-breaker-backoff';
import type { Deps } from './deps';
import { requeueMatchMarks } from './match-marks';
import { emitSourceRun, failingSince } from './source-metrics';
import { type HandOver, handOverAll, storeListing } from './store-listing';

export interface SourceSummary extends SourceRunReport {
  id: string;
  type: string;
}

export interface PollSourceOptions {
  circuitBreaker?: CircuitBreaker;
  /**
   * When the run began (the tick's time): new postings are stamped with it, so a retry of the
   * same run (SQS redelivery after a crash or a failed send to match) recognises the postings its
   * first attempt stored and hands them to match again instead of losing them as "seen".
   */
  runAt?: string;
}

export type PollSourceDeps = Pick<Deps, 'sourceStates' | 'postings' | 'matchQueue' | 'clock' | 'log' | 'metrics'>;

/**
 * Polls one source: skipped while its circuit breaker is open; else fetch (conditional),
 * normalize, enrich, store once, close the postings a full fetch no longer lists (or that an
 * incremental one says are removed) and move the source's cursor on, hand the new
 * ones to the match step, and save its state and report. A failing fetch is reported and counted
 * in the state; it throws only when the state itself cannot be read or saved.
 */
export async function pollSource(
  deps: PollSourceDeps,
  source: Source,
  options: PollSourceOptions = {},
): Promise<{ summary: SourceSummary; newPostingIds: string[] }> {
  const breaker = options.circuitBreaker ?? defaultCircuitBreaker;
  const started = deps.clock();
  const report: SourceRunReport = {
    at: started.toISOString(),
    ok: true,
    notModified: false,
    parsed: 0,
    new: 0,
    duplicate: 0,
    rejected: 0,
    errors: [],
    ms: 0,
    updated: 0,
    closed: 0,
  };
  const summary = (): SourceSummary => ({ id: source.id, type: source.type, ...report });
  const state = await deps.sourceStates.getSourceState(source.id);
  // Work an earlier attempt left behind (even while backed off): every posting it stored reaches matching.
  await requeueMatchMarks(deps, source.id);
  // A run that began after this job's tick already covered it (a duplicate message, or a
  // backlog overtaken by the next tick): each source is polled at most once per tick.
  if (options.runAt && state?.lastRun && Date.parse(state.lastRun.at) > Date.parse(options.runAt)) {
    return { summary: { id: source.id, type: source.type, ...state.lastRun }, newPostingIds: [] };
  }
  const until = backedOffUntil(state, started);
  if (until) {
    // Skipped without a write: the state already says until when.
    report.ok = false;
    report.backedOffUntil = until;
    report.errors.push(`backed off until ${until} after ${state?.consecutiveFailures ?? 0} failures in a row`);
    emitSourceRun(deps, summary(), failingSince(state, started), started);
    return { summary: summary(), newPostingIds: [] };
  }

  const newPostingIds: string[] = [];
  const handOvers: HandOver[] = [];
  let result: FetchResult;
  try {
    result = await source.fetch({ state });
    const runAt = options.runAt ? new Date(options.runAt) : started;
    if (!result.notModified)
      await storeListing(deps, source, result, report, newPostingIds, handOvers, { runAt, started });
  } catch (err) {
    report.ok = false;
    report.errors.push((err as Error).message);
    report.ms = deps.clock().getTime() - started.getTime();
    deps.log.error({ sourceId: source.id, err: (err as Error).message }, 'source poll failed');
    const failures = (state?.consecutiveFailures ?? 0) + 1;
    const since = failingSince(state, started) ?? started.toISOString();
    // Keep the validators: a failed run must not turn the next one into a full refetch.
    await deps.sourceStates.putSourceState({
      sourceId: source.id,
      etag: state?.etag,
      lastModified: state?.lastModified,
      cursor: state?.cursor,
      consecutiveFailures: failures,
      backoffUntil: backoffUntil(failures, breaker, started),
      failingSince: since,
      lastRun: report,
    });
    emitSourceRun(deps, summary(), since, started);
    // Postings stored before the failure are new all the same: they must still be matched.
    await handOverAll(deps, handOvers);
    return { summary: summary(), newPostingIds };
  }

  report.notModified = result.notModified;
  await handOverAll(deps, handOvers);
  report.ms = deps.clock().getTime() - started.getTime();
  const next: SourceState = {
    sourceId: source.id,
    consecutiveFailures: 0,
    etag: result.etag ?? state?.etag,
    lastModified: result.lastModified ?? state?.lastModified,
    cursor: (!result.notModified && result.cursor) || state?.cursor,
    lastRun: report,
  };
  crashPoint('poll.before-state');
  await deps.sourceStates.putSourceState(next);
  emitSourceRun(deps, summary(), undefined, started);
  return { summary: summary(), newPostingIds };
}
