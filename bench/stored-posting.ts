import { enrichPosting } from '../shared/enrich/enrich-posting';
import type { Posting } from '../shared/posting/posting';
import { postingFingerprint, postingId } from '../shared/posting/posting-identity';

// Apart from test/support/real-postings.ts, which reads ../shared when imported: the benchmarks build postings
// with this and run on a made-up posting when ../shared is absent.
/** A labelled posting as a poll of `sourceId` would store it: identified, fingerprinted, enriched. */
export function storedPosting(
  d: { id: string; title: string; text: string; company?: string; source?: string },
  sourceId: string,
  firstSeenAt: string,
): Posting {
  const raw = {
    sourceId,
    externalId: d.id,
    title: d.title,
    text: d.text,
    ...(d.company ? { company: d.company } : {}),
    ...(d.source?.startsWith('http') ? { url: d.source } : {}),
  };
  return {
    ...raw,
    id: postingId(raw),
    fingerprint: postingFingerprint(raw),
    enrichment: enrichPosting(raw),
    status: 'open',
    firstSeenAt,
    lastSeenAt: firstSeenAt,
  };
}
