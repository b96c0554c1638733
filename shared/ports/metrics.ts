/** The CloudWatch namespace every metric of the service lands in (the dashboard and alarms read it). */
export const METRIC_NAMESPACE = 'jobalert';

export type MetricUnit = 'Count' | 'Seconds';

/**
 * Every metric the service emits, with its unit and what one data point means: one list for the
 * use cases, the EMF adapter, the dashboard and the alarms (infra/constructs/), and the docs.
 */
export const METRICS = {
  SourcePolls: { unit: 'Count', means: 'a source was due: polled, or skipped while its breaker is open' },
  PostingsFetched: { unit: 'Count', means: 'postings a poll read from its source' },
  PostingsNew: { unit: 'Count', means: 'postings stored for the first time' },
  PostingsDuplicate: { unit: 'Count', means: 'postings already stored (same source, or the same content elsewhere)' },
  PostingsRejected: { unit: 'Count', means: 'postings refused: not a posting, over the limits, unstorable' },
  SourceFailures: { unit: 'Count', means: 'polls whose fetch or store failed' },
  BreakerOpen: { unit: 'Count', means: 'polls skipped because the source is backed off after failures' },
  SourceFailingHours: {
    unit: 'Count',
    means: 'hours since a failing source last succeeded (emitted while it fails)',
  },
  PostingsMatched: { unit: 'Count', means: 'postings that matched at least one subscriber' },
  MatchesMade: { unit: 'Count', means: 'pending matches recorded (subscriber, posting)' },
  DigestsPlanned: { unit: 'Count', means: 'digest jobs the hourly tick queued' },
  DigestsSent: { unit: 'Count', means: 'digests SES accepted' },
  DigestsSkipped: { unit: 'Count', means: 'digest jobs that sent nothing (not active, already sent, nothing new)' },
  DigestLag: {
    unit: 'Seconds',
    means: 'per posting in a sent digest: from its first sighting (or its later match) to the email, by Frequency',
  },
  SesThrottles: { unit: 'Count', means: 'sends SES refused for rate (retried after a slowdown)' },
  Bounces: { unit: 'Count', means: 'bounce notifications from SES, by BounceType (hard, soft)' },
  Complaints: { unit: 'Count', means: 'complaint notifications from SES' },
} as const satisfies Record<string, { unit: MetricUnit; means: string }>;

export type MetricName = keyof typeof METRICS;

/** One unit of work's measurements, written at once. */
export interface MetricRecord {
  /**
   * Dimension name → value. Each distinct combination is a billed CloudWatch metric, so only
   * small closed sets go here (frequency, bounce type), never ids.
   */
  dimensions?: Record<string, string>;
  /** Metric → value, or several values (one per posting) in one record. */
  values: Partial<Record<MetricName, number | number[]>>;
  /** The ids that tie the record to its work (source, digest, subscriber): searchable in the logs, not metrics. */
  properties?: Record<string, string | number | boolean | string[]>;
}

/** Where use cases send what they measured; the adapter decides the format (EMF in AWS, nothing locally). */
export interface Metrics {
  emit(record: MetricRecord): void;
}
