import type { StoredEmail } from '../../../shared/adapters/ses/start-ses-emulator';
import { verifyToken } from '../../../shared/tokens/tokens';
import { TOKEN_KEY } from './world';

/** What the mailbox says every subscriber received, against what each of them had to receive. */
export interface Tally {
  /** Digest emails (confirmations aside). */
  emails: number;
  /** (subscriber, posting) pairs that match and never arrived. */
  lost: number;
  /** (subscriber, posting) pairs that arrived more than once, the documented window aside. */
  duplicated: number;
  /** Emails that are a resend of a digest the subscriber already has, posting for posting: the window. */
  windowDuplicates: number;
  /** Per subscriber, the first few of what went wrong, for the failure message. */
  detail: string[];
}

const NOT_RELEVANT = /\/not-relevant\?token=([A-Za-z0-9%._~-]+)/g;

/** The postings an email carries, read from its signed "not relevant" links (one per posting). */
export function postingsIn(email: StoredEmail): { subscriberId: string; postingIds: string[] } | undefined {
  const text = `${email.body.text ?? ''}\n${email.body.html ?? ''}`;
  const found = new Map<string, string>();
  for (const [, token] of text.matchAll(NOT_RELEVANT)) {
    const claims = verifyToken(TOKEN_KEY, decodeURIComponent(token ?? ''), 'not-relevant');
    if (claims.postingId) found.set(claims.postingId, claims.subscriberId);
  }
  if (found.size === 0) return undefined;
  const subscribers = new Set(found.values());
  if (subscribers.size !== 1) throw new Error(`one email, links of ${subscribers.size} subscribers: ${email.subject}`);
  return { subscriberId: [...subscribers][0] as string, postingIds: [...found.keys()].sort() };
}

/**
 * Counts, per subscriber, each posting the mailbox shows them. A second email with exactly the
 * postings of an earlier one is a resent digest: the crash between SES accepting and the "sent"
 * write. `allowWindow` counts those apart; otherwise their postings count as duplicated.
 */
export function tally(
  emails: StoredEmail[],
  expected: { subscriberIds: string[]; postingIds: string[] },
  allowWindow: boolean,
): Tally {
  const digests = new Map<string, string[][]>(expected.subscriberIds.map((id) => [id, []]));
  let count = 0;
  for (const email of emails) {
    const carried = postingsIn(email);
    if (!carried) continue;
    count++;
    const list = digests.get(carried.subscriberId);
    if (!list) throw new Error(`a digest to an unknown subscriber ${carried.subscriberId}`);
    list.push(carried.postingIds);
  }
  const result: Tally = { emails: count, lost: 0, duplicated: 0, windowDuplicates: 0, detail: [] };
  for (const [subscriberId, received] of digests) {
    const seenDigests = new Set<string>();
    const times = new Map<string, number>();
    for (const postingIds of received) {
      const key = postingIds.join(',');
      if (allowWindow && seenDigests.has(key)) {
        result.windowDuplicates++;
        continue;
      }
      seenDigests.add(key);
      for (const id of postingIds) times.set(id, (times.get(id) ?? 0) + 1);
    }
    const lost = expected.postingIds.filter((id) => !times.has(id));
    const twice = [...times].filter(([, n]) => n > 1);
    const unexpected = [...times.keys()].filter((id) => !expected.postingIds.includes(id));
    result.lost += lost.length;
    result.duplicated += twice.length;
    if (lost.length + twice.length + unexpected.length > 0) {
      result.detail.push(
        `${subscriberId}: ${received.length} email(s), lost ${lost.length}, duplicated ${twice.length}` +
          (unexpected.length ? `, ${unexpected.length} not among the postings written` : ''),
      );
    }
  }
  return result;
}
