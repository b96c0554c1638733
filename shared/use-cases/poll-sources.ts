import { enrichPosting } from '../enrich/enrich-posting';
import type { Source } from '../ports/source';
import type { SourceRunReport, SourceState } from '../ports/stores';
import { type Posting, rawPostingSchema } from '../posting/posting';
import { postingFingerprint, postingId } from '../posting/posting-identity';
import type { Deps } from './deps';

export interface SourceSummary extends SourceRunReport {
  id: string;
  type: string;
}

export interface PollSummary {
  sources: SourceSummary[];
  newPostingIds: string[];
}

const MATCH_BATCH = 50;

/**
 * Polls each source once: fetch (conditional), normalize, enrich, store once, and hand the new
 * postings to the match step. A failing source is reported and counted; the others go on.
 */
export async function pollSources(
  deps: Pick<Deps, 'sources' | 'sourceStates' | 'postings' | 'matchQueue' | 'clock' | 'log'>,
  input: { sourceIds?: string[] } = {},
): Promise<PollSummary> {
  const selected = input.sourceIds ? deps.sources.filter((s) => input.sourceIds?.includes(s.id)) : deps.sources;
  const summaries: SourceSummary[] = [];
  const newPostingIds: string[] = [];
  // Sequential on purpose: sources are few per tick and a slow one must not starve the table.
  for (const source of selected) {
    const { report, newIds } = await pollOne(deps, source);
    summaries.push({ id: source.id, type: source.type, ...report });
    newPostingIds.push(...newIds);
  }
  for (let i = 0; i < newPostingIds.length; i += MATCH_BATCH) {
    await deps.matchQueue.send([{ postingIds: newPostingIds.slice(i, i + MATCH_BATCH) }]);
  }
  return { sources: summaries, newPostingIds };
}

async function pollOne(
  deps: Pick<Deps, 'sourceStates' | 'postings' | 'clock' | 'log'>,
  source: Source,
): Promise<{ report: SourceRunReport; newIds: string[] }> {
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
  };
  const newIds: string[] = [];
  let state: SourceState | undefined;
  try {
    state = await deps.sourceStates.getSourceState(source.id);
    const result = await source.fetch({ state });
    const next: SourceState = {
      sourceId: source.id,
      consecutiveFailures: 0,
      etag: result.etag ?? state?.etag,
      lastModified: result.lastModified ?? state?.lastModified,
    };
    if (result.notModified) {
      report.notModified = true;
    } else {
      report.parsed = result.postings.length;
      for (const r of result.rejected) {
        report.rejected++;
        report.errors.push(`${r.externalId ?? 'posting'}: ${r.reason}`);
      }
      for (const raw of result.postings) {
        const outcome = await storePosting(deps, source, raw, started);
        if (outcome.kind === 'rejected') {
          report.rejected++;
          report.errors.push(outcome.reason);
        } else if (outcome.kind === 'new') {
          report.new++;
          newIds.push(outcome.postingId);
        } else {
          report.duplicate++;
        }
      }
    }
    report.ms = deps.clock().getTime() - started.getTime();
    await deps.sourceStates.putSourceState({ ...next, lastRun: report });
  } catch (err) {
    report.ok = false;
    report.errors.push((err as Error).message);
    report.ms = deps.clock().getTime() - started.getTime();
    deps.log.error({ sourceId: source.id, err: (err as Error).message }, 'source poll failed');
    // Keep the validators: a failed run must not turn the next one into a full refetch.
    await deps.sourceStates
      .putSourceState({
        sourceId: source.id,
        etag: state?.etag,
        lastModified: state?.lastModified,
        consecutiveFailures: (state?.consecutiveFailures ?? 0) + 1,
        lastRun: report,
      })
      .catch((e: Error) => deps.log.error({ sourceId: source.id, err: e.message }, 'cannot save source state'));
  }
  return { report, newIds };
}

type StoreOutcome =
  | { kind: 'new'; postingId: string }
  | { kind: 'seen' | 'duplicate' }
  | { kind: 'rejected'; reason: string };

async function storePosting(
  deps: Pick<Deps, 'postings'>,
  source: Source,
  candidate: unknown,
  now: Date,
): Promise<StoreOutcome> {
  const parsed = rawPostingSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      kind: 'rejected',
      reason: `invalid posting from ${source.id}: ${issue?.path.join('.')}: ${issue?.message}`,
    };
  }
  const raw = parsed.data;
  const enrichment = enrichPosting({
    title: raw.title,
    text: raw.text,
    locationText: raw.locationText,
    remoteHint: raw.remoteHint,
  });
  if (!enrichment.isPosting) return { kind: 'rejected', reason: `${raw.externalId}: not a job posting` };
  const posting: Posting = {
    ...raw,
    id: postingId(raw),
    fingerprint: postingFingerprint(raw),
    enrichment,
    status: 'open',
    firstSeenAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
  };
  const { outcome, postingId: id } = await deps.postings.savePosting(posting);
  return outcome === 'new' ? { kind: 'new', postingId: id } : { kind: outcome };
}
