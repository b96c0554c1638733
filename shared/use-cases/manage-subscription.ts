import type { Preferences, Subscriber } from '../subscriber/subscriber';
import { verifyToken } from '../tokens/tokens';
import { backfillMatches } from './backfill-matches';
import type { Deps, SourceRef } from './deps';
import { SubscriberNotFoundError } from './errors';
import { unsubscribeSubscriber } from './unsubscribe';

type ManageDeps = Pick<Deps, 'subscribers' | 'settings' | 'clock'>;

/** The subscriber a preference-centre link belongs to; 404 (SubscriberNotFoundError) once erased. */
export async function subscriberFromManageToken(deps: ManageDeps, token: string): Promise<Subscriber> {
  const { subscriberId } = verifyToken(deps.settings.tokenKey, token, 'manage', deps.clock());
  const subscriber = await deps.subscribers.getSubscriber(subscriberId);
  if (!subscriber) throw new SubscriberNotFoundError();
  return subscriber;
}

async function patch(deps: ManageDeps, id: string, change: Parameters<Deps['subscribers']['updateSubscriber']>[1]) {
  const updated = await deps.subscribers.updateSubscriber(id, change);
  if (!updated) throw new SubscriberNotFoundError();
  return updated;
}

/**
 * Replaces the criteria and delivery settings with already-validated ones; status is kept. New
 * criteria take effect at once: the pending matches are checked against them when the digest is
 * sent, and what now matches among the recent postings is backfilled as at sign-up (a paused
 * subscriber's too, for after the resume).
 */
export async function updatePreferences(
  deps: ManageDeps & Pick<Deps, 'postings' | 'matches'> & { sources: readonly SourceRef[] },
  token: string,
  preferences: Preferences,
): Promise<Subscriber> {
  const subscriber = await subscriberFromManageToken(deps, token);
  const { frequency, hour, timeZone, locale, ...criteria } = preferences;
  const updated = await patch(deps, subscriber.id, { criteria, frequency, hour, timeZone, locale });
  const changed = JSON.stringify(updated.criteria) !== JSON.stringify(subscriber.criteria);
  if (changed && (updated.status === 'active' || updated.status === 'paused')) {
    await backfillMatches(deps, updated, deps.clock());
  }
  return updated;
}

/** Stops digests until resumed; only an active alert can be paused (twice changes nothing). */
export async function pauseSubscription(deps: ManageDeps, token: string): Promise<Subscriber> {
  const subscriber = await subscriberFromManageToken(deps, token);
  if (subscriber.status !== 'active') return subscriber;
  return patch(deps, subscriber.id, { status: 'paused', pausedAt: deps.clock().toISOString() });
}

/** Restarts a paused alert; anything else (unsubscribed, suppressed) is left as it is. */
export async function resumeSubscription(deps: ManageDeps, token: string): Promise<Subscriber> {
  const subscriber = await subscriberFromManageToken(deps, token);
  if (subscriber.status !== 'paused') return subscriber;
  return patch(deps, subscriber.id, { status: 'active', pausedAt: undefined });
}

/** Unsubscribes from the preference centre, as the unsubscribe link does. */
export async function unsubscribeFromPreferences(deps: ManageDeps, token: string): Promise<void> {
  const subscriber = await subscriberFromManageToken(deps, token);
  await unsubscribeSubscriber(deps, subscriber.id);
}

/**
 * Erases everything stored about the subscriber: profile, email lookup, matches, sent markers,
 * digests and feedback. Their links then answer 404; a replayed erase too.
 */
export async function eraseSubscriberData(deps: ManageDeps, token: string): Promise<void> {
  const subscriber = await subscriberFromManageToken(deps, token);
  if (!(await deps.subscribers.eraseSubscriber(subscriber.id))) throw new SubscriberNotFoundError();
}
