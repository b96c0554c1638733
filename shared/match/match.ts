import * as z from 'zod';

/** Why a posting matched a subscriber, in the terms the digest shows them. */
export const matchReasonSchema = z.object({
  /** Languages the subscriber speaks that the posting requires (or implies: see impliedLanguage). */
  languages: z.array(z.string()),
  /**
   * Set when the posting states no language and matched on the one its ad is written in (then
   * `languages` holds just it). Absent in reasons stored before it existed: null.
   */
  impliedLanguage: z.string().nullable().default(null),
  /** The subscriber's countries the job is in. */
  countries: z.array(z.string()),
  /** Set when it matched as a remote job open to one of the subscriber's countries. */
  remoteRegion: z.string().nullable(),
  /** The subscriber's keywords found in the posting. */
  keywords: z.array(z.string()),
});
export type MatchReason = z.infer<typeof matchReasonSchema>;

/** A pending match: what the subscriber's next digest holds. */
export const matchSchema = z.object({
  subscriberId: z.string(),
  postingId: z.string(),
  /** The posting's firstSeenAt; orders the digest. */
  postedAt: z.iso.datetime(),
  matchedAt: z.iso.datetime(),
  reason: matchReasonSchema,
});
export type Match = z.infer<typeof matchSchema>;

/** The pending match of a posting for a subscriber, recorded now for this reason. */
export function pendingMatch(
  subscriberId: string,
  posting: { id: string; firstSeenAt: string },
  reason: MatchReason,
  now: Date,
): Match {
  return { subscriberId, postingId: posting.id, postedAt: posting.firstSeenAt, matchedAt: now.toISOString(), reason };
}
