import { randomUUID } from 'node:crypto';
import { listUnsubscribeHeaders } from '../digest/email-headers';
import { renderDigest } from '../digest/render-digest';
import type { Match } from '../match/match';
import type { DigestJob } from '../ports/queue';
import type { Subscriber } from '../subscriber/subscriber';
import type { Deps } from './deps';
import { notRelevantUrl, preferencesUrl, unsubscribeUrl } from './links';

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
  const subscriber = await deps.subscribers.getSubscriber(job.subscriberId);
  if (subscriber?.status !== 'active') return { sent: false, why: 'not-active' };

  const seen = await deps.matches.getDigest(subscriber.id, job.digestId);
  if (seen?.status === 'sent') return { sent: false, why: 'already-sent' };

  const owner = randomUUID();
  const { leaseDigest, releaseDigest } = deps.matches;
  if (leaseDigest) {
    const now = deps.clock();
    const until = new Date(now.getTime() + digestLeaseMs);
    if ((await leaseDigest.call(deps.matches, subscriber.id, job.digestId, owner, now, until)) === 'held') {
      throw new DigestBusyError(job);
    }
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
  // Read again under the lease: a delivery that held it may have finished meanwhile.
  const existing = await deps.matches.getDigest(subscriber.id, job.digestId);
  if (existing?.status === 'sent') return { sent: false, why: 'already-sent' };

  const pending = await deps.matches.listMatches(subscriber.id);
  const byPosting = new Map(pending.map((m) => [m.postingId, m]));
  const now = deps.clock();
  let chosen: Match[];
  let moreCount = 0;
  if (existing) {
    chosen = existing.postingIds.flatMap((id) => byPosting.get(id) ?? []);
  } else {
    const postings = new Map((await deps.postings.getPostings(pending.map((m) => m.postingId))).map((p) => [p.id, p]));
    const stale: string[] = [];
    chosen = [];
    const today = now.toISOString().slice(0, 10);
    for (const m of [...pending].sort((a, b) => b.postedAt.localeCompare(a.postedAt))) {
      const p = postings.get(m.postingId);
      const gone = p?.status !== 'open' || (p.enrichment.deadline !== null && p.enrichment.deadline < today);
      if (gone) {
        stale.push(m.postingId);
        continue;
      }
      if (chosen.length >= deps.settings.maxPostingsPerDigest) {
        moreCount++;
        continue;
      }
      const claim = await deps.matches.claimSent(subscriber.id, m.postingId, job.digestId);
      if (claim === 'taken') stale.push(m.postingId);
      else chosen.push(m);
    }
    if (stale.length > 0) await deps.matches.removeMatches(subscriber.id, stale);
    if (chosen.length === 0) return { sent: false, why: 'nothing-new' };
    await deps.matches.putDigest({
      subscriberId: subscriber.id,
      digestId: job.digestId,
      status: 'sending',
      postingIds: chosen.map((m) => m.postingId),
      at: now.toISOString(),
    });
  }

  const postings = new Map((await deps.postings.getPostings(chosen.map((m) => m.postingId))).map((p) => [p.id, p]));
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
  const { messageId } = await deps.mailer.send({
    from: deps.settings.sender,
    to: subscriber.email,
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: listUnsubscribeHeaders(unsubscribe, deps.settings.unsubscribeMailto),
    tags: { subscriber: subscriber.id },
  });
  await deps.matches.putDigest({
    subscriberId: subscriber.id,
    digestId: job.digestId,
    status: 'sent',
    postingIds: items.map((i) => i.posting.id),
    at: now.toISOString(),
    messageId,
  });
  await deps.matches.removeMatches(
    subscriber.id,
    chosen.map((m) => m.postingId),
  );
  await deps.subscribers.updateSubscriber(subscriber.id, { lastDigestAt: now.toISOString() });
  return { sent: true, postings: items.length, messageId };
}
