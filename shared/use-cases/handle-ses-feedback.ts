import type { Deps } from './deps';

/** SES feedback reduced to what we act on (bounce taxonomy after listmonk). */
export interface MailFeedback {
  kind: 'hard-bounce' | 'soft-bounce' | 'complaint' | 'delivery';
  subscriberId: string;
}

/** Transient bounces in a row (no delivery between) after which an address is suppressed. */
export const SOFT_BOUNCE_LIMIT = 5;

/**
 * Suppresses a subscriber at once on a permanent bounce or a complaint; counts transient bounces
 * and suppresses at SOFT_BOUNCE_LIMIT in a row; a delivery resets the count.
 */
export async function handleSesFeedback(
  deps: Pick<Deps, 'subscribers' | 'log' | 'clock' | 'metrics'>,
  feedback: MailFeedback,
): Promise<{ suppressed: boolean }> {
  const { subscriberId } = feedback;
  if (feedback.kind === 'complaint') deps.metrics.emit({ values: { Complaints: 1 }, properties: { subscriberId } });
  else if (feedback.kind !== 'delivery') {
    deps.metrics.emit({
      dimensions: { BounceType: feedback.kind === 'hard-bounce' ? 'hard' : 'soft' },
      values: { Bounces: 1 },
      properties: { subscriberId },
    });
  }
  if (feedback.kind === 'delivery') {
    const subscriber = await deps.subscribers.getSubscriber(subscriberId);
    if (subscriber?.softBounces) await deps.subscribers.updateSubscriber(subscriberId, { softBounces: 0 });
    return { suppressed: false };
  }
  const subscriber = await deps.subscribers.getSubscriber(subscriberId);
  if (!subscriber || subscriber.status === 'suppressed') return { suppressed: false };
  const suppress = { status: 'suppressed' as const, suppressedAt: deps.clock().toISOString() };
  if (feedback.kind === 'soft-bounce') {
    const softBounces = (subscriber.softBounces ?? 0) + 1;
    deps.log.warn({ subscriberId, softBounces }, 'transient bounce');
    const over = softBounces >= SOFT_BOUNCE_LIMIT;
    const updated = await deps.subscribers.updateSubscriber(subscriberId, { softBounces, ...(over ? suppress : {}) });
    return { suppressed: over && updated !== undefined };
  }
  const updated = await deps.subscribers.updateSubscriber(subscriberId, suppress);
  return { suppressed: updated !== undefined };
}
