import { randomUUID } from 'node:crypto';
import { listUnsubscribeHeaders } from '../digest/email-headers';
import { renderConfirmation } from '../digest/render-confirmation';
import type { Subscriber, SubscriptionRequest } from '../subscriber/subscriber';
import type { Deps } from './deps';
import { confirmUrl, unsubscribeUrl } from './links';

/**
 * Double opt-in sign-up. Whatever the address's history, the caller learns nothing (invariant 3):
 * the result is void. A new or unconfirmed or unsubscribed address gets a confirmation email;
 * an active one is left alone, so nobody can change another person's alert without their link.
 */
export async function subscribe(
  deps: Pick<Deps, 'subscribers' | 'mailer' | 'settings' | 'clock' | 'log'>,
  request: SubscriptionRequest,
): Promise<void> {
  const now = deps.clock();
  const { email, frequency, hour, timeZone, locale, ...criteria } = request;
  const preferences = { criteria, frequency, hour, timeZone, locale };
  const fresh: Subscriber = {
    id: randomUUID(),
    email,
    status: 'unconfirmed',
    ...preferences,
    createdAt: now.toISOString(),
  };
  const { created, subscriber: stored } = await deps.subscribers.createSubscriber(fresh);
  let subscriber = stored;
  if (!created) {
    if (stored.status === 'active' || stored.status === 'suppressed') return;
    const updated = await deps.subscribers.updateSubscriber(stored.id, { status: 'unconfirmed', ...preferences });
    if (!updated) return;
    subscriber = updated;
  }
  const message = renderConfirmation({
    confirmUrl: confirmUrl(deps.settings, subscriber.id, now),
    criteria: subscriber.criteria,
  });
  await deps.mailer.send({
    from: deps.settings.sender,
    to: subscriber.email,
    subject: message.subject,
    html: message.html,
    text: message.text,
    headers: listUnsubscribeHeaders(unsubscribeUrl(deps.settings, subscriber.id)),
    tags: { subscriber: subscriber.id },
  });
  deps.log.info({ subscriberId: subscriber.id }, 'confirmation sent');
}
