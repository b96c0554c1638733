import type { Deps } from './deps';
import { selectSources } from './fan-out-poll';
import { type PollSourceDeps, type PollSourceOptions, pollSource, type SourceSummary } from './poll-source';

export type { SourceSummary } from './poll-source';

export interface PollSummary {
  sources: SourceSummary[];
  newPostingIds: string[];
  /** Sources handed to the poll workers whose report was not in yet when the tick returned. */
  pending?: string[];
}

/**
 * Polls each source once, one after the other in this process (see pollSource). A failing
 * source is reported and counted; the others go on.
 */
export async function pollSources(
  deps: PollSourceDeps & Pick<Deps, 'sources'>,
  input: { sourceIds?: string[] } = {},
  options: PollSourceOptions = {},
): Promise<PollSummary> {
  const summaries: SourceSummary[] = [];
  const newPostingIds: string[] = [];
  for (const source of selectSources(deps.sources, input.sourceIds)) {
    const { summary, newPostingIds: ids } = await pollSource(deps, source, options);
    summaries.push(summary);
    newPostingIds.push(...ids);
  }
  return { sources: summaries, newPostingIds };
}
