import { crashPoint } from '../crash/crash-point';
import type { SignupRequest } from '../subscriber/signup-request';
import type { Subscriber } from '../subscriber/subscriber';
import { verifyToken } from '../tokens/tokens';
import { backfillMatches } from './backfill-matches';
import type { Deps, SourceRef } from './deps';
import { SubscriberNotFoundError } from './errors';

type ConfirmDeps = Pick<Deps, 'subscribers' | 'postings' | 'matches' | 'settings' | 'clock' | 'digestQueue'> & {
  sources: readonly SourceRef[];
};

/** The id of the digest that carries an instant subscriber's backfill: one per confirmed sign-up. */
export function backfillDigestId(subscriber: Pick<Subscriber, 'id'>, signupId: string | undefined): string {
  return `confirm-${signupId ?? subscriber.id}`;
}

/**
 * Whether this link may make the subscriber active: an unconfirmed one, or one who unsubscribed
 * and then signed up again with the request this link names.
 */
function confirmable(subscriber: Subscriber, request: SignupRequest | undefined): boolean {
  if (subscriber.status === 'unconfirmed') return true;
  if (subscriber.status !== 'unsubscribed' || !request) return false;
  return request.requestedAt > (subscriber.unsubscribedAt ?? '');
}

/**
 * Confirms a sign-up from its signed link: the subscriber becomes active with exactly the
 * criteria and delivery of the sign-up request the link names (what its email showed), and the
 * first digest is filled with what is already there: open postings of the configured sources
 * first seen in the last `backfillDays` that match, so nobody waits for the next posting to see
 * that the service works. An instant subscriber's digest is queued at once, under an id fixed by
 * the sign-up, so a second click (or a retry after a crash between the steps) matches and queues
 * the same digest again and the sender sends it at most once. Links made before sign-up
 * requests existed name none and confirm the profile as stored.
 */
export async function confirmSubscription(
  deps: ConfirmDeps,
  token: string,
): Promise<{ alreadyConfirmed: boolean; backfilled: number }> {
  const now = deps.clock();
  const { subscriberId, signupId } = verifyToken(deps.settings.tokenKey, token, 'confirm', now);
  const [subscriber, request] = await Promise.all([
    deps.subscribers.getSubscriber(subscriberId),
    signupId === undefined ? undefined : deps.subscribers.getSignupRequest(subscriberId, signupId),
  ]);
  if (!subscriber) throw new SubscriberNotFoundError();
  if (subscriber.status === 'active' && signupId !== undefined && subscriber.confirmedSignup === signupId) {
    // This link made them active: finish what that click may not have (a crash, a double click).
    return { alreadyConfirmed: true, backfilled: await backfill(deps, subscriber, signupId, now) };
  }
  if (signupId !== undefined && !request) {
    // The link's sign-up is gone: erased, or long past (the link itself expires first).
    if (subscriber.status === 'unconfirmed') throw new SubscriberNotFoundError();
    return { alreadyConfirmed: true, backfilled: 0 };
  }
  if (!confirmable(subscriber, request)) return { alreadyConfirmed: true, backfilled: 0 };

  const active = await deps.subscribers.updateSubscriber(subscriberId, {
    status: 'active',
    confirmedAt: now.toISOString(),
    ...(request ? { ...request.preferences, confirmedSignup: request.signupId, unsubscribedAt: undefined } : {}),
  });
  if (!active) throw new SubscriberNotFoundError();
  crashPoint('confirm.after-activate');
  return { alreadyConfirmed: false, backfilled: await backfill(deps, active, signupId, now) };
}

/**
 * Records the backfill matches (each once) and, for an instant subscriber, queues the digest that
 * carries them. Both steps repeat safely: a match is one item per (subscriber, posting), the
 * digest id is fixed by the sign-up, and a sent posting is never sent again (its SENT marker).
 */
async function backfill(deps: ConfirmDeps, subscriber: Subscriber, signupId: string | undefined, now: Date) {
  const backfilled = await backfillMatches(deps, subscriber, now);
  if (subscriber.frequency === 'instant') {
    await deps.digestQueue.send([{ subscriberId: subscriber.id, digestId: backfillDigestId(subscriber, signupId) }]);
  }
  return backfilled;
}
