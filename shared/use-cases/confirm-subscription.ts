import { matchPosting } from '../match/match-posting';
import { verifyToken } from '../tokens/tokens';
import type { Deps } from './deps';
import { SubscriberNotFoundError } from './errors';

const DAY_MS = 86_400_000;

/**
 * Confirms a sign-up from its signed link and fills the first digest with what is already there:
 * open postings of the configured sources first seen in the last `backfillDays` that match, so
 * nobody waits for the next posting to see that the service works. Confirming twice changes nothing.
 */
export async function confirmSubscription(
  deps: Pick<Deps, 'subscribers' | 'postings' | 'matches' | 'sources' | 'settings' | 'clock'>,
  token: string,
): Promise<{ alreadyConfirmed: boolean; backfilled: number }> {
  const now = deps.clock();
  const { subscriberId } = verifyToken(deps.settings.tokenKey, token, 'confirm', now);
  const subscriber = await deps.subscribers.getSubscriber(subscriberId);
  if (!subscriber) throw new SubscriberNotFoundError();
  if (subscriber.status !== 'unconfirmed') return { alreadyConfirmed: true, backfilled: 0 };

  const active = await deps.subscribers.updateSubscriber(subscriberId, {
    status: 'active',
    confirmedAt: now.toISOString(),
  });
  if (!active) throw new SubscriberNotFoundError();

  const since = new Date(now.getTime() - deps.settings.backfillDays * DAY_MS);
  const recent = await deps.postings.listPostingsSince(
    deps.sources.map((s) => s.id),
    since,
    new Date(now.getTime() + 1),
  );
  let backfilled = 0;
  for (const posting of recent) {
    const reason = matchPosting(active.criteria, posting, now);
    if (!reason) continue;
    const added = await deps.matches.addMatch({
      subscriberId,
      postingId: posting.id,
      postedAt: posting.firstSeenAt,
      matchedAt: now.toISOString(),
      reason,
    });
    if (added) backfilled++;
  }
  return { alreadyConfirmed: false, backfilled };
}
