import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Match } from '../../match/match';
import type {
  CarryOutcome,
  Claim,
  ClaimOutcome,
  DigestRecord,
  DueSubscriber,
  LeaseOutcome,
  MatchKeyFields,
  MatchMark,
  MatchStore,
  NotRelevantCount,
  PostingStore,
  SaveOutcome,
  SourceState,
  SourceStateStore,
  SubscriberStore,
} from '../../ports/stores';
import type { Posting } from '../../posting/posting';
import type { SignupRequest } from '../../subscriber/signup-request';
import type { Subscriber } from '../../subscriber/subscriber';
import * as claims from './digest-claim-items';
import * as leases from './digest-lease-items';
import * as dueHours from './due-hour-items';
import { createDynamoClients, type DynamoEndpointOptions } from './dynamo-clients';
import type { DynamoContext } from './dynamo-context';
import * as erase from './erase-subscriber-items';
import * as feedback from './feedback-items';
import * as matches from './match-items';
import * as matchWork from './match-work-items';
import * as postings from './posting-items';
import { refuseUnstorable } from './refuse-unstorable';
import * as signups from './signup-counter-items';
import * as signupRequests from './signup-request-items';
import * as sourceStates from './source-state-items';
import * as subscribers from './subscriber-items';
import * as subscriptionLog from './subscription-change-items';

export interface DynamoStoreOptions {
  /** A document client made with `removeUndefinedValues: true` (optional fields are left out). */
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Clock for TTLs and claim times; tests may pin it. */
  now?: () => Date;
}

/**
 * The stores on the one DynamoDB table (single-table design, see keys.ts). Conditional
 * single-item writes under deterministic keys only: no transactions (dynalite has none), and a
 * retry after a crash completes what the crashed attempt started. Items are validated on write
 * and on read; a stored item that fails its schema throws a StoredItemError naming it.
 */
export class DynamoStore implements PostingStore, SourceStateStore, SubscriberStore, MatchStore {
  private readonly ctx: DynamoContext;

  constructor(options: DynamoStoreOptions) {
    this.ctx = { doc: options.client, tableName: options.tableName, now: options.now ?? (() => new Date()) };
  }

  /** A store with its own clients, e.g. on dynalite: `fromEndpoint({ endpoint, region, tableName })`. */
  static fromEndpoint(options: DynamoEndpointOptions & { tableName: string }): DynamoStore {
    const { documentClient } = createDynamoClients(options);
    return new DynamoStore({ client: documentClient, tableName: options.tableName });
  }

  savePosting(posting: Posting, known?: Posting): Promise<{ outcome: SaveOutcome; postingId: string }> {
    return refuseUnstorable(posting, () => postings.savePosting(this.ctx, posting, known));
  }

  listSourcePostings(sourceId: string): Promise<Map<string, Posting>> {
    return postings.listSourcePostings(this.ctx, sourceId);
  }

  getPostings(ids: string[]): Promise<Posting[]> {
    return postings.getPostings(this.ctx, ids);
  }

  listPostingsSince(sourceIds: string[], since: Date, until: Date): Promise<Posting[]> {
    return postings.listPostingsSince(this.ctx, sourceIds, since, until);
  }

  listOpenPostingIds(sourceId: string): Promise<string[]> {
    return postings.listOpenPostingIds(this.ctx, sourceId);
  }

  closePostings(sourceId: string, postingIds: string[], at: Date): Promise<number> {
    return postings.closePostings(this.ctx, sourceId, postingIds, at);
  }

  getSourceState(sourceId: string): Promise<SourceState | undefined> {
    return sourceStates.getSourceState(this.ctx, sourceId);
  }

  getSourceStates(sourceIds: string[]): Promise<Map<string, SourceState>> {
    return sourceStates.getSourceStates(this.ctx, sourceIds);
  }

  putSourceState(state: SourceState): Promise<void> {
    return sourceStates.putSourceState(this.ctx, state);
  }

  async createSubscriber(subscriber: Subscriber): Promise<{ created: boolean; subscriber: Subscriber }> {
    const out = await subscribers.createSubscriber(this.ctx, subscriber);
    if (out.created && out.subscriber.status === 'active') {
      await subscriptionLog.recordSubscriptionChange(this.ctx, out.subscriber.id);
      await dueHours.syncDueHours(this.ctx, out.subscriber.id, out.subscriber);
    }
    return out;
  }

  getSubscriber(id: string): Promise<Subscriber | undefined> {
    return subscribers.getSubscriber(this.ctx, id);
  }

  async updateSubscriber(
    id: string,
    patch: Partial<Omit<Subscriber, 'id' | 'email'>>,
  ): Promise<Subscriber | undefined> {
    const out = await subscribers.updateSubscriber(this.ctx, id, patch);
    if (out && subscriptionLog.affectsMatching(patch)) await subscriptionLog.recordSubscriptionChange(this.ctx, id);
    if (out && dueHours.affectsDueHours(patch)) await dueHours.syncDueHours(this.ctx, id);
    return out;
  }

  subscriptionChanges(since?: number): Promise<{ version: number; changed?: string[] }> {
    return subscriptionLog.subscriptionChanges(this.ctx, since);
  }

