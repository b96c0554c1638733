import type { Logger } from '../ports/logger';
import type { Mailer } from '../ports/mailer';
import type { Metrics } from '../ports/metrics';
import type { DigestJob, JobQueue, MatchJob } from '../ports/queue';
import type { Source } from '../ports/source';
import type { MatchStore, PostingStore, SourceStateStore, SubscriberStore } from '../ports/stores';

/** Settings every use case may read; built once by the composition root. */
export interface Settings {
  siteUrl: string;
  sender: string;
  tokenKey: string;
  backfillDays: number;
  maxPostingsPerDigest: number;
  /** Where `List-Unsubscribe`'s mailto points, when the operator reads such mail. */
  unsubscribeMailto?: string;
  /** Emails per second this process's digest sender may send (its share of the SES rate); default 14. */
  sesRatePerSecond?: number;
  /** How long a digest delivery holds its subscriber's lease (default 60 s, the sender's timeout); shorter in tests. */
  digestLeaseMs?: number;
}

/** Everything a use case may touch. Each use case takes a `Pick` of exactly what it needs. */
export interface Deps {
  postings: PostingStore;
  sourceStates: SourceStateStore;
  subscribers: SubscriberStore;
  matches: MatchStore;
  mailer: Mailer;
  matchQueue: JobQueue<MatchJob>;
  digestQueue: JobQueue<DigestJob>;
  sources: Source[];
  settings: Settings;
  clock: () => Date;
  log: Logger;
  metrics: Metrics;
}

/** A configured source where none is fetched (backfill, the poll tick): its id and type. */
export type SourceRef = Pick<Source, 'id' | 'type'>;
