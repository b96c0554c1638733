import { randomUUID } from 'node:crypto';
import { crashPoint } from '../crash/crash-point';
import { enrichPosting } from '../enrich/enrich-posting';
import { PostingRefusedError } from '../ports/posting-refused-error';
import type { FetchResult, Source } from '../ports/source';
import type { MatchMark, SourceRunReport } from '../ports/stores';
import { needsMatching } from '../posting/match-relevant-change';
import { type Posting, rawPostingSchema } from '../posting/posting';
import { postingFingerprint, postingId } from '../posting/posting-identity';
import { describeIssues } from '../validation/describe-issues';
import type { Deps } from './deps';
import { handOverMark } from './match-marks';

type StoreDeps = Pick<Deps, 'postings' | 'matchQueue'>;

/** Postings per chunk: one mark and one match job each. */
const MATCH_BATCH = 50;

/** What the poll hands to the match step once it has stored everything: postings and their mark. */
export interface HandOver {
  mark?: MatchMark;
  postingIds: string[];
}

/**
 * Sends each hand-over to the match step (which consumes its mark); a mark whose postings all
 * ended up needing no match (duplicates, a race) is consumed here. A failed send throws, and the
 * marks left are handed over by the next poll of the source.
 */
export async function handOverAll(deps: StoreDeps, handOvers: HandOver[]): Promise<void> {
  for (const { mark, postingIds } of handOvers) {
    if (mark) await handOverMark(deps, mark, postingIds);
    else if (postingIds.length > 0) await deps.matchQueue.send([{ postingIds }]);
  }
}

/**
 * Stores what a fetch listed, a chunk at a time: first a "to match" mark naming the chunk's
 * postings that will need matching (never stored, closed and listed again, or changed in a way
 * that matters), then the postings; each chunk becomes a hand-over (a match job carrying the
 * mark, which the match step consumes). A crash anywhere leaves the mark, and the next poll
 * hands it over. A copy that is
 * stored as another source's posting (a duplicate) carries it: keeps it open, or reopens it.
 * Then it closes what is open and no longer listed (a full listing) or what the source says is
 * removed (either), and drops the carries of copies gone.
 */
export async function storeListing(
  deps: StoreDeps,
  source: Source,
  result: Extract<FetchResult, { notModified: false }>,
  report: SourceRunReport,
  newPostingIds: string[],
  handOvers: HandOver[],
  times: { runAt: Date; started: Date },
): Promise<void> {
  report.parsed = result.postings.length;
  const full = result.coverage !== 'partial';
  // What the source has stored and which copies it carries, read once: each posting is saved
  // against it, and a full listing says what is open to close. A partial one (a national feed's
  // changes) reads only the postings it names: the source may have stored tens of thousands.
  const [known, carried] = await Promise.all([
    full ? deps.postings.listSourcePostings(source.id) : namedPostings(deps, source, result),
    deps.postings.listCarried(source.id),
  ]);
  // Every posting this fetch names, stored or not: a posting that fails to parse today is still
  // listed by its source, so it must not be closed.
  const listed = new Set<string>();
  let unidentified = 0;
  for (const r of result.rejected) {
    report.rejected++;
    report.errors.push(`${r.externalId ?? 'posting'}: ${r.reason}`);
    if (r.externalId) listed.add(postingId({ sourceId: source.id, externalId: r.externalId }));
    else unidentified++;
  }
  // Unique per attempt: a sweep's match job never deletes a mark this attempt wrote.
  const attempt: Attempt = {
    id: `${times.started.toISOString()}#${randomUUID().slice(0, 8)}`,
    at: times.started.toISOString(),
  };
  for (let i = 0; i < result.postings.length; i += MATCH_BATCH) {
    const ready: Posting[] = [];
    for (const candidate of result.postings.slice(i, i + MATCH_BATCH)) {
      const prepared = preparePosting(source, candidate, times.runAt);
      if (prepared.listedId) listed.add(prepared.listedId);
      else unidentified++;
      if ('reason' in prepared) {
        report.rejected++;
        report.errors.push(prepared.reason);
      } else if (carried.has(prepared.posting.id)) {
        report.duplicate++; // a copy already carrying its posting: nothing to write
      } else ready.push(prepared.posting);
    }
    const toMark = ready.filter((p) => needsMatching(known.get(p.id), p)).map((p) => p.id);
    const mark: MatchMark = {
      sourceId: source.id,
      markId: `${attempt.id}#${i / MATCH_BATCH}`,
      postingIds: toMark,
      at: attempt.at,
    };
    if (toMark.length > 0) await deps.postings.putMatchMark(mark);
    const toMatch: string[] = [];
    handOvers.push({ ...(toMark.length > 0 ? { mark } : {}), postingIds: toMatch });
    for (const posting of ready) {
      const matched = await savePosting(deps, source, posting, known.get(posting.id), report, attempt, handOvers);
      if (matched.kind === 'new') newPostingIds.push(matched.postingId);
      if (matched.kind === 'new' || matched.kind === 'changed') {
        toMatch.push(matched.postingId);
        crashPoint('poll.after-save');
      }
    }
  }
  if (!full) {
    await closeRemoved(deps, source, result.removed ?? [], listed, carried, report, times.runAt);
    return;
  }
  // Closing needs the whole list: when some entry could not even be identified, or nothing in the
  // payload was readable, this fetch cannot say what is gone.
  if (unidentified > 0 || (result.postings.length === 0 && result.rejected.length > 0)) {
    await closeRemoved(deps, source, result.removed ?? [], listed, carried, report, times.runAt);
    return;
  }
  const gone = [...known].filter(([id, p]) => p.status === 'open' && !p.unlisted && !listed.has(id)).map(([id]) => id);
  await closeGone(deps, source, gone, carried, (listedId) => !listed.has(listedId), report, times.runAt);
}

