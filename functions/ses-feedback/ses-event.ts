import * as z from 'zod';
import type { MailFeedback } from '../../shared/use-cases/handle-ses-feedback';

/** An SES event-publishing record as SNS delivers it (only the fields we act on). */
export const sesEventSchema = z.object({
  eventType: z.string(),
  mail: z.object({ tags: z.record(z.string(), z.array(z.string())).default({}) }),
  bounce: z.object({ bounceType: z.string() }).optional(),
});
export type SesEvent = z.infer<typeof sesEventSchema>;

/** The feedback an SES event carries, or null for events we don't act on (send, open, click…). */
export function toMailFeedback(event: SesEvent): MailFeedback | null {
  const subscriberId = event.mail.tags.subscriber?.[0];
  if (!subscriberId) return null;
  if (event.eventType === 'Complaint') return { kind: 'complaint', subscriberId };
  // A delivery ends a run of transient bounces.
  if (event.eventType === 'Delivery') return { kind: 'delivery', subscriberId };
  if (event.eventType === 'Bounce') {
    return { kind: event.bounce?.bounceType === 'Permanent' ? 'hard-bounce' : 'soft-bounce', subscriberId };
  }
  return null;
}
