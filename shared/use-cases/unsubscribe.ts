import { verifyToken } from '../tokens/tokens';
import type { Deps } from './deps';
import { SubscriberNotFoundError } from './errors';

/** Unsubscribes a subscriber at once and idempotently; a suppressed one stays suppressed. */
export async function unsubscribeSubscriber(
  deps: Pick<Deps, 'subscribers' | 'clock'>,
  subscriberId: string,
): Promise<{ alreadyUnsubscribed: boolean }> {
  const subscriber = await deps.subscribers.getSubscriber(subscriberId);
  if (!subscriber) throw new SubscriberNotFoundError();
  if (subscriber.status === 'unsubscribed' || subscriber.status === 'suppressed') return { alreadyUnsubscribed: true };
  const updated = await deps.subscribers.updateSubscriber(subscriberId, {
    status: 'unsubscribed',
    unsubscribedAt: deps.clock().toISOString(),
  });
  if (!updated) throw new SubscriberNotFoundError();
  return { alreadyUnsubscribed: false };
}

/** Unsubscribes from a signed link, at once and idempotently; the link never expires. */
export async function unsubscribe(
  deps: Pick<Deps, 'subscribers' | 'settings' | 'clock'>,
  token: string,
): Promise<{ alreadyUnsubscribed: boolean }> {
  const { subscriberId } = verifyToken(deps.settings.tokenKey, token, 'unsubscribe', deps.clock());
  return unsubscribeSubscriber(deps, subscriberId);
}

/**
 * Checks an unsubscribe link without acting on it, for the page a GET shows: a valid link of an
 * erased subscriber is a 404 (SubscriberNotFoundError), not a button that would fail.
 */
export async function checkUnsubscribeToken(
  deps: Pick<Deps, 'subscribers' | 'settings' | 'clock'>,
  token: string,
): Promise<void> {
  const { subscriberId } = verifyToken(deps.settings.tokenKey, token, 'unsubscribe', deps.clock());
  if (!(await deps.subscribers.getSubscriber(subscriberId))) throw new SubscriberNotFoundError();
}
