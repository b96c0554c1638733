import { verifyToken } from '../tokens/tokens';
import { backfillMatches } from './backfill-matches';
import type { Deps } from './deps';
import { SubscriberNotFoundError } from './errors';

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

  const backfilled = await backfillMatches(deps, active, now);
  return { alreadyConfirmed: false, backfilled };
}
