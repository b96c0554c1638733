import { listUnsubscribeHeaders } from '../digest/email-headers';
import { renderDigest } from '../digest/render-digest';
import type { Match } from '../match/match';
import type { DigestJob } from '../ports/queue';
import type { Deps } from './deps';
import { notRelevantUrl, preferencesUrl, unsubscribeUrl } from './links';

export type SendDigestResult =
  | { sent: true; postings: number; messageId: string }
  | { sent: false; why: 'not-active' | 'already-sent' | 'nothing-new' };

/**
 * Sends one subscriber's digest for one period, at most once per (subscriber, posting).
 * Order matters for invariant 1: claim each posting (SENT marker), record the digest as
 * "sending" with its posting ids, send, then mark it "sent" and drop the pending matches.
 * A retry after a crash finds its own claims ("ours") and the record, and resends the same
 * digest instead of building another; a posting claimed by another digest is never sent again.
 */
export async function sendDigest(
  deps: Pick<Deps, 'subscribers' | 'matches' | 'postings' | 'mailer' | 'settings' | 'clock'>,
  job: DigestJob,
): Promise<SendDigestResult> {
  const subscriber = await deps.subscribers.getSubscriber(job.subscriberId);
  if (subscriber?.status !== 'active') return { sent: false, why: 'not-active' };

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
