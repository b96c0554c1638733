import { verifyToken } from '../tokens/tokens';
import type { Deps } from './deps';
import { SubscriberNotFoundError } from './errors';

/** Unsubscribes from a signed link, at once and idempotently; the link never expires. */
export async function unsubscribe(
  deps: Pick<Deps, 'subscribers' | 'settings' | 'clock'>,
  token: string,
): Promise<{ alreadyUnsubscribed: boolean }> {
  const { subscriberId } = verifyToken(deps.settings.tokenKey, token, 'unsubscribe', deps.clock());
  const subscriber = await deps.subscribers.getSubscriber(subscriberId);
  if (!subscriber) throw new SubscriberNotFoundError();
  if (subscriber.status === 'unsubscribed' || subscriber.status === 'suppressed') return { alreadyUnsubscribed: true };
  await deps.subscribers.updateSubscriber(subscriberId, {
    status: 'unsubscribed',
    unsubscribedAt: deps.clock().toISOString(),
  });
  return { alreadyUnsubscribed: false };
}

/** Checks an unsubscribe link without acting on it, for the page a GET shows. */
export function checkUnsubscribeToken(deps: Pick<Deps, 'settings' | 'clock'>, token: string): void {
  verifyToken(deps.settings.tokenKey, token, 'unsubscribe', deps.clock());
}
