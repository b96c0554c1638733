import { randomUUID } from 'node:crypto';
import { crashPoint } from '../crash/crash-point';
import { renderDigest } from '../digest/render-digest';
import { listUnsubscribeHeaders } from '../email/email-headers';
import { notRelevantUrl, preferencesUrl, unsubscribeUrl } from '../email/links';
import type { Match } from '../match/match';
import type { DigestJob } from '../ports/queue';
import { canonicalUrl } from '../posting/canonical-url';
import type { Posting } from '../posting/posting';
import type { Subscriber } from '../subscriber/subscriber';
import type { Deps } from './deps';

/** How long one delivery may work on a digest before a redelivery may take it over: the sender's timeout. */
export const digestLeaseMs = 60_000;

/** Another delivery of the same job holds the digest's lease: retry later (SQS redelivers). */
export class DigestBusyError extends Error {
  readonly code = 'digest.busy';
  constructor(job: DigestJob) {
    super(`digest ${job.digestId} of ${job.subscriberId} is being sent by another delivery`);
    this.name = 'DigestBusyError';
  }
}

export type SendDigestResult =
  | { sent: true; postings: number; messageId: string }
  | { sent: false; why: 'not-active' | 'already-sent' | 'nothing-new' };

/**
 * Sends one subscriber's digest for one period, at most once per (subscriber, posting).
 * Order matters for invariant 1: claim each posting (SENT marker), record the digest as
 * "sending" with its posting ids, send, then mark it "sent" and drop the pending matches.
 * A retry after a crash finds its own claims ("ours") and the record, and resends the same
 * digest instead of building another; a posting claimed by another digest is never sent again.
 * Two deliveries of the same job at once (SQS is at-least-once) are kept apart by a lease on the
 * digest: the second fails with DigestBusyError and, redelivered later, finds the digest sent.
 * The one window left is a crash after SES accepted the email and before the "sent" write (one
 * DynamoDB put): the redelivery, once the lease has run out, sends that same digest again, since
 * SES has no idempotency key. A crash anywhere before the send leads to exactly one email.
 */
export async function sendDigest(
  deps: Pick<Deps, 'subscribers' | 'matches' | 'postings' | 'mailer' | 'settings' | 'clock'>,
  job: DigestJob,
): Promise<SendDigestResult> {
  // The lease is taken while the subscriber is read: every round trip here delays the sender's
  // next pacer slot. The digest record is read under the lease (sendLeased), not before it.
  const owner = randomUUID();
  const { leaseDigest, releaseDigest } = deps.matches;
  const now = deps.clock();
  const [subscriber, lease] = await Promise.all([
    deps.subscribers.getSubscriber(job.subscriberId),
    leaseDigest?.call(
      deps.matches,
      job.subscriberId,
      job.digestId,
      owner,
      now,
      new Date(now.getTime() + digestLeaseMs),
    ),
  ]);
  if (subscriber?.status !== 'active') {
    if (lease === 'leased') await releaseDigest?.call(deps.matches, job.subscriberId, job.digestId, owner);
    return { sent: false, why: 'not-active' };
  }
  if (lease === 'held') {
    // A delivery that finished keeps its lease until it runs out: a duplicate arriving meanwhile
    // is told the digest is sent, not asked to come back.
    const seen = await deps.matches.getDigest(subscriber.id, job.digestId);
    if (seen?.status === 'sent') return { sent: false, why: 'already-sent' };
    throw new DigestBusyError(job);
  }
  try {
    return await sendLeased(deps, job, subscriber);
  } catch (err) {
    // A crash skips this; then the lease runs out by itself before SQS redelivers the job.
    await releaseDigest?.call(deps.matches, subscriber.id, job.digestId, owner).catch(() => undefined);
    throw err;
  }
}

