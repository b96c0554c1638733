import { createHash } from 'node:crypto';
import { crashPoint } from '../crash/crash-point';
import { pendingMatch } from '../match/match';
import { warmSubscriptionIndex } from '../match/warm-subscription-index';
import type { MatchJob } from '../ports/queue';
import type { Deps } from './deps';

/**
 * Runs new postings against every active subscription (the compiled index, kept warm across
 * invocations and refreshed by the subscription counter) and records each match once, then
 * consumes the job's "to match" mark. Ids of no stored posting (a mark may name some) are left out. Subscribers
 * on instant delivery get a digest job right away, keyed by the batch so a retry repeats nothing.
 */
export async function matchPostings(
  deps: Pick<Deps, 'postings' | 'subscribers' | 'matches' | 'digestQueue' | 'clock' | 'metrics'>,
  job: MatchJob,
): Promise<{ matches: number }> {
  const now = deps.clock();
  const [postings, index] = await Promise.all([
    deps.postings.getPostings(job.postingIds),
    warmSubscriptionIndex(deps.subscribers, now),
  ]);
  let matches = 0;
  const matched: string[] = [];
  const instant = new Set<string>();
  for (const posting of postings) {
    if (posting.status !== 'open') continue;
    const before = matches;
    for (const { subscriber, reason } of index.match(posting, now)) {
      const added = await deps.matches.addMatch(pendingMatch(subscriber.id, posting, reason, now));
      if (added) matches++;
      crashPoint('match.after-add-match');
      if (subscriber.frequency === 'instant') instant.add(subscriber.id);
    }
    if (matches > before) matched.push(posting.id);
  }
  // Every match of these postings is recorded: the poll's "to match" mark is done. A crash before
  // this leaves it, and the next poll of its source hands it over again (addMatch is conditional).
  if (job.mark) await deps.postings.consumeMatchMark(job.mark);
  if (instant.size > 0) {
    const batch = createHash('sha256')
      .update([...job.postingIds].sort().join(','))
      .digest('hex')
      .slice(0, 16);
    await deps.digestQueue.send([...instant].map((subscriberId) => ({ subscriberId, digestId: `instant-${batch}` })));
  }
  deps.metrics.emit({
    values: { PostingsMatched: matched.length, MatchesMade: matches },
    properties: { postings: job.postingIds.length, matchedPostingIds: matched },
  });
  return { matches };
}
