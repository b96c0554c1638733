import type { Match } from '../match/match';
import type { Posting } from '../posting/posting';
import type { Subscriber } from '../subscriber/subscriber';

/** Outcome of one poll of one source, kept in its state and printed by the CLI. */
export interface SourceRunReport {
  at: string;
  ok: boolean;
  notModified: boolean;
  parsed: number;
  new: number;
  duplicate: number;
  rejected: number;
  /** Why each rejected posting or the whole fetch failed, one line each. */
  errors: string[];
  ms: number;
}

export interface SourceState {
  sourceId: string;
  etag?: string;
  lastModified?: string;
  consecutiveFailures: number;
  lastRun?: SourceRunReport;
}

export type SaveOutcome =
  /** First time this posting is stored. */
  | 'new'
  /** This posting (same source, same id) was stored before; nothing changed. */
  | 'seen'
  /** Another posting with the same content was stored before (another source, a repost). */
  | 'duplicate';

export interface PostingStore {
  /** Stores a posting once: conditional writes on its id and its content fingerprint. */
  savePosting(posting: Posting): Promise<{ outcome: SaveOutcome; postingId: string }>;
  /** The stored postings with these ids; unknown ids are left out. */
  getPostings(ids: string[]): Promise<Posting[]>;
  /** Postings first seen in [since, until), through the posted-day index. */
  listPostingsSince(since: Date, until: Date): Promise<Posting[]>;
}

export interface SourceStateStore {
  getSourceState(sourceId: string): Promise<SourceState | undefined>;
  putSourceState(state: SourceState): Promise<void>;
}

export interface SubscriberStore {
  /**
   * Creates the subscriber unless its email is already known (a conditional put on the email
   * lookup item); then returns the one stored before and `created: false`.
   */
  createSubscriber(subscriber: Subscriber): Promise<{ created: boolean; subscriber: Subscriber }>;
  getSubscriber(id: string): Promise<Subscriber | undefined>;
  /** Applies the patch to a stored subscriber; undefined when there is none with this id. */
  updateSubscriber(id: string, patch: Partial<Omit<Subscriber, 'id' | 'email'>>): Promise<Subscriber | undefined>;
  listActiveSubscribers(): Promise<Subscriber[]>;
}

/** A digest being sent, keyed by a deterministic id so a retry resumes it instead of repeating it. */
export interface DigestRecord {
  subscriberId: string;
  digestId: string;
  status: 'sending' | 'sent';
  postingIds: string[];
  at: string;
  messageId?: string;
}

export type ClaimOutcome = 'claimed' | 'ours' | 'taken';

export interface MatchStore {
  /** Records a pending match; false when the same (subscriber, posting) was recorded before. */
  addMatch(match: Match): Promise<boolean>;
  listMatches(subscriberId: string): Promise<Match[]>;
  removeMatches(subscriberId: string, postingIds: string[]): Promise<void>;
  /**
   * The at-most-once guard: claims (subscriber, posting) for a digest. 'claimed' the first time,
   * 'ours' when this same digest claimed it before (a retry), 'taken' when another digest did.
   */
  claimSent(subscriberId: string, postingId: string, digestId: string): Promise<ClaimOutcome>;
  getDigest(subscriberId: string, digestId: string): Promise<DigestRecord | undefined>;
  putDigest(record: DigestRecord): Promise<void>;
}
