import type { Match, MatchReason } from '../match/match';
import { matchPosting } from '../match/match-posting';
import type { DigestJob } from '../ports/queue';
import type { DigestRecord } from '../ports/stores';
import { canonicalUrl } from '../posting/canonical-url';
import type { Posting } from '../posting/posting';
import type { Subscriber } from '../subscriber/subscriber';
import type { Deps } from './deps';

/** One posting of a digest, with the reason it matches the subscriber's criteria now. */
export interface DigestEntry {
  match: Match;
  posting: Posting;
  reason: MatchReason;
}

/** What a delivery will send, and what it found that no longer belongs in any digest. */
export interface DigestSelection {
  /** Claimed by this digest (its own, new, or taken over from a digest that never went out). */
  chosen: DigestEntry[];
  /** Pending matches to drop: closed or expired, a copy of an older posting, sent by another digest, or no longer wanted. */
  stale: Match[];
  /** Postings this digest may hold a claim on and must give back (they no longer match). */
  unwanted: string[];
  moreCount: number;
}

type SelectDeps = Pick<Deps, 'matches' | 'settings'>;

/**
 * Chooses a digest's postings among `candidates` (the pending matches; on a retry, those its
 * record names) and claims them, newest first, up to the digest's limit. A posting is checked
 * against the subscriber's criteria as they are now, with the matcher's own rules, and its reason
 * is recomputed from them: a change of languages or filters since the match is honoured here.
 * A claim another digest holds is dropped only when that digest was sent; the claim of a digest
 * that never went out (crashed, or found its subscriber paused) is taken over, so its postings
 * are still delivered. Safe because the caller holds the subscriber's lease: no other delivery
 * for this subscriber works meanwhile.
 */
export async function selectDigest(
  deps: SelectDeps,
  job: DigestJob,
  subscriber: Subscriber,
  candidates: Match[],
  postings: Map<string, Posting>,
  now: Date,
): Promise<DigestSelection> {
  const stale: Match[] = [];
  const unwanted: string[] = [];
  const live: DigestEntry[] = [];
  for (const match of [...candidates].sort((a, b) => b.postedAt.localeCompare(a.postedAt))) {
    const posting = postings.get(match.postingId);
    if (posting?.status !== 'open') {
      stale.push(match);
      continue;
    }
    // matchPosting also refuses a posting whose deadline passed.
    const reason = matchPosting(subscriber.criteria, posting, now);
    if (reason) live.push({ match, posting, reason });
    else {
      stale.push(match);
      unwanted.push(match.postingId);
    }
  }
  const copies = new Set(copiesAtOneAddress(live.map((e) => e.posting)));
  const open = live.filter((e) => {
    if (copies.has(e.posting.id)) stale.push(e.match);
    return !copies.has(e.posting.id);
  });

  const holders = new Map<string, Promise<DigestRecord | undefined>>();
  const holder = (digestId: string) => {
    let record = holders.get(digestId);
    if (!record) {
      record = deps.matches.getDigest(subscriber.id, digestId);
      holders.set(digestId, record);
    }
    return record;
  };
  const chosen: DigestEntry[] = [];
  const limit = deps.settings.maxPostingsPerDigest;
  let next = 0;
  while (chosen.length < limit && next < open.length) {
    const round = open.slice(next, next + limit - chosen.length);
    next += round.length;
    const outcomes = await Promise.all(
      round.map((e) => claimOrAdopt(deps, subscriber.id, e.posting.id, job.digestId, holder)),
    );
    round.forEach((e, i) => {
      if (outcomes[i] === 'ours') chosen.push(e);
      else if (outcomes[i] === 'sent') stale.push(e.match);
      // 'held': left pending, for whichever delivery holds it now.
    });
  }
  return { chosen, stale, unwanted, moreCount: open.length - next };
}

/**
 * Claims a posting for the digest: 'ours' when it now holds the claim, 'sent' when a digest that
 * went out holds it, 'held' when the claim moved while we looked (it stays pending).
 */
async function claimOrAdopt(
  deps: SelectDeps,
  subscriberId: string,
  postingId: string,
  digestId: string,
  holder: (digestId: string) => Promise<DigestRecord | undefined>,
): Promise<'ours' | 'sent' | 'held'> {
  const claim = await deps.matches.claimPosting(subscriberId, postingId, digestId);
  if (claim.outcome !== 'taken') return 'ours';
  const record = await holder(claim.by);
  if (record?.status === 'sent') return 'sent';
  // The holder never went out (no record: it died after claiming; "sending": it died or stopped
  // before SES accepted, or in the one window after): this digest finishes it.
  return (await deps.matches.adoptClaim(subscriberId, postingId, claim.by, digestId)) ? 'ours' : 'held';
}

/**
 * Postings (newest first) at the address of an older one from another source. The store keeps a
 * board's copy of a job apart when the board retitled it (its dedup looks among postings with the
 * same title); the link tells them apart here, so the job goes out once, as first seen. One
 * source's postings at one address are different jobs behind a generic link.
 */
function copiesAtOneAddress(newestFirst: Posting[]): string[] {
  const first = new Map<string, Posting>();
  const copies: string[] = [];
  for (const posting of [...newestFirst].reverse()) {
    const address = posting.url ? canonicalUrl(posting.url) : undefined;
    if (!address) continue;
    const owner = first.get(address);
    if (owner === undefined) first.set(address, posting);
    else if (owner.id !== posting.id && owner.sourceId !== posting.sourceId) copies.push(posting.id);
  }
  return copies;
}
