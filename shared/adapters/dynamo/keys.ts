import { createHash } from 'node:crypto';
import type { Match } from '../../match/match';
import type { SubscriberStatus } from '../../subscriber/subscriber';

/**
 * Every key format of the table, and only here. Items live under deterministic keys so that a
 * retry after a crash writes the same item again instead of a second one.
 */

export interface ItemKey {
  PK: string;
  SK: string;
}

/**
 * How long an item is kept before DynamoDB's TTL may delete it (never relied on for correctness).
 * A closed posting is kept a month ("not relevant" reports still show its title; the same job
 * listed again within it is reopened in place, later stored anew under the same id), then goes:
 * its source's partition is read whole at every full poll, so it should hold mostly what is live.
 */
export const ttlDays = { match: 60, sentMarker: 400, digest: 400, closedPosting: 30, nearArchive: 180 } as const;

/** TTL value (epoch seconds) `days` after `from`. */
export function expiresAt(from: Date, days: number): number {
  return Math.floor(from.getTime() / 1000) + days * 86_400;
}

// One ISO form for timestamps inside keys, so that the lexicographic order of keys is time order
// ("…:00Z" and "…:00.000Z" would otherwise sort apart).
const canonicalIso = (iso: string) => new Date(iso).toISOString();

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Says which layout the table's items follow: written when the local runtime creates the table,
 * so that a table from an older layout (which has none, or another version) is refused, not misread.
 */
export const layoutKey: ItemKey = { PK: 'TABLE', SK: 'LAYOUT' };

/** The layout the keys in this file describe. Raise it whenever an item's keys or shape change. */
// 2: a posting's enrichment carries its evidence (and, with it, what the ad implies).
export const layoutVersion = 2;

const sourcePrefix = 'SOURCE#';

/** The source's poll state. */
export function sourceStateKey(sourceId: string): ItemKey {
  return { PK: sourcePartition(sourceId), SK: 'STATE' };
}

// "<sourceId>.<32 hex>", as postingId() makes them.
const sourcePostingId = /^([a-z0-9][a-z0-9-]{0,62})\.([0-9a-f]{32})$/;

/** Sort-key prefix of the postings in their source's partition. */
export const postingPrefix = 'POSTING#';

/** Whether an id has the form postingId() makes, the only form a posting is stored under. */
export function isPostingId(id: string): boolean {
  return sourcePostingId.test(id);
}

/**
 * A stored posting: in its source's partition, so that one query of the partition lists what the
 * source has (to close what vanished, to backfill) with no listing item or index entry per
 * posting. Throws on an id postingId() did not make: no posting is stored under it.
 */
export function postingKey(postingId: string): ItemKey {
  const m = sourcePostingId.exec(postingId);
  if (!m) throw new Error(`posting id "${postingId}" is not of the form <sourceId>.<32 hex digits>`);
  return { PK: sourcePartition(m[1] as string), SK: `${postingPrefix}${m[2]}` };
}

/** The source a posting id names. */
export function sourceOfPostingId(postingId: string): string | undefined {
  return sourcePostingId.exec(postingId)?.[1];
}

/** The id of the posting a posting item's keys name. */
export function postingIdOfItem(item: { PK?: unknown; SK?: unknown }): string {
  return `${String(item.PK).slice(sourcePrefix.length)}.${String(item.SK).slice(postingPrefix.length)}`;
}

/** The 64-bit tag of a canonical URL that a title bucket keeps for each of its postings. */
export function urlTag(canonicalUrl: string): string {
  return sha256(canonicalUrl).slice(0, 16);
}

/**
 * The near-duplicate bucket: the latest postings with the same folded title, with their
 * fingerprints and canonical URLs, so it is also the content claim (the fingerprint folds the
 * title alike) and the URL claim.
 */
export function nearDuplicateKey(titleKey: string): ItemKey {
  return { PK: `NEAR#${sha256(titleKey).slice(0, 32)}`, SK: 'META' };
}

