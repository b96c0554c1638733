import type { Match } from '../match/match';
import type { Posting } from '../posting/posting';
import type { SignupRequest } from '../subscriber/signup-request';
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
  /** Postings stored before whose content changed (updated in place, not mailed again). */
  updated?: number;
  /** Postings this full fetch no longer listed, now closed. */
  closed?: number;
  /** Set when the circuit breaker skipped this run: the source is not polled before then. */
  backedOffUntil?: string;
}

export interface SourceState {
  sourceId: string;
  etag?: string;
  lastModified?: string;
  /** An incremental source's position in its feed (see `FetchResult.cursor`). */
  cursor?: string;
  consecutiveFailures: number;
  /** Circuit breaker: after too many failures in a row the source is not polled before this instant. */
  backoffUntil?: string;
  /** The first failure of the current run of failures (absent after a success): how long it has been failing. */
  failingSince?: string;
  lastRun?: SourceRunReport;
}

export type SaveOutcome =
  /** First time this posting is stored. */
  | 'new'
  /** This posting (same source, same id) was stored before; nothing changed. */
  | 'seen'
  /** Another posting with the same content was stored before (another source, a repost). */
  | 'duplicate'
  /** This posting was stored before and its content changed (or it was closed and is listed again). */
  | 'updated';

export interface PostingStore extends MatchWorkStore {
  /**
   * Stores a posting once: conditional writes on its id, and a check of its content fingerprint,
   * its address and near-duplicates against the latest stored postings with the same title. A
   * posting stored before is rewritten only when its content changed. `known`: the posting as
   * listSourcePostings returned it, which spares reading it again.
   */
  savePosting(
    posting: Posting,
    known?: Posting,
  ): Promise<{ outcome: SaveOutcome; postingId: string; firstSeenAt?: string }>;
  /** The source's stored postings, open and closed, keyed by the id a poll names each one with. */
  listSourcePostings(sourceId: string): Promise<Map<string, Posting>>;
  /** Ids of the source's postings that are open (stored by it and not closed). */
  listOpenPostingIds(sourceId: string): Promise<string[]>;
  /** Marks these postings of the source closed at `at`; returns how many were open. */
  closePostings(sourceId: string, postingIds: string[], at: Date): Promise<number>;
  /** The stored postings with these ids; unknown ids are left out. */
  getPostings(ids: string[]): Promise<Posting[]>;
  /** Open postings of these sources first seen in [since, until), oldest first. */
  listPostingsSince(sourceIds: string[], since: Date, until: Date): Promise<Posting[]>;
}

// Matching work that survives a crash, and postings carried by another source's copy.

/**
 * A durable "to match" mark: the postings one poll attempt is about to store as new, reopened or
 * changed in a way that matters, written in the polling source's partition before them and
 * consumed by the match step once all their matches are recorded. A mark nobody consumed (the
 * process died) is re-queued by the next poll of that source. It may name ids that end up not
 * stored (a duplicate, a crash before the write): matching leaves those out.
 */
export interface MatchMark {
  sourceId: string;
  markId: string;
  postingIds: string[];
  /** When the poll attempt that wrote it began. */
  at: string;
}

/** What a carry of another source's posting did: kept it open, found it closed, or found no such posting. */
export type CarryOutcome = 'carried' | 'closed' | 'missing';

export interface MatchWorkStore {
  /** Writes a mark (before the postings it names are stored). */
  putMatchMark(mark: MatchMark): Promise<void>;
  /** The marks in a source's partition nobody has consumed yet. */
  listMatchMarks(sourceId: string): Promise<MatchMark[]>;
  /** Deletes a mark: every posting it names has its matches recorded. */
  consumeMatchMark(mark: Pick<MatchMark, 'sourceId' | 'markId'>): Promise<void>;
  /** The copies a source lists that are stored as another posting: listed id → the posting it keeps open. */
  listCarried(sourceId: string): Promise<Map<string, string>>;
  /**
   * Records that the copy `listedId` (of its source) carries `postingId`, which stays open while any
   * carrier lists it. 'closed' when the posting is closed and `reopen` is false (nothing written),
   * 'missing' when there is no such posting; with `reopen` a closed posting is opened again.
   */
  carryPosting(listedId: string, postingId: string, options: { reopen: boolean }): Promise<CarryOutcome>;
  /**
   * The copy `listedId` is no longer listed: it stops carrying `postingId`, which closes at `at`
   * when no carrier is left and its own source no longer lists it. True when it closed.
   */
  dropCarry(listedId: string, postingId: string, at: Date): Promise<boolean>;
}

export interface SourceStateStore {
  getSourceState(sourceId: string): Promise<SourceState | undefined>;
  /** The states of these sources, by id; a source never polled is not in it. */
  getSourceStates(sourceIds: string[]): Promise<Map<string, SourceState>>;
  putSourceState(state: SourceState): Promise<void>;
}

