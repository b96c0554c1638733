import { readFileSync } from 'node:fs';
import path from 'node:path';
import { enrichPosting } from '../../shared/enrich/enrich-posting';
import type { Posting } from '../../shared/posting/posting';
import { postingFingerprint, postingId } from '../../shared/posting/posting-identity';
import { fixturesDir } from './fixtures';

/** The real labelled postings of ../shared/fixtures/extraction. */
export const labelled = readFileSync(path.join(fixturesDir, 'extraction/labelled.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; title: string; text: string; company?: string; source?: string });

/** A stored posting built from the i-th real labelled posting, enriched as a poll would. */
export function realPosting(i: number, firstSeenAt: string): Posting {
  const d = labelled[i % labelled.length] as (typeof labelled)[number];
  const raw = {
    sourceId: `cost-${i}`,
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
