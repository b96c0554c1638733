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
  /**
   * One national feed (NAV's or JobTech's size: Jobsuche's is fifty times larger) followed as one
   * source, polled on the same schedule: `changesPerDay` entries a day (new, changed or removed),
   * of which `newPerDay` are new ads.
   */
  nationalFeed: { openAds: 25_000, changesPerDay: 4_000, newPerDay: 1_500 },
  usdPerMillionWrites: 0.625,
  usdPerMillionReads: 0.125,
  usdPerGbMonth: 0.25,
} as const;

export interface DynamoFigures {
  wcuPerPosting: number;
  wcuPerMatch: number;
  rcuPerDigest: number;
  usdPer10kSubscribersPerMonth: number;
  /** One national feed's monthly DynamoDB cost ({@link nationalFeedMonthlyCost}). */
  nationalFeedUsdPerMonth: { fullReads: number; incrementalReads: number; writes: number };
  /** Further measured units the cost model uses. */
  detail: {
    rcuPerPosting: number;
    /** Read units per posting a full poll lists again: its source's partition, read once. */
    rcuPerRepolledPosting: number;
    /** Read units per posting an incremental poll names (a changed or removed entry): one batch read. */
    rcuPerNamedPosting: number;
    wcuPerDigest: number;
    postingsSaved: number;
    matches: number;
    digests: number;
    postingsPerDigest: number;
    storedBytesPerPosting: number;
  };
}

/** The measured units the prices are applied to. */
type MeasuredUnits = Omit<DynamoFigures, 'usdPer10kSubscribersPerMonth' | 'nationalFeedUsdPerMonth'>;

/** Monthly on-demand cost of `costModel.subscribers` subscribers from measured units per operation. */
export function monthlyCost(f: MeasuredUnits): number {
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

/** What following one national feed costs a month in DynamoDB, read as a full listing each poll or incrementally. */
export interface NationalFeedCost {
  /** Every poll a full read: the source's partition (open and closed kept) read each time. */
  fullReadsUsd: number;
  /** A first full read, then only the changes since the cursor: each change read once by id. */
  incrementalReadsUsd: number;
  /** The new ads' writes, the same either way. */
  writesUsd: number;
}

export function nationalFeedMonthlyCost(f: MeasuredUnits): NationalFeedCost {
  const m = costModel;
  const feed = m.nationalFeed;
  const kept = feed.openAds * (1 + ttlDays.closedPosting / m.postingDaysOpen);
  const fullReads = m.fullPollsPerDay * m.daysPerMonth * kept * f.detail.rcuPerRepolledPosting;
  // The first full read once, then every change named once (a change read again after a crash is noise).
  const incrementalReads =
    feed.openAds * f.detail.rcuPerRepolledPosting + feed.changesPerDay * m.daysPerMonth * f.detail.rcuPerNamedPosting;
  const writes = feed.newPerDay * m.daysPerMonth * f.wcuPerPosting;
  const usd = (units: number, perMillion: number) => (units / 1e6) * perMillion;
  return {
    fullReadsUsd: usd(fullReads, m.usdPerMillionReads),
    incrementalReadsUsd: usd(incrementalReads, m.usdPerMillionReads),
    writesUsd: usd(writes, m.usdPerMillionWrites),
  };
}
