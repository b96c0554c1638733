import { createHash } from 'node:crypto';
import { crashPoint } from '../crash/crash-point';
import { warmSubscriptionIndex } from '../match/warm-subscription-index';
import type { MatchJob } from '../ports/queue';
import type { Deps } from './deps';

/**
 * Runs new postings against every active subscription (the compiled index, kept warm across
 * invocations and refreshed by the subscription counter) and records each match once. Subscribers
 * on instant delivery get a digest job right away, keyed by the batch so a retry repeats nothing.
 */
export async function matchPostings(
  deps: Pick<Deps, 'postings' | 'subscribers' | 'matches' | 'digestQueue' | 'clock'>,
  job: MatchJob,
): Promise<{ matches: number }> {
  const now = deps.clock();
  const [postings, index] = await Promise.all([
    deps.postings.getPostings(job.postingIds),
    warmSubscriptionIndex(deps.subscribers, now),
  ]);
  let matches = 0;
  const instant = new Set<string>();
  for (const posting of postings) {
    if (posting.status !== 'open') continue;
    for (const { subscriber, reason } of index.match(posting, now)) {
      const added = await deps.matches.addMatch({
        subscriberId: subscriber.id,
        postingId: posting.id,
        postedAt: posting.firstSeenAt,
        matchedAt: now.toISOString(),
        reason,
      });
      crashPoint('match.after-add-match');
      if (added) matches++;
      if (subscriber.frequency === 'instant') instant.add(subscriber.id);
    }
  }
  if (instant.size > 0) {
    const batch = createHash('sha256')
      .update([...job.postingIds].sort().join(','))
      .digest('hex')
      .slice(0, 16);
    await deps.digestQueue.send([...instant].map((subscriberId) => ({ subscriberId, digestId: `instant-${batch}` })));
  }
  return { matches };
}
