import { readFileSync } from 'node:fs';
import path from 'node:path';
import { storedPosting } from '../../bench/stored-posting';
import type { Posting } from '../../shared/posting/posting';
import { fixturesDir } from './fixtures';

/** The real labelled postings of ../shared/fixtures/extraction. */
export const labelled = readFileSync(path.join(fixturesDir, 'extraction/labelled.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; title: string; text: string; company?: string; source?: string });

/** A stored posting built from the i-th real labelled posting, enriched as a poll would. */
export function realPosting(i: number, firstSeenAt: string): Posting {
  return storedPosting(labelled[i % labelled.length] as (typeof labelled)[number], `cost-${i}`, firstSeenAt);
}
