import type { Cue } from './document-kind';
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

/**
 * Marks of a text about job ads or the job market: job ads named again and again, statistics.
 * Decimal shares are looked for first (a cheap search); job-ad nouns only when a cue is there.
 */
export function reportMarks(
  head: string,
  clauses: Clause[],
  weight: number,
  read: { rare: boolean; words: number },
  add: (c: Cue) => void,
): void {
  const { rare, words } = read;
  const shares = decimalShares(head);
  const statistics = shares.length >= SHARES;
  if (statistics) add({ kind: 'an article', weight: 1, quote: shares.slice(0, 3).join(' · ') });
  // With no other cue, only a short text that speaks to no one is read for them (a guide on writing
  // an ad): counting them in every long formal ad would cost more time than they decide.
  if (weight === 0 && !statistics && !(rare && words <= SHORT_TEXT)) return;
  const nouns = adNouns(clauses);
  if (nouns < AD_NOUNS) return;
  // Named often in a text that speaks to no one, they are its subject (an ad for ad sales speaks to its candidate).
  add({ kind: 'an article', weight: nouns >= MANY_AD_NOUNS && rare ? 2 : 1, quote: `job ads named ${nouns} times` });
}
/** Times a text names job ads before it reads as written about them (an ad may name itself once or twice). */
const AD_NOUNS = 2;
const MANY_AD_NOUNS = 3;
const SHORT_TEXT = 200;
const SHARES = 2;
