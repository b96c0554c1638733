import { AD_AFTER_JOB, AD_NOUN_STEMS, DECIMAL_SHARE, JOB_THEN } from './report-words';
import type { Clause, Token } from './tokenize';

// What a text says of job ads and of figures, for document-kind.ts: one pass over its words.

/** First letter → the job-ad noun stems that begin with it. */
const STEMS_BY_FIRST = new Map<number, string[]>();
for (const stem of AD_NOUN_STEMS) {
  const list = STEMS_BY_FIRST.get(stem.charCodeAt(0)) ?? [];
  list.push(stem);
  STEMS_BY_FIRST.set(stem.charCodeAt(0), list);
}

/** How many times a text (its title aside) names a job ad. */
export function adNouns(clauses: Clause[]): number {
  let n = 0;
  for (const c of clauses) {
    if (c.section === 'title') continue;
    const tokens = c.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const key = (tokens[i] as Token).key;
      const stems = STEMS_BY_FIRST.get(key.charCodeAt(0));
      if (stems?.some((s) => key.startsWith(s))) n++;
      else if (JOB_THEN.has(key) && AD_AFTER_JOB.has(tokens[i + 1]?.key ?? '')) n++;
    }
  }
  return n;
}

/** The distinct decimal shares a text quotes ("0,3 %", "11.8%"). */
export function decimalShares(head: string): string[] {
  const shares = head.match(DECIMAL_SHARE);
  return shares ? [...new Set(shares)] : [];
}