/**
 * A filled page of a title's bucket, kept when the bucket starts a new one. "ARCHIVE#" sorts
 * before "META", so one query read backwards returns the bucket and then its newest pages.
 */
export function nearDuplicateArchiveKey(bucket: ItemKey, page: number): ItemKey {
  return { PK: bucket.PK, SK: `${nearDuplicateArchivePrefix}${String(page).padStart(10, '0')}` };
}

export const nearDuplicateArchivePrefix = 'ARCHIVE#';

/** Partition of one source: its state and its postings. */
export function sourcePartition(sourceId: string): string {
  return `${sourcePrefix}${sourceId}`;
}

/** Partition of everything that belongs to one subscriber. */
export function subscriberPartition(subscriberId: string): string {
  return `SUB#${subscriberId}`;
}

/** A subscriber's profile. */
export function subscriberKey(subscriberId: string): ItemKey {
  return { PK: subscriberPartition(subscriberId), SK: 'PROFILE' };
}

/** GSI2 partition of the subscribers in one status. */
export function subscriberStatusPartition(status: SubscriberStatus): string {
  return `SUBSTATUS#${status}`;
}

/** GSI2 attributes of a subscriber profile. */
export function subscriberIndexKeys(subscriber: { id: string; status: SubscriberStatus }): {
  GSI2PK: string;
  GSI2SK: string;
} {
  return { GSI2PK: subscriberStatusPartition(subscriber.status), GSI2SK: subscriber.id };
}

/** The email lookup item that makes an address unique; case and outer white space are folded. */
export function emailKey(email: string): ItemKey {
  return { PK: `EMAIL#${sha256(email.trim().toLowerCase())}`, SK: 'META' };
}

/** Sort-key prefix of a subscriber's pending matches. */
export const matchPrefix = 'MATCH#';

/** A pending match, sorted oldest posting first. */
export function matchKey(match: Pick<Match, 'subscriberId' | 'postedAt' | 'postingId'>): ItemKey {
  return {
    PK: subscriberPartition(match.subscriberId),
    SK: `${matchPrefix}${canonicalIso(match.postedAt)}#${match.postingId}`,
  };
}

/** The at-most-once marker of (subscriber, posting). */
export function sentMarkerKey(subscriberId: string, postingId: string): ItemKey {
  return { PK: subscriberPartition(subscriberId), SK: `SENT#${postingId}` };
}

/** A digest being sent or sent. */
export function digestKey(subscriberId: string, digestId: string): ItemKey {
  return { PK: subscriberPartition(subscriberId), SK: `DIGEST#${digestId}` };
}

/** TTLs of the subscriber issue's items: unconfirmed sign-ups are forgotten after a week. */
export const subscriberTtlDays = { unconfirmed: 7, notRelevant: 400, signupCounter: 1 } as const;

/** One subscriber's "not relevant" click on one posting (erased with the subscriber). */
export function notRelevantKey(subscriberId: string, postingId: string): ItemKey {
  return { PK: subscriberPartition(subscriberId), SK: `NOTRELEVANT#${postingId}` };
}

/** Partition of the per-posting "not relevant" counters, read whole by the operator's report. */
export const notRelevantCounterPartition = 'FEEDBACK#not-relevant';

/** How many subscribers called this posting not relevant. */
export function notRelevantCounterKey(postingId: string): ItemKey {
  return { PK: notRelevantCounterPartition, SK: `POSTING#${postingId}` };
}

/** Sign-ups from one client (a keyed hash of its IP) in one window such as an hour. */
export function signupCounterKey(clientKey: string, window: string): ItemKey {
  return { PK: `SIGNUPS#${clientKey}`, SK: `WINDOW#${window}` };
}

/** Partition of the due-hour index: the subscribers who can be due at this UTC hour (0–23). */
export function dueHourPartition(utcHour: number): string {
  return `DUEHOUR#${String(utcHour).padStart(2, '0')}`;
}

