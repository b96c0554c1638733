import type { JobQueue } from '../ports/queue';
import { backedOffUntil } from './circuit-breaker-backoff';
import type { Deps, SourceRef } from './deps';
import { requeueMatchMarks } from './match-marks';
import type { SourceSummary } from './poll-source';
import type { PollSourceJob } from './poll-source-job';
import type { PollSummary } from './poll-sources';
import { emitSourceRun, failingSince } from './source-metrics';

// Apart from pollSources (which fetches, parses and enriches): the tick's function imports this
// file alone, so its bundle carries none of the parsers or enrichment's tables.

/** The sources a run covers: all, or those `ids` names. */
export const selectSources = <S extends SourceRef>(sources: readonly S[], ids?: string[]): readonly S[] =>
  ids ? sources.filter((s) => ids.includes(s.id)) : sources;

/**
 * The schedule tick: one message per due source to the poll workers; a source whose circuit
 * breaker is open is reported as backed off and not sent. Then it reads back the reports the
 * workers saved since the tick began: all of them when the queue delivers in process (locally),
 * those that finished in time in AWS, the rest listed as `pending`.
 */
export async function fanOutPoll(
  deps: Pick<Deps, 'sourceStates' | 'postings' | 'matchQueue' | 'clock' | 'metrics'> & {
    sources: readonly SourceRef[];
  },
  queue: JobQueue<PollSourceJob>,
  input: { sourceIds?: string[] } = {},
): Promise<PollSummary> {
  const started = deps.clock();
  const selected = selectSources(deps.sources, input.sourceIds);
  const sources: SourceSummary[] = [];
  const due: SourceRef[] = [];
  // In batches: thousands of sources read one by one would take the tick most of a minute.
  const states = await deps.sourceStates.getSourceStates(selected.map((s) => s.id));
  for (const source of selected) {
    const state = states.get(source.id);
    const until = backedOffUntil(state, started);
    if (!until) {
      due.push(source);
      continue;
    }
    // Not polled now, yet the work its last polls left (unconsumed "to match" marks) goes on.
    await requeueMatchMarks(deps, source.id);
    const skipped: SourceSummary = {
      id: source.id,
      type: source.type,
      at: started.toISOString(),
      ok: false,
      notModified: false,
      parsed: 0,
      new: 0,
      duplicate: 0,
      rejected: 0,
      errors: [`backed off until ${until} after ${state?.consecutiveFailures ?? 0} failures in a row`],
      ms: 0,
      backedOffUntil: until,
    };
    emitSourceRun(deps, skipped, failingSince(state, started), started);
    sources.push(skipped);
  }
  await queue.send(due.map((s) => ({ sourceId: s.id, runAt: started.toISOString() })));

  const pending: string[] = [];
  const reported = new Set<string>();
  const after = await deps.sourceStates.getSourceStates(due.map((s) => s.id));
  for (const source of due) {
    const lastRun = after.get(source.id)?.lastRun;
    if (lastRun && Date.parse(lastRun.at) >= started.getTime()) {
      sources.push({ id: source.id, type: source.type, ...lastRun });
      reported.add(source.id);
    } else {
      pending.push(source.id);
    }
  }
  const newPostingIds =
    reported.size === 0
      ? []
      : (await deps.postings.listPostingsSince([...reported], started, new Date(deps.clock().getTime() + 1))).map(
          (p) => p.id,
        );
  // In config order, as the sequential poll reported them.
  const order = new Map(selected.map((s, i) => [s.id, i]));
  sources.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { sources, newPostingIds, ...(pending.length > 0 ? { pending } : {}) };
}
