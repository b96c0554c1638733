import type { Deps } from './deps';

/** SES feedback reduced to what we act on (bounce taxonomy after listmonk). */
export interface MailFeedback {
  kind: 'hard-bounce' | 'soft-bounce' | 'complaint';
  subscriberId: string;
}

/**
 * Suppresses a subscriber at once on a permanent bounce or a complaint; a soft bounce is only
 * logged (counting them is the subscribers issue's work).
 */
export async function handleSesFeedback(
  deps: Pick<Deps, 'subscribers' | 'log'>,
  feedback: MailFeedback,
): Promise<{ suppressed: boolean }> {
  if (feedback.kind === 'soft-bounce') {
    deps.log.warn({ subscriberId: feedback.subscriberId }, 'transient bounce');
    return { suppressed: false };
  }
  const updated = await deps.subscribers.updateSubscriber(feedback.subscriberId, { status: 'suppressed' });
  return { suppressed: updated !== undefined };
}
