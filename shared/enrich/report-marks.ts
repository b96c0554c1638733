import { AD_AFTER_JOB, AD_NOUN_STEMS, DECIMAL_SHARE, JOB_THEN } from './report-words';
import type { Clause, Token } from './tokenize';

// What a text says of job ads and of figures, for document-kind.ts: one pass over its words.

/** A word's first two letters as one number: most words begin like no stem, and one look-up lets them pass. */
const pair = (w: string) => w.charCodeAt(0) * 65_536 + w.charCodeAt(1);
/** First two letters → the job-ad noun stems that begin with them. */
const STEMS_BY_PAIR = new Map<number, string[]>();
for (const stem of AD_NOUN_STEMS) {
  const list = STEMS_BY_PAIR.get(pair(stem)) ?? [];
  list.push(stem);
  STEMS_BY_PAIR.set(pair(stem), list);
}
const JOB = pair('jo');

/** How many times a text (its title aside) names a job ad. */
export function adNouns(clauses: Clause[]): number {
  let n = 0;
  for (const c of clauses) {
    if (c.section === 'title') continue;
    const tokens = c.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const key = (tokens[i] as Token).key;
      const p = pair(key);
      const stems = STEMS_BY_PAIR.get(p);
      if (stems !== undefined) {
        for (const s of stems) {
          if (key.startsWith(s)) {
            n++;
            break;
          }
        }
      } else if (p === JOB && JOB_THEN.has(key) && AD_AFTER_JOB.has(tokens[i + 1]?.key ?? '')) n++;
    }
  }
  return n;
}

/** The distinct decimal shares a text quotes ("0,3 %", "11.8%"). */
export function decimalShares(head: string): string[] {
  const shares = head.match(DECIMAL_SHARE);
  return shares ? [...new Set(shares)] : [];
}