/** One subscriber's entry in the due-hour index. */
export function dueHourKey(utcHour: number, subscriberId: string): ItemKey {
  return { PK: dueHourPartition(utcHour), SK: subscriberId };
}

/** Which due-hour entries a subscriber has, so a change can remove the ones no longer right. */
export function dueHoursKey(subscriberId: string): ItemKey {
  return { PK: subscriberPartition(subscriberId), SK: 'DUEHOURS' };
}

// One digest lease per subscriber, outside the subscriber's partition. It keeps two
// deliveries for one subscriber (the same job twice, or two digests) from working at once, so the
// holder may finish the claims of a digest that never went out; and erase leaves it a tombstone
// (no personal data) that no sender can lease again, while the partition itself is emptied.
/** The subscriber's digest lease, or the tombstone erase leaves in its place. */
export function digestLeaseKey(subscriberId: string): ItemKey {
  return { PK: `DIGESTLEASE#${subscriberId}`, SK: 'LEASE' };
}

/** How long erase's tombstone outlives the subscriber: longer than any digest job can wait in SQS. */
export const eraseTombstoneTtlDays = 30;

/** The subscription change log: a version counter and a ring of change items (a warm matcher's refresh). */
export const subscriptionChangePartition = 'SUBSCRIPTIONS';
export const subscriptionVersionKey: ItemKey = { PK: subscriptionChangePartition, SK: 'VERSION' };
export function subscriptionChangeKey(slot: number): ItemKey {
  return { PK: subscriptionChangePartition, SK: `CHANGE#${slot}` };
}

// Sign-up requests and confirmation slots.

/** TTLs of sign-up items: a request outlives its 7-day link by a day; a slot lives its 24 hours. */
export const signupTtlDays = { request: 8, confirmationSlot: 1 } as const;

/** One sign-up request: the criteria its confirmation email showed, which its link confirms. */
export function signupRequestKey(subscriberId: string, signupId: string): ItemKey {
  return { PK: subscriberPartition(subscriberId), SK: `SIGNUP#${signupId}` };
}

/**
 * One of an address's confirmation-email slots (0 … limit − 1), beside its email lookup: a slot
 * is taken by a conditional put only when free or last taken 24 hours ago or more, so at most
 * `limit` confirmation emails go to one address in any 24 hours, however many requests race.
 */
export function confirmationSlotKey(email: string, slot: number): ItemKey {
  return { PK: emailKey(email).PK, SK: `CONFIRMSLOT#${slot}` };
}

// Matching work that survives a crash, and postings carried by another source's copy.

/** Sort-key prefix of the "to match" marks in their source's partition. */
export const matchMarkPrefix = 'TOMATCH#';

/**
 * A durable "to match" mark: postings one poll attempt is about to store (new, reopened or changed
 * in a way that matters), written before them in the polling source's partition and deleted by the
 * match step once their matches are recorded. `markId` is the attempt's start time and a chunk.
 */
export function matchMarkKey(sourceId: string, markId: string): ItemKey {
  return { PK: sourcePartition(sourceId), SK: `${matchMarkPrefix}${markId}` };
}

/** The mark id a mark item's keys name. */
export function markIdOfItem(item: { SK?: unknown }): string {
  return String(item.SK).slice(matchMarkPrefix.length);
}

/** Sort-key prefix of the copies a source lists that are stored as another posting. */
export const carryPrefix = 'CARRIES#';

/**
 * A copy listed by a source that was stored as another posting (a duplicate): in the listing
 * source's partition, under the id the copy would have had, naming the posting it keeps open.
 */
export function carryKey(listedPostingId: string): ItemKey {
  const { PK, SK } = postingKey(listedPostingId);
  return { PK, SK: `${carryPrefix}${SK.slice(postingPrefix.length)}` };
}

/** The listed id a carry item's keys name. */
export function listedIdOfCarryItem(item: { PK?: unknown; SK?: unknown }): string {
  return `${String(item.PK).slice(sourcePrefix.length)}.${String(item.SK).slice(carryPrefix.length)}`;
}
