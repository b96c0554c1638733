import { type CircuitBreaker, defaultCircuitBreaker } from '../config/circuit-breaker';
import { crashPoint } from '../crash/crash-point';
import { enrichPosting } from '../enrich/enrich-posting';
import type { FetchResult, Source } from '../ports/source';
import type { SourceRunReport, SourceState } from '../ports/stores';
import { type Posting, rawPostingSchema } from '../posting/posting';
import { postingFingerprint, postingId } from '../posting/posting-identity';
import { describeIssues } from '../validation/describe-issues';
import { backedOffUntil, backoffUntil } from './circuit-breaker-backoff';
import type { Deps } from './deps';

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

export type PollSourceDeps = Pick<Deps, 'sourceStates' | 'postings' | 'matchQueue' | 'clock' | 'log'>;

const MATCH_BATCH = 50;

/**
 * Polls one source: skipped while its circuit breaker is open; else fetch (conditional),
 * normalize, enrich, store once, close the postings a full fetch no longer lists, hand the new
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
  const until = backedOffUntil(state, started);
  if (until) {
    // Skipped without a write: the state already says until when.
    report.ok = false;
    report.backedOffUntil = until;
    report.errors.push(`backed off until ${until} after ${state?.consecutiveFailures ?? 0} failures in a row`);
    return { summary: summary(), newPostingIds: [] };
  }

  const newPostingIds: string[] = [];
  let result: FetchResult;
  try {
    result = await source.fetch({ state });
    const runAt = options.runAt ? new Date(options.runAt) : started;
    if (!result.notModified) await storeAll(deps, source, result, report, newPostingIds, runAt);
  } catch (err) {
    report.ok = false;
    report.errors.push((err as Error).message);
    report.ms = deps.clock().getTime() - started.getTime();
    deps.log.error({ sourceId: source.id, err: (err as Error).message }, 'source poll failed');
    const failures = (state?.consecutiveFailures ?? 0) + 1;
    // Keep the validators: a failed run must not turn the next one into a full refetch.
    await deps.sourceStates.putSourceState({
      sourceId: source.id,
      etag: state?.etag,
      lastModified: state?.lastModified,
      consecutiveFailures: failures,
      backoffUntil: backoffUntil(failures, breaker, started),
      lastRun: report,
    });
    // Postings stored before the failure are new all the same: they must still be matched.
    await sendToMatch(deps, newPostingIds);
    return { summary: summary(), newPostingIds };
  }

  report.notModified = result.notModified;
  await sendToMatch(deps, newPostingIds);
  report.ms = deps.clock().getTime() - started.getTime();
  const next: SourceState = {
    sourceId: source.id,
    consecutiveFailures: 0,
    etag: result.etag ?? state?.etag,
    lastModified: result.lastModified ?? state?.lastModified,
    lastRun: report,
  };
  await deps.sourceStates.putSourceState(next);
  return { summary: summary(), newPostingIds };
}

async function sendToMatch(deps: Pick<Deps, 'matchQueue'>, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += MATCH_BATCH) {
    await deps.matchQueue.send([{ postingIds: ids.slice(i, i + MATCH_BATCH) }]);
  }
}

async function storeAll(
  deps: PollSourceDeps,
  source: Source,
  result: Extract<FetchResult, { notModified: false }>,
  report: SourceRunReport,
  newPostingIds: string[],
  now: Date,
): Promise<void> {
  report.parsed = result.postings.length;
  // What the source has stored, read once: each posting is saved against it, and it says what is
  // open to close.
  const known = await deps.postings.listSourcePostings(source.id);
  // Every posting this fetch names, stored or not: a posting that fails to parse today is still
  // listed by its source, so it must not be closed.
  const listed = new Set<string>();
  let unidentified = 0;
  for (const r of result.rejected) {
    report.rejected++;
    report.errors.push(`${r.externalId ?? 'posting'}: ${r.reason}`);
    if (r.externalId) listed.add(postingId({ sourceId: source.id, externalId: r.externalId }));
    else unidentified++;
  }
  for (const raw of result.postings) {
    const outcome = await storePosting(deps, source, raw, now, known);
    if (outcome.listedId) listed.add(outcome.listedId);
    else unidentified++;
    if (outcome.kind === 'rejected') {
      report.rejected++;
      report.errors.push(outcome.reason);
    } else if (outcome.kind === 'new') {
      report.new++;
      newPostingIds.push(outcome.postingId);
    } else if (outcome.kind === 'updated') {
      report.updated = (report.updated ?? 0) + 1;
    } else {
      report.duplicate++;
    }
  }
  // Closing needs the whole list: when some entry could not even be identified, or nothing in the
  // payload was readable, this fetch cannot say what is gone.
  if (unidentified > 0 || (result.postings.length === 0 && result.rejected.length > 0)) return;
  const gone = [...known].filter(([id, p]) => p.status === 'open' && !listed.has(id)).map(([id]) => id);
  if (gone.length > 0) report.closed = await deps.postings.closePostings(source.id, gone, now);
}

type StoreOutcome = { listedId?: string } & (
  | { kind: 'new' | 'updated'; postingId: string }
  | { kind: 'seen' | 'duplicate' }
  | { kind: 'rejected'; reason: string }
);

async function storePosting(
  deps: Pick<Deps, 'postings'>,
  source: Source,
  candidate: unknown,
  now: Date,
  known: Map<string, Posting>,
): Promise<StoreOutcome> {
  const parsed = rawPostingSchema.safeParse(candidate);
  if (!parsed.success) {
    const externalId = (candidate as { externalId?: unknown } | null)?.externalId;
    return {
      kind: 'rejected',
      reason: `invalid posting from ${source.id}: ${describeIssues(parsed.error)}`,
      ...(typeof externalId === 'string' && externalId
        ? { listedId: postingId({ sourceId: source.id, externalId }) }
        : {}),
    };
  }
  const raw = parsed.data;
  const listedId = postingId(raw);
  const enrichment = enrichPosting({
    title: raw.title,
    text: raw.text,
    locationText: raw.locationText,
    remoteHint: raw.remoteHint,
  });
  if (!enrichment.isPosting) return { kind: 'rejected', reason: `${raw.externalId}: not a job posting`, listedId };
  const posting: Posting = {
    ...raw,
    id: listedId,
    fingerprint: postingFingerprint(raw),
    enrichment,
    status: 'open',
    firstSeenAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
  };
  const { outcome, postingId: id, firstSeenAt } = await deps.postings.savePosting(posting, known.get(listedId));
  if (outcome === 'new' || outcome === 'updated') crashPoint('poll.after-save');
  if (outcome === 'new' || outcome === 'updated') return { kind: outcome, postingId: id, listedId };
  // Stored by an earlier attempt of this very run, which may have died before queueing it for
  // match: new all the same (matching is idempotent, a second queueing costs nothing).
  if (outcome === 'seen' && firstSeenAt === posting.firstSeenAt) return { kind: 'new', postingId: id, listedId };
  return { kind: outcome, listedId };
}
