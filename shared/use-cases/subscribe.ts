import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { crashPoint } from '../crash/crash-point';
import { listUnsubscribeHeaders } from '../email/email-headers';
import { confirmUrl, unsubscribeUrl } from '../email/links';
import { renderConfirmation } from '../email/render-confirmation';
import type { SubscriberStatus, SubscriptionRequest } from '../subscriber/subscriber';
import type { Deps } from './deps';

/** At most this many confirmation emails to one address in 24 hours. */
export const MAX_CONFIRMATIONS_PER_DAY = 3;
/** At most this many sign-ups from one client (IP address) in one clock hour. */
export const MAX_SIGNUPS_PER_CLIENT_PER_HOUR = 20;

/** Who asked: API Gateway's `requestContext.http.sourceIp`, when known. */
export interface SignupClient {
  ip?: string;
}

/**
 * The client's counter key: a keyed hash, so the table never holds an IP address and nobody can
 * recover one by hashing the (small) IPv4 space.
 */
export function clientKey(tokenKey: string, ip: string): string {
  return createHmac('sha256', tokenKey).update(`signup-client:${ip}`).digest('base64url').slice(0, 32);
}

/** A stored address that may get a confirmation email: not yet confirmed, or unsubscribed and back. */
const mayConfirm = (status: SubscriberStatus) => status === 'unconfirmed' || status === 'unsubscribed';

/**
 * Double opt-in sign-up. Whatever the address's history, the caller learns nothing (invariant 3):
 * the result is void. A new or unconfirmed or unsubscribed address gets a confirmation email;
 * an active or paused one is left alone, so nobody can change another person's alert without
 * their link. Over either rate limit (per address, per client) it silently sends nothing, so
 * the form cannot be used to mail-bomb a stranger and the answer gives no signal.
 *
 * Racing requests: the per-address limit is a conditional write on one of the address's
 * confirmation slots (never a read-then-write), and the profile is not rewritten at all. Each
 * sign-up's criteria are stored as a request of their own, named by the link in its email, so a
 * later sign-up never changes what an earlier link confirms. A crash after the slot is taken and
 * before SES accepts the email costs that slot and sends nothing (the client got no 202; its
 * retry is a new request under the same limit); no path sends an email without its own slot.
 */
export async function subscribe(
  deps: Pick<Deps, 'subscribers' | 'mailer' | 'settings' | 'clock' | 'log'>,
  request: SubscriptionRequest,
  client: SignupClient = {},
): Promise<void> {
  const now = deps.clock();
  if (client.ip) {
    const hourWindow = now.toISOString().slice(0, 13);
    const count = await deps.subscribers.countSignup(clientKey(deps.settings.tokenKey, client.ip), hourWindow);
    if (count > MAX_SIGNUPS_PER_CLIENT_PER_HOUR) {
      deps.log.warn({ count }, 'sign-up rate limit per client reached; nothing sent');
      return;
    }
  }
  const { email, frequency, hour, timeZone, locale, ...criteria } = request;
  const preferences = { criteria, frequency, hour, timeZone, locale };
  const { subscriber } = await deps.subscribers.createSubscriber({
    id: randomUUID(),
    email,
    status: 'unconfirmed',
    ...preferences,
    createdAt: now.toISOString(),
  });
  if (!mayConfirm(subscriber.status)) return;
  if (!(await deps.subscribers.claimConfirmationSlot(subscriber.email, MAX_CONFIRMATIONS_PER_DAY, now))) {
    deps.log.warn({ subscriberId: subscriber.id }, 'confirmation limit per address reached; nothing sent');
    return;
  }
  const signupId = randomBytes(12).toString('base64url');
  await Promise.all([
    deps.subscribers.putSignupRequest({
      subscriberId: subscriber.id,
      signupId,
      requestedAt: now.toISOString(),
      preferences,
    }),
    deps.subscribers.keepPendingSignup(subscriber, now),
  ]);
  crashPoint('signup.before-send');
  const message = renderConfirmation({
    locale,
    confirmUrl: confirmUrl(deps.settings, subscriber.id, now, signupId),
    criteria,
  });
  await deps.mailer.send({
    from: deps.settings.sender,
    to: subscriber.email,
    subject: message.subject,
    html: message.html,
    text: message.text,
    headers: listUnsubscribeHeaders(unsubscribeUrl(deps.settings, subscriber.id), deps.settings.unsubscribeMailto),
    tags: { subscriber: subscriber.id },
  });
  deps.log.info({ subscriberId: subscriber.id }, 'confirmation sent');
}