/** The stored postings (open or closed) that a partial listing names, by id. */
async function namedPostings(
  deps: StoreDeps,
  source: Source,
  result: Extract<FetchResult, { notModified: false }>,
): Promise<Map<string, Posting>> {
  const ids = new Set<string>();
  for (const candidate of result.postings) {
    const externalId = (candidate as { externalId?: unknown } | null)?.externalId;
    if (typeof externalId === 'string' && externalId) ids.add(postingId({ sourceId: source.id, externalId }));
  }
  const stored = ids.size > 0 ? await deps.postings.getPostings([...ids]) : [];
  return new Map(stored.map((p) => [p.id, p]));
}

/**
 * Closes what the source says is removed, unless this very fetch also listed it (its latest
 * state wins), and drops the carries of removed copies. Only what is stored and open is written:
 * a feed's removals name many ads this source never stored (another region, an ad it rejected).
 */
async function closeRemoved(
  deps: StoreDeps,
  source: Source,
  removedExternalIds: string[],
  listed: Set<string>,
  carried: Map<string, string>,
  report: SourceRunReport,
  at: Date,
): Promise<void> {
  const removed = new Set(
    removedExternalIds
      .map((externalId) => postingId({ sourceId: source.id, externalId }))
      .filter((id) => !listed.has(id)),
  );
  if (removed.size === 0) return;
  const stored = await deps.postings.getPostings([...removed].filter((id) => !carried.has(id)));
  const gone = stored.filter((p) => p.status === 'open' && !p.unlisted).map((p) => p.id);
  await closeGone(deps, source, gone, carried, (listedId) => removed.has(listedId), report, at);
}

/** Closes these postings of the source and drops the carries of the copies that `isGone` says went. */
async function closeGone(
  deps: StoreDeps,
  source: Source,
  gone: string[],
  carried: Map<string, string>,
  isGone: (listedId: string) => boolean,
  report: SourceRunReport,
  at: Date,
): Promise<void> {
  if (gone.length > 0) report.closed = (report.closed ?? 0) + (await deps.postings.closePostings(source.id, gone, at));
  for (const [listedId, carriedId] of carried) {
    if (isGone(listedId) && (await deps.postings.dropCarry(listedId, carriedId, at)))
      report.closed = (report.closed ?? 0) + 1;
  }
}

