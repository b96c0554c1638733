import * as z from 'zod';
import { subscriberSchema } from './subscriber';

/**
 * One sign-up as its confirmation email showed it: the criteria and delivery it asked for, stored
 * under its own id, which its confirm link names. Confirming applies exactly this request, so a
 * later sign-up for the same pending address never changes what an earlier link confirms.
 */
export const signupRequestSchema = z.object({
  subscriberId: z.string().min(1),
  /** Random per sign-up; the confirm token carries it. */
  signupId: z.string().min(1).max(64),
  requestedAt: z.iso.datetime(),
  preferences: subscriberSchema.pick({ criteria: true, frequency: true, hour: true, timeZone: true, locale: true }),
});
export type SignupRequest = z.infer<typeof signupRequestSchema>;