async function sendLeased(
  deps: Pick<Deps, 'subscribers' | 'matches' | 'postings' | 'mailer' | 'settings' | 'clock'>,
  job: DigestJob,
  subscriber: Subscriber,
): Promise<SendDigestResult> {
  // Read under the lease: a delivery that held it before may have finished the digest.
  const [existing, pending] = await Promise.all([
    deps.matches.getDigest(subscriber.id, job.digestId),
    deps.matches.listMatches(subscriber.id),
  ]);
  if (existing?.status === 'sent') return { sent: false, why: 'already-sent' };

  const byPosting = new Map(pending.map((m) => [m.postingId, m]));
  const now = deps.clock();
  // A retry resends the postings its digest record names; a new digest chooses among the pending ones.
  const candidates = existing ? existing.postingIds.flatMap((id) => byPosting.get(id) ?? []) : pending;
  const postings = new Map((await deps.postings.getPostings(candidates.map((m) => m.postingId))).map((p) => [p.id, p]));
  let chosen: Match[];
  let moreCount = 0;
  if (existing) {
    chosen = candidates;
  } else {
    const picked = await claimPostings(deps, job, subscriber, pending, postings, now);
    crashPoint('digest.after-claim');
    chosen = picked.chosen;
    moreCount = picked.moreCount;
    const cleanUp =
      picked.stale.length > 0 ? deps.matches.removeMatches(matchesOf(pending, picked.stale)) : Promise.resolve();
    if (chosen.length === 0) {
      await cleanUp;
      return { sent: false, why: 'nothing-new' };
    }
    // The record must be stored before the send (a retry resumes it); the stale matches need not.
    await Promise.all([
      cleanUp,
      deps.matches.putDigest({
        subscriberId: subscriber.id,
        digestId: job.digestId,
        status: 'sending',
        postingIds: chosen.map((m) => m.postingId),
        at: now.toISOString(),
      }),
    ]);
  }

  const items = chosen.flatMap((m) => {
    const posting = postings.get(m.postingId);
    return posting ? [{ posting, reason: m.reason }] : [];
  });
  if (items.length === 0) return { sent: false, why: 'nothing-new' };
  const unsubscribe = unsubscribeUrl(deps.settings, subscriber.id);
  const links = {
    preferencesUrl: preferencesUrl(deps.settings, subscriber.id),
    notRelevantUrl: (postingId: string) => notRelevantUrl(deps.settings, subscriber.id, postingId),
  };
  const email = renderDigest({
    subscriber,
    items,
    unsubscribeUrl: unsubscribe,
    siteUrl: deps.settings.siteUrl,
    moreCount,
    ...links,
  });
  crashPoint('digest.before-send');
  const { messageId } = await deps.mailer.send({
    from: deps.settings.sender,
    to: subscriber.email,
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: listUnsubscribeHeaders(unsubscribe, deps.settings.unsubscribeMailto),
    tags: { subscriber: subscriber.id },
  });
  crashPoint('digest.after-send');
  await deps.matches.putDigest({
    subscriberId: subscriber.id,
    digestId: job.digestId,
    status: 'sent',
    postingIds: items.map((i) => i.posting.id),
    at: now.toISOString(),
    messageId,
  });
  crashPoint('digest.after-sent');
  // Only after "sent" is stored, so a retry never finds the record "sending" with its matches gone.
  await deps.matches.removeMatches(
    matchesOf(
      pending,
      chosen.map((m) => m.postingId),
    ),
  );
  return { sent: true, postings: items.length, messageId };
}

/**
 * Claims the newest open postings, up to the digest's limit. The claims of one round run at
 * once (each is its own conditional put, so at-most-once holds per posting); a posting another
 * digest took is dropped and the next round tries as many more as were taken.
 */
async function claimPostings(
  deps: Pick<Deps, 'matches' | 'settings'>,
  job: DigestJob,
  subscriber: Subscriber,
  pending: Match[],
  postings: Map<string, Posting>,
  now: Date,
): Promise<{ chosen: Match[]; stale: string[]; moreCount: number }> {
  const today = now.toISOString().slice(0, 10);
  const stale: string[] = [];
  const live: Match[] = [];
  for (const m of [...pending].sort((a, b) => b.postedAt.localeCompare(a.postedAt))) {
    const p = postings.get(m.postingId);
    const gone = p?.status !== 'open' || (p.enrichment.deadline !== null && p.enrichment.deadline < today);
    if (gone) stale.push(m.postingId);
    else live.push(m);
  }
  const copies = new Set(copiesAtOneAddress(live, postings));
  stale.push(...copies);
  const open = live.filter((m) => !copies.has(m.postingId));
  const chosen: Match[] = [];
  let next = 0;
  while (chosen.length < deps.settings.maxPostingsPerDigest && next < open.length) {
    const round = open.slice(next, next + deps.settings.maxPostingsPerDigest - chosen.length);
    next += round.length;
    const claims = await Promise.all(
      round.map((m) => deps.matches.claimSent(subscriber.id, m.postingId, job.digestId)),
    );
    round.forEach((m, i) => {
      if (claims[i] === 'taken') stale.push(m.postingId);
      else chosen.push(m);
    });
  }
  return { chosen, stale, moreCount: open.length - next };
}

/**
 * Postings of these matches (newest first) at the address of an older one from another source.
 * The store keeps a board's copy of a job apart when the board retitled it (its dedup looks among
 * postings with the same title); the link tells them apart here, so the job goes out once, as
 * first seen. One source's postings at one address are different jobs behind a generic link.
 */
function copiesAtOneAddress(open: Match[], postings: Map<string, Posting>): string[] {
  const first = new Map<string, Posting>();
  const copies: string[] = [];
  for (const m of [...open].reverse()) {
    const posting = postings.get(m.postingId);
    const address = posting?.url ? canonicalUrl(posting.url) : undefined;
    if (!posting || !address) continue;
    const owner = first.get(address);
    if (owner === undefined) first.set(address, posting);
    else if (owner.id !== posting.id && owner.sourceId !== posting.sourceId) copies.push(posting.id);
  }
  return copies;
}

/** Every pending match of these postings (a reposted posting may have more than one). */
function matchesOf(pending: Match[], postingIds: string[]): Match[] {
  const ids = new Set(postingIds);
  return pending.filter((m) => ids.has(m.postingId));
}
