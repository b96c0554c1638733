import { createHash } from 'node:crypto';
import type { RawPosting } from './posting';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Deterministic id of a posting: the same job polled twice gets the same id. It names its source
 * ("<sourceId>.<hash>"), so that the store can keep a posting in its source's partition and still
 * find it by id alone.
 */
export function postingId(raw: Pick<RawPosting, 'sourceId' | 'externalId'>): string {
  return `${raw.sourceId}.${sha256(`${raw.sourceId}\u0000${raw.externalId}`).slice(0, 32)}`;
}

/**
 * Content fingerprint for cross-source dedup: the same title and text from two sources hash
 * alike. Case, punctuation and white space are folded so a re-encoded copy still collides.
 */
export function postingFingerprint(raw: Pick<RawPosting, 'title' | 'text'>): string {
  const fold = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return sha256(`${fold(raw.title)}\u0000${fold(raw.text)}`).slice(0, 32);
}
