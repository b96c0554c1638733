import type { Match } from '../match/match';

/**
 * A match recorded more than this after the posting's first sighting did not come from that
 * sighting (the 15-minute poll, then matching right away): it is a backfill for a new or changed
 * subscription, or a posting matched again after reopening or changing.
 */
export const MATCHED_AS_NEW_WITHIN_MS = 60 * 60_000;

/**
 * Seconds from a posting's first sighting to the email that carried it. A posting that became
 * this subscriber's later (backfill, a re-match) counts from its match instead, since it could not
 * have been sent before: a new subscriber's first digest of month-old postings is not a delay.
 */
export function deliveryLagSeconds(match: Pick<Match, 'postedAt' | 'matchedAt'>, sentAt: Date): number {
  const seen = Date.parse(match.postedAt);
  const matched = Date.parse(match.matchedAt);
  const from = matched - seen > MATCHED_AS_NEW_WITHIN_MS ? matched : seen;
  return Math.max(0, Math.round((sentAt.getTime() - from) / 1000));
}