  listActiveSubscribers(): Promise<Subscriber[]> {
    return subscribers.listActiveSubscribers(this.ctx);
  }

  listDueCandidates(utcHour: number): Promise<DueSubscriber[]> {
    return dueHours.listDueCandidates(this.ctx, utcHour);
  }

  async eraseSubscriber(id: string): Promise<boolean> {
    // First of all, no sender may start on this subscriber again (see keys.ts).
    if (await subscribers.getSubscriber(this.ctx, id)) await leases.writeEraseTombstone(this.ctx, id);
    await dueHours.removeDueHours(this.ctx, id);
    const erased = await erase.eraseSubscriber(this.ctx, id);
    if (erased) await subscriptionLog.forgetSubscriptionChanges(this.ctx, id);
    return erased;
  }

  countSignup(clientKey: string, window: string): Promise<number> {
    return signups.countSignup(this.ctx, clientKey, window);
  }

  // Sign-up without races.
  claimConfirmationSlot(email: string, limit: number, now: Date): Promise<boolean> {
    return signupRequests.claimConfirmationSlot(this.ctx, email, limit, now);
  }

  putSignupRequest(request: SignupRequest): Promise<void> {
    return signupRequests.putSignupRequest(this.ctx, request);
  }

  keepPendingSignup(subscriber: Pick<Subscriber, 'id' | 'email'>, now: Date): Promise<void> {
    return signupRequests.keepPendingSignup(this.ctx, subscriber, now);
  }

  getSignupRequest(subscriberId: string, signupId: string): Promise<SignupRequest | undefined> {
    return signupRequests.getSignupRequest(this.ctx, subscriberId, signupId);
  }
  // --- end: sign-up without races ---

  recordNotRelevant(subscriberId: string, postingId: string, at: Date): Promise<boolean> {
    return feedback.recordNotRelevant(this.ctx, subscriberId, postingId, at);
  }

  listNotRelevantCounts(limit: number): Promise<NotRelevantCount[]> {
    return feedback.listNotRelevantCounts(this.ctx, limit);
  }

  addMatch(match: Match): Promise<boolean> {
    return matches.addMatch(this.ctx, match);
  }

  listMatches(subscriberId: string): Promise<Match[]> {
    return matches.listMatches(this.ctx, subscriberId);
  }

  removeMatches(pending: MatchKeyFields[]): Promise<void> {
    return matches.removeMatches(this.ctx, pending);
  }

  async claimSent(subscriberId: string, postingId: string, digestId: string): Promise<ClaimOutcome> {
    return (await claims.claimPosting(this.ctx, subscriberId, postingId, digestId)).outcome;
  }

  getDigest(subscriberId: string, digestId: string): Promise<DigestRecord | undefined> {
    return matches.getDigest(this.ctx, subscriberId, digestId);
  }

  putDigest(record: DigestRecord): Promise<void> {
    return matches.putDigest(this.ctx, record);
  }

  leaseDigest(subscriberId: string, digestId: string, owner: string, now: Date, until: Date): Promise<LeaseOutcome> {
    return leases.leaseDigest(this.ctx, subscriberId, digestId, owner, now, until);
  }

  releaseDigest(subscriberId: string, digestId: string, owner: string): Promise<void> {
    return leases.releaseDigest(this.ctx, subscriberId, digestId, owner);
  }

  // Matching work that survives a crash, and postings carried by another source's copy.

  putMatchMark(mark: MatchMark): Promise<void> {
    return matchWork.putMatchMark(this.ctx, mark);
  }

  listMatchMarks(sourceId: string): Promise<MatchMark[]> {
    return matchWork.listMatchMarks(this.ctx, sourceId);
  }

  consumeMatchMark(mark: Pick<MatchMark, 'sourceId' | 'markId'>): Promise<void> {
    return matchWork.consumeMatchMark(this.ctx, mark);
  }

  listCarried(sourceId: string): Promise<Map<string, string>> {
    return matchWork.listCarried(this.ctx, sourceId);
  }

  carryPosting(listedId: string, postingId: string, options: { reopen: boolean }): Promise<CarryOutcome> {
    return matchWork.carryPosting(this.ctx, listedId, postingId, options);
  }

  dropCarry(listedId: string, postingId: string, at: Date): Promise<boolean> {
    return matchWork.dropCarry(this.ctx, listedId, postingId, at);
  }

  // Claims that can be finished (digest-claim-items.ts).
  claimPosting(subscriberId: string, postingId: string, digestId: string): Promise<Claim> {
    return claims.claimPosting(this.ctx, subscriberId, postingId, digestId);
  }

  adoptClaim(subscriberId: string, postingId: string, from: string, to: string): Promise<boolean> {
    return claims.adoptClaim(this.ctx, subscriberId, postingId, from, to);
  }

  releaseClaims(subscriberId: string, postingIds: string[], digestId: string): Promise<void> {
    return claims.releaseClaims(this.ctx, subscriberId, postingIds, digestId);
  }

  markDigestSent(record: DigestRecord): Promise<boolean> {
    return claims.markDigestSent(this.ctx, record);
  }

  dropUnsentDigest(subscriberId: string, digestId: string): Promise<void> {
    return claims.dropUnsentDigest(this.ctx, subscriberId, digestId);
  }
}
