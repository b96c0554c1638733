import { crashPoint } from '../crash/crash-point';
import { deliveryLagSeconds } from '../digest/delivery-lag';
import { renderDigest } from '../digest/render-digest';
import { listUnsubscribeHeaders } from '../email/email-headers';
import { notRelevantUrl, preferencesUrl, unsubscribeUrl } from '../email/links';
import type { Match } from '../match/match';
import type { DigestJob } from '../ports/queue';
import type { Subscriber } from '../subscriber/subscriber';
import type { Deps } from './deps';
import { type DigestEntry, selectDigest } from './digest-selection';
import type { SendDigestResult } from './send-digest';

type SendDeps = Pick<Deps, 'subscribers' | 'matches' | 'postings' | 'mailer' | 'settings' | 'clock' | 'metrics'>;

/** How often a digest is rebuilt because the subscriber changed their criteria while it was built. */
const maxRebuilds = 3;

/** Thrown by the check right before SES: the subscriber is no longer who the digest was built for. */
class SubscriberChanged extends Error {
  constructor(readonly now: Subscriber | undefined) {
    super('the subscriber changed while the digest was being sent');
  }
}

/** What the digest was built from: the criteria it was chosen and explained by, and how it reads. */
const wishes = (s: Subscriber) => JSON.stringify([s.criteria, s.locale, s.timeZone]);

/** Sends the digest under the subscriber's lease (see sendDigest). */
export async function sendLeased(deps: SendDeps, job: DigestJob, first: Subscriber): Promise<SendDigestResult> {
  let subscriber = first;
  for (let build = 1; ; build++) {
    try {
      return await buildAndSend(deps, job, subscriber);
    } catch (err) {
      if (!(err instanceof SubscriberChanged)) throw err;
      const now = err.now;
      if (now?.status !== 'active') {
        // Unsubscribed, paused or suppressed: nothing sent, nothing consumed (the claims stay for
        // the digest after a resume). Erased: buildAndSend undid what it wrote into the partition.
        return { sent: false, why: 'not-active' };
      }
      if (build >= maxRebuilds) throw new Error(`subscriber ${job.subscriberId} kept changing their criteria`);
      subscriber = now;
    }
  }
}

async function buildAndSend(deps: SendDeps, job: DigestJob, subscriber: Subscriber): Promise<SendDigestResult> {
  // Read under the lease: a delivery that held it before may have finished the digest.
  const [existing, pending] = await Promise.all([
    deps.matches.getDigest(subscriber.id, job.digestId),
    deps.matches.listMatches(subscriber.id),
  ]);
  if (existing?.status === 'sent') return { sent: false, why: 'already-sent' };

  const now = deps.clock();
  // A retry resends the postings its record names; a new digest chooses among the pending ones.
  const byPosting = new Map(pending.map((m) => [m.postingId, m]));
  const candidates = existing ? existing.postingIds.flatMap((id) => byPosting.get(id) ?? []) : pending;
  const postings = new Map((await deps.postings.getPostings(candidates.map((m) => m.postingId))).map((p) => [p.id, p]));
  const picked = await selectDigest(deps, job, subscriber, candidates, postings, now);
  crashPoint('digest.after-claim');
  const chosenIds = picked.chosen.map((e) => e.posting.id);
  const cleanUp = dropStale(deps, job, subscriber, picked.stale, picked.unwanted);
  if (chosenIds.length === 0) {
    await cleanUp;
    return { sent: false, why: 'nothing-new' };
  }
  // The record must be stored before the send (a retry resumes it); the stale matches need not.
  const recorded = existing && existing.postingIds.join() === chosenIds.join();
  await Promise.all([
    cleanUp,
    recorded
      ? undefined
      : deps.matches.putDigest({
          subscriberId: subscriber.id,
          digestId: job.digestId,
          status: 'sending',
          postingIds: chosenIds,
          at: now.toISOString(),
        }),
  ]);
  crashPoint('digest.before-send');

  const messageId = await mail(deps, subscriber, picked.chosen, picked.moreCount).catch(async (err) => {
    if (err instanceof SubscriberChanged && !err.now) await undoForErased(deps, job, chosenIds);
    throw err;
  });
  crashPoint('digest.after-send');
  const sentAt = deps.clock();
  deps.metrics.emit({
    dimensions: { Frequency: subscriber.frequency },
    values: { DigestsSent: 1, DigestLag: picked.chosen.map((e) => deliveryLagSeconds(e.match, sentAt)) },
    properties: { subscriberId: subscriber.id, digestId: job.digestId, postings: chosenIds.length, messageId },
  });
  // Only over its own record: an erase meanwhile removed it, and then nothing is written back.
  const marked = await deps.matches.markDigestSent({
    subscriberId: subscriber.id,
    digestId: job.digestId,
    status: 'sent',
    postingIds: chosenIds,
    at: now.toISOString(),
    messageId,
  });
  crashPoint('digest.after-sent');
  // Only after "sent" is stored, so a retry never finds the record "sending" with its matches gone.
  if (marked) await deps.matches.removeMatches(matchesOf(pending, chosenIds));
  return { sent: true, postings: chosenIds.length, messageId };
}

/** Renders and sends the email; the profile is read again right before SES accepts it. */
async function mail(deps: SendDeps, subscriber: Subscriber, chosen: DigestEntry[], moreCount: number) {
  const unsubscribe = unsubscribeUrl(deps.settings, subscriber.id);
  const email = renderDigest({
    subscriber,
    items: chosen.map((e) => ({ posting: e.posting, reason: e.reason })),
    unsubscribeUrl: unsubscribe,
    siteUrl: deps.settings.siteUrl,
    moreCount,
    preferencesUrl: preferencesUrl(deps.settings, subscriber.id),
    notRelevantUrl: (postingId: string) => notRelevantUrl(deps.settings, subscriber.id, postingId),
  });
  const { messageId } = await deps.mailer.send(
    {
      from: deps.settings.sender,
      to: subscriber.email,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: listUnsubscribeHeaders(unsubscribe, deps.settings.unsubscribeMailto),
      tags: { subscriber: subscriber.id },
    },
    {
      // After the pacer's wait: unsubscribe, erase and a criteria change take effect before this email.
      beforeSend: async () => {
        const current = await deps.subscribers.getSubscriber(subscriber.id);
        if (current?.status !== 'active' || wishes(current) !== wishes(subscriber))
          throw new SubscriberChanged(current);
      },
    },
  );
  return messageId;
}

/** Drops matches no digest should hold, and gives back this digest's claims on postings no longer wanted. */
async function dropStale(deps: SendDeps, job: DigestJob, subscriber: Subscriber, stale: Match[], unwanted: string[]) {
  await Promise.all([
    stale.length > 0 ? deps.matches.removeMatches(stale) : undefined,
    unwanted.length > 0 ? deps.matches.releaseClaims(subscriber.id, unwanted, job.digestId) : undefined,
  ]);
}

/**
 * The subscriber was erased while this delivery worked: its claims and record may have landed
 * after erase swept the partition (they were written before the check that found the profile
 * gone), so they are removed again. Erase itself removes the matches.
 */
async function undoForErased(deps: SendDeps, job: DigestJob, chosenIds: string[]) {
  await Promise.all([
    deps.matches.releaseClaims(job.subscriberId, chosenIds, job.digestId),
    deps.matches.dropUnsentDigest(job.subscriberId, job.digestId),
  ]);
}

/** Every pending match of these postings (a reposted posting may have more than one). */
function matchesOf(pending: Match[], postingIds: string[]): Match[] {
  const ids = new Set(postingIds);
  return pending.filter((m) => ids.has(m.postingId));
}
