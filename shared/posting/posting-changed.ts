import type { Posting } from './posting';

const sourceFields = ['title', 'text', 'company', 'url', 'locationText', 'remoteHint', 'postedAt'] as const;

/**
 * Whether a polled posting differs from the stored one in anything its source said (title, text,
 * company, link, place, remote hint, date). Our own bookkeeping (times, status) is not compared.
 */
export function postingChanged(stored: Posting, polled: Posting): boolean {
  return sourceFields.some((field) => (stored[field] ?? null) !== (polled[field] ?? null));
}