/** What the digest planner reads of a subscriber to decide whether their digest is due. */
export type DueSubscriber = Pick<Subscriber, 'id' | 'frequency' | 'hour' | 'timeZone'>;

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
  /**
   * The active daily / weekly subscribers who can be due at this UTC hour (0–23), through the
   * due-hour index instead of every active subscriber; the caller decides who is due. Optional:
   * without it the planner reads every active subscriber.
   */
  listDueCandidates?(utcHour: number): Promise<DueSubscriber[]>;
  /**
   * The subscription change counter (bumped whenever a subscriber's criteria, status or delivery
   * may have changed) and, when its log still reaches back to `since`, the ids changed after it.
   * `changed` is absent when the caller must reload everything. Optional: without it a matcher
   * reloads on every run.
   */
  subscriptionChanges?(since?: number): Promise<{ version: number; changed?: string[] }>;
  /**
   * Removes the profile, the email lookup and every item of the subscriber's partition (matches,
   * sent markers, digests, feedback). False when there was no such subscriber.
   */
  eraseSubscriber(id: string): Promise<boolean>;
  /** Adds one sign-up to a client's counter for a window (atomic) and returns the new count. */
  countSignup(clientKey: string, window: string): Promise<number>;

  // Sign-up without races.
  /**
   * Takes one of the address's `limit` confirmation-email slots for 24 hours from `now`, by a
   * conditional write (no read decides): true when one was free, false when all are taken.
   */
  claimConfirmationSlot(email: string, limit: number, now: Date): Promise<boolean>;
  /** Stores one sign-up request under its own id: what its confirmation email showed. */
  putSignupRequest(request: SignupRequest): Promise<void>;
  /**
   * Keeps a pending (unconfirmed) sign-up's profile and email lookup a week from `now`, so they
   * outlive the link just sent; leaves a confirmed subscriber's items alone, even when racing.
   */
  keepPendingSignup(subscriber: Pick<Subscriber, 'id' | 'email'>, now: Date): Promise<void>;
  /** The sign-up request a confirm link names; undefined when it is gone. */
  getSignupRequest(subscriberId: string, signupId: string): Promise<SignupRequest | undefined>;
}

/** One posting's "not relevant" clicks, for the operator's report. */
export interface NotRelevantCount {
  postingId: string;
  count: number;
  lastAt: string;
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

/** A claim's outcome; 'taken' names the digest that holds the posting. */
export type Claim = { outcome: 'claimed' | 'ours' } | { outcome: 'taken'; by: string };

/** 'leased': the caller may work on the digest until the lease ends; 'held': a live lease is another's. */
export type LeaseOutcome = 'leased' | 'held';

/** What names one pending match: its subscriber, posting and the posting's postedAt. */
export type MatchKeyFields = Pick<Match, 'subscriberId' | 'postingId' | 'postedAt'>;

export interface MatchStore {
  /** Records a pending match; false when the same (subscriber, posting) was recorded before. */
  addMatch(match: Match): Promise<boolean>;
  listMatches(subscriberId: string): Promise<Match[]>;
  /** Drops these pending matches, by the key fields listMatches returned (no read first). */
  removeMatches(matches: MatchKeyFields[]): Promise<void>;
  /**
   * The at-most-once guard: claims (subscriber, posting) for a digest. 'claimed' the first time,
   * 'ours' when this same digest claimed it before (a retry), 'taken' when another digest did.
   */
  claimSent(subscriberId: string, postingId: string, digestId: string): Promise<ClaimOutcome>;
  getDigest(subscriberId: string, digestId: string): Promise<DigestRecord | undefined>;
  putDigest(record: DigestRecord): Promise<void>;
  /**
   * Takes the subscriber's digest lease for `owner` (working on `digestId`) until `until`, unless
   * another owner holds a lease that is still live at `now`, or the subscriber was erased (erase
   * leaves the lease key a tombstone): one delivery per subscriber at a time, so a delivery may
   * finish another digest's claims. Optional: without it concurrent duplicates rely on the sent
   * markers alone.
   */
  leaseDigest?(subscriberId: string, digestId: string, owner: string, now: Date, until: Date): Promise<LeaseOutcome>;
  /** Gives the lease back, so a redelivery or the subscriber's next digest need not wait for it to end. */
  releaseDigest?(subscriberId: string, digestId: string, owner: string): Promise<void>;
  // Claims that can be finished: a claim names its digest, and a digest that did not go
  // out leaves its claims to the next delivery for the subscriber, which takes them over.
  /**
   * claimSent, saying which digest holds the claim when it is 'taken', so that the caller can
   * tell a claim of a sent digest (drop the match) from one of a digest that never went out (adopt it).
   */
  claimPosting(subscriberId: string, postingId: string, digestId: string): Promise<Claim>;
  /** Moves a claim from digest `from` to `to` (a conditional write on `from`); false when `from` no longer holds it. */
  adoptClaim(subscriberId: string, postingId: string, from: string, to: string): Promise<boolean>;
  /** Gives back this digest's claims on these postings (a claim another digest holds is left alone). */
  releaseClaims(subscriberId: string, postingIds: string[], digestId: string): Promise<void>;
  /**
   * Records a digest as sent, only over its own "sending" record: false when that is gone (the
   * subscriber was erased meanwhile), and then nothing is written.
   */
  markDigestSent(record: DigestRecord): Promise<boolean>;
  /** Removes this digest's record unless it is sent (a delivery undoing what it wrote for an erased subscriber). */
  dropUnsentDigest(subscriberId: string, digestId: string): Promise<void>;
  /** Records a subscriber's "not relevant" click once; true the first time (then it is counted). */
  recordNotRelevant(subscriberId: string, postingId: string, at: Date): Promise<boolean>;
  /** The postings most often called not relevant, most first. */
  listNotRelevantCounts(limit: number): Promise<NotRelevantCount[]>;
}
