import { pendingMatch } from '../match/match';
import { matchPosting } from '../match/match-posting';
import type { Subscriber } from '../subscriber/subscriber';
import type { Deps, SourceRef } from './deps';

const DAY_MS = 86_400_000;

/**
 * Fills a subscriber's next digest with what is already there: open postings of the configured
 * sources first seen in the last `backfillDays` that match their criteria now. Used when a sign-up
 * is confirmed and when the criteria change; a match recorded before is not recorded again, and a
 * posting already sent stays sent (its claim). Returns how many matches were added.
 */
export async function backfillMatches(
  deps: Pick<Deps, 'postings' | 'matches' | 'settings'> & { sources: readonly SourceRef[] },
  subscriber: Pick<Subscriber, 'id' | 'criteria'>,
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - deps.settings.backfillDays * DAY_MS);
  const recent = await deps.postings.listPostingsSince(
    deps.sources.map((s) => s.id),
    since,
    new Date(now.getTime() + 1),
  );
  let backfilled = 0;
  for (const posting of recent) {
    const reason = matchPosting(subscriber.criteria, posting, now);
    if (!reason) continue;
    const added = await deps.matches.addMatch(pendingMatch(subscriber.id, posting, reason, now));
    if (added) backfilled++;
  }
  return backfilled;
}
