import { ttlDays } from '../shared/adapters/dynamo/keys';

/** Assumptions of the monthly cost model (documented in docs/benchmarks.md beside the figures). */
export const costModel = {
  subscribers: 10_000,
  newPostingsPerDay: 500,
  matchesPerSubscriberPerDay: 3,
  digestsPerSubscriberPerMonth: 30,
  daysPerMonth: 30,
  /** How long a posting stays open; closed ones are kept `ttlDays.closedPosting` more. */
  postingDaysOpen: 30,
  /** The 15-minute schedule, every fetch a full one (a 304 would read nothing). */
  fullPollsPerDay: 96,
  /** Sent markers are kept 400 days (their TTL); pending matches until sent. */
  sentMarkerDaysKept: 400,
  usdPerMillionWrites: 0.625,
  usdPerMillionReads: 0.125,
  usdPerGbMonth: 0.25,
} as const;

export interface DynamoFigures {
  wcuPerPosting: number;
  wcuPerMatch: number;
  rcuPerDigest: number;
  usdPer10kSubscribersPerMonth: number;
  /** Further measured units the cost model uses. */
  detail: {
    rcuPerPosting: number;
    /** Read units per posting a full poll lists again: its source's partition, read once. */
    rcuPerRepolledPosting: number;
    wcuPerDigest: number;
    postingsSaved: number;
    matches: number;
    digests: number;
    postingsPerDigest: number;
    storedBytesPerPosting: number;
  };
}

/** Monthly on-demand cost of `costModel.subscribers` subscribers from measured units per operation. */
export function monthlyCost(f: Omit<DynamoFigures, 'usdPer10kSubscribersPerMonth'>): number {
  const m = costModel;
  const postings = m.newPostingsPerDay * m.daysPerMonth;
  const matches = m.subscribers * m.matchesPerSubscriberPerDay * m.daysPerMonth;
  const digests = m.subscribers * m.digestsPerSubscriberPerMonth;
  const writes = postings * f.wcuPerPosting + matches * f.wcuPerMatch + digests * f.detail.wcuPerDigest;
  // Every full poll reads its source's partition: the open postings and the closed ones kept.
  const postingsKept = m.newPostingsPerDay * (m.postingDaysOpen + ttlDays.closedPosting);
  const pollReads = m.fullPollsPerDay * m.daysPerMonth * postingsKept * f.detail.rcuPerRepolledPosting;
  const reads = postings * f.detail.rcuPerPosting + digests * f.rcuPerDigest + pollReads;
  // Storage: postings kept, plus one ~150-byte sent marker per match kept 400 days (+100 bytes of
  // DynamoDB's per-item overhead each).
  const bytes =
    postingsKept * (f.detail.storedBytesPerPosting + 100) +
    m.subscribers * m.matchesPerSubscriberPerDay * m.sentMarkerDaysKept * 250;
  return (
    (writes / 1e6) * m.usdPerMillionWrites + (reads / 1e6) * m.usdPerMillionReads + (bytes / 1e9) * m.usdPerGbMonth
  );
}
