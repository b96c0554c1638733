import type { MatchMark } from '../ports/stores';
import type { Deps } from './deps';

/**
 * The sweep: hands the match step every "to match" mark of the source that nobody consumed (a
 * poll or a match that died, a send to the queue that failed). Run by every poll of the source
 * before it stores anything, and by the tick for a source that is backed off, so a mark waits at
 * most one poll interval. Matching is idempotent, so a mark handed over twice costs only reads.
 */
export async function requeueMatchMarks(
  deps: Pick<Deps, 'postings' | 'matchQueue'>,
  sourceId: string,
): Promise<number> {
  const marks = await deps.postings.listMatchMarks(sourceId);
  for (const mark of marks) await handOverMark(deps, mark, mark.postingIds);
  return marks.length;
}

/**
 * Sends the postings a mark names to the match step, which consumes the mark once they are
 * matched; a mark whose postings all ended up not needing it (a duplicate, a race) is consumed here.
 */
export async function handOverMark(
  deps: Pick<Deps, 'postings' | 'matchQueue'>,
  mark: Pick<MatchMark, 'sourceId' | 'markId'>,
  postingIds: string[],
): Promise<void> {
  if (postingIds.length === 0) return deps.postings.consumeMatchMark(mark);
  await deps.matchQueue.send([{ postingIds, mark: { sourceId: mark.sourceId, markId: mark.markId } }]);
}