/** One poll attempt: its marks' ids start with `id`; `at` is when it began. */
interface Attempt {
  id: string;
  at: string;
}

type Saved = { kind: 'new' | 'changed'; postingId: string } | { kind: 'other' };

/** Saves one posting and counts it; says whether it must be matched (it was marked before). */
async function savePosting(
  deps: StoreDeps,
  source: Source,
  posting: Posting,
  stored: Posting | undefined,
  report: SourceRunReport,
  attempt: Attempt,
  handOvers: HandOver[],
): Promise<Saved> {
  let saved: Awaited<ReturnType<StoreDeps['postings']['savePosting']>>;
  try {
    saved = await deps.postings.savePosting(posting, stored);
  } catch (err) {
    // The store refused this one posting (too large, invalid): rejected, the others go on.
    if (!(err instanceof PostingRefusedError)) throw err;
    report.rejected++;
    report.errors.push(`${posting.externalId}: ${err.message}`);
    return { kind: 'other' };
  }
  const { outcome, postingId: id, firstSeenAt } = saved;
  if (outcome === 'new') {
    report.new++;
    return { kind: 'new', postingId: id };
  }
  if (outcome === 'updated') {
    report.updated = (report.updated ?? 0) + 1;
    // Reopened, or changed in what matching reads: matched again (a wording change is not).
    return needsMatching(stored, posting) ? { kind: 'changed', postingId: id } : { kind: 'other' };
  }
  // Stored by an earlier attempt of this very run (an SQS redelivery of its job): new all the same.
  if (outcome === 'seen' && firstSeenAt === posting.firstSeenAt) {
    report.new++;
    return { kind: 'new', postingId: id };
  }
  report.duplicate++;
  if (outcome === 'duplicate') await carry(deps, source, posting.id, id, attempt, handOvers);
  return { kind: 'other' };
}

/**
 * The copy `listedId` is stored as posting `original` (of this or another source): it keeps it
 * open while listed. A closed original is listed again through the copy: a mark naming it first,
 * then the reopen, then its match job.
 */
async function carry(
  deps: StoreDeps,
  source: Source,
  listedId: string,
  original: string,
  attempt: Attempt,
  handOvers: HandOver[],
) {
  if ((await deps.postings.carryPosting(listedId, original, { reopen: false })) !== 'closed') return;
  const mark: MatchMark = {
    sourceId: source.id,
    markId: `${attempt.id}#${listedId}`,
    postingIds: [original],
    at: attempt.at,
  };
  await deps.postings.putMatchMark(mark);
  const reopened = (await deps.postings.carryPosting(listedId, original, { reopen: true })) === 'carried';
  if (reopened) crashPoint('poll.after-save');
  handOvers.push({ mark, postingIds: reopened ? [original] : [] });
}

/** Parses and enriches one listed posting; a rejection names why. */
function preparePosting(
  source: Source,
  candidate: unknown,
  now: Date,
): { listedId?: string } & ({ posting: Posting } | { reason: string }) {
  const parsed = rawPostingSchema.safeParse(candidate);
  if (!parsed.success) {
    const externalId = (candidate as { externalId?: unknown } | null)?.externalId;
    return {
      reason: `invalid posting from ${source.id}: ${describeIssues(parsed.error)}`,
      ...(typeof externalId === 'string' && externalId
        ? { listedId: postingId({ sourceId: source.id, externalId }) }
        : {}),
    };
  }
  const raw = parsed.data;
  const listedId = postingId(raw);
  const enrichment = enrichPosting({
    title: raw.title,
    text: raw.text,
    locationText: raw.locationText,
    remoteHint: raw.remoteHint,
  });
  if (!enrichment.isPosting) return { reason: `${raw.externalId}: not a job posting`, listedId };
  const posting: Posting = {
    ...raw,
    id: listedId,
    fingerprint: postingFingerprint(raw),
    enrichment,
    status: 'open',
    firstSeenAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
  };
  return { posting, listedId };
}
