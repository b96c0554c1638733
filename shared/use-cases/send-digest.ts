import { randomUUID } from 'node:crypto';
import type { DigestJob } from '../ports/queue';
import type { Deps } from './deps';
import { sendLeased } from './send-leased-digest';

/**
 * How long one delivery may work on a subscriber's digest before another may take over: the
 * sender's timeout (settings.digestLeaseMs overrides it, e.g. in tests).
 */
export const digestLeaseMs = 60_000;

/** Another delivery for the same subscriber holds the lease: retry later (SQS redelivers). */
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
 * Sends one subscriber's digest for one period, at most once per (subscriber, posting), and never
 * by losing a posting (invariant 1). Order matters: claim each posting (SENT marker naming the
 * digest), record the digest as "sending" with its posting ids, send, mark it "sent", drop the
 * pending matches. One delivery per subscriber works at a time (the subscriber's lease), so it
 * may finish what another digest left: a claim held by a digest that never went out is taken
 * over, one held by a sent digest drops the match. A retry finds its own claims ("ours") and its
 * record, and resends the same digest. A delivery that finds the subscriber not active consumes
 * nothing: matches and claims stay for the digest after a resume. Right before SES (after the
 * pacer's wait) the profile is read again: nothing goes to someone who left or was erased, and a
 * criteria change since the digest was built rebuilds it. The one window left is a crash after SES
 * accepted the email and before the "sent" write: the next delivery sends those postings again,
 * once, since SES has no idempotency key. A crash anywhere before the send leads to exactly one email.
 */
export async function sendDigest(deps: SendDigestDeps, job: DigestJob): Promise<SendDigestResult> {
  const result = await deliver(deps, job);
  if (!result.sent) {
    deps.metrics.emit({
      values: { DigestsSkipped: 1 },
      properties: { subscriberId: job.subscriberId, digestId: job.digestId, why: result.why },
    });
  }
  return result;
}

type SendDigestDeps = Pick<Deps, 'subscribers' | 'matches' | 'postings' | 'mailer' | 'settings' | 'clock' | 'metrics'>;

async function deliver(deps: SendDigestDeps, job: DigestJob): Promise<SendDigestResult> {
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
      new Date(now.getTime() + (deps.settings.digestLeaseMs ?? digestLeaseMs)),
    ),
  ]);
  // A crash skips this; then the lease runs out by itself before SQS redelivers the job.
  const release = () => releaseDigest?.call(deps.matches, job.subscriberId, job.digestId, owner).catch(() => undefined);
  if (subscriber?.status !== 'active') {
    // Nothing is consumed: the pending matches and any claims stay for the digest after a resume.
    if (lease === 'leased') await release();
    return { sent: false, why: 'not-active' };
  }
  if (lease === 'held') {
    // A duplicate arriving while the first copy finishes is told the digest is sent once it is.
    const seen = await deps.matches.getDigest(subscriber.id, job.digestId);
    if (seen?.status === 'sent') return { sent: false, why: 'already-sent' };
    throw new DigestBusyError(job);
  }
  try {
    return await sendLeased(deps, job, subscriber);
  } finally {
    // Also after success: the subscriber's next digest need not wait for the lease to run out.
    await release();
  }
}
