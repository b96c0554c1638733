import { createHmac, randomUUID } from 'node:crypto';
import { listUnsubscribeHeaders } from '../email/email-headers';
import { confirmUrl, unsubscribeUrl } from '../email/links';
import { renderConfirmation } from '../email/render-confirmation';
import type { Subscriber, SubscriptionRequest } from '../subscriber/subscriber';
import type { Deps } from './deps';

/** At most this many confirmation emails to one address in 24 hours. */
export const MAX_CONFIRMATIONS_PER_DAY = 3;
/** At most this many sign-ups from one client (IP address) in one clock hour. */
export const MAX_SIGNUPS_PER_CLIENT_PER_HOUR = 20;

const DAY_MS = 86_400_000;

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

/**
 * Double opt-in sign-up. Whatever the address's history, the caller learns nothing (invariant 3):
 * the result is void. A new or unconfirmed or unsubscribed address gets a confirmation email;
 * an active or paused one is left alone, so nobody can change another person's alert without
 * their link. Over either rate limit (per address, per client) it silently sends nothing, so
 * the form cannot be used to mail-bomb a stranger and the answer gives no signal.
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
  const fresh: Subscriber = {
    id: randomUUID(),
    email,
    status: 'unconfirmed',
    ...preferences,
    createdAt: now.toISOString(),
    confirmationsSent: [now.toISOString()],
  };
  const { created, subscriber: stored } = await deps.subscribers.createSubscriber(fresh);
  let subscriber = stored;
  if (!created) {
    if (stored.status === 'active' || stored.status === 'paused' || stored.status === 'suppressed') return;
    const recent = (stored.confirmationsSent ?? []).filter((at) => now.getTime() - Date.parse(at) < DAY_MS);
    if (recent.length >= MAX_CONFIRMATIONS_PER_DAY) {
      deps.log.warn({ subscriberId: stored.id }, 'confirmation re-send limit per address reached; nothing sent');
      return;
    }
    const updated = await deps.subscribers.updateSubscriber(stored.id, {
      status: 'unconfirmed',
      ...preferences,
      confirmationsSent: [...recent, now.toISOString()],
    });
    if (!updated) return;
    subscriber = updated;
  }
  const message = renderConfirmation({
    locale: subscriber.locale,
    confirmUrl: confirmUrl(deps.settings, subscriber.id, now),
    criteria: subscriber.criteria,
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
