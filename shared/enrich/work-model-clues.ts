import { AND_WORDS } from './cue-words';
import { type Clause, type Token, tokenAt } from './tokenize';
import {
  DISTRIBUTED_WHAT,
  FOR_SOMEONE,
  PRODUCT,
  REMOTE_THINGS,
  REMOTE_THINGS_AFTER,
  SERVICE,
} from './work-model-about-words';
import { REGULAR_WORD, WHERE_WORD } from './work-model-classes';
import { mobileWork, partialStem, SOMETIMES } from './work-model-share-words';
import {
  AT,
  BOTH,
  FLAG_FALSE,
  FLAG_TRUE,
  FLEXIBLE,
  isHomeOffice,
  isHybridWord,
  isRemoteWord,
  MIX_OF,
  NOT,
  OR as OR_WORDS,
  PARTIAL,
  PLACE_OF_WORK,
  REGULAR,
  REMOTE_PAIRS,
  STRONG,
  TIME_THINGS,
  VISIT,
  WANT,
  WHERE,
  WHEREVER,
} from './work-model-words';

// The clues findRemotePolicy reads around a work-model word: negation, "fully", a service given at
// a distance, regular office visits, the worker's own choice of where.

export function has(tokens: Token[], i: number, set: Set<string>, span: number): boolean {
  for (let j = Math.max(0, i - span); j <= Math.min(tokens.length - 1, i + span); j++) {
    if (j === i) continue;
    const t = tokens[j] as Token;
    // "100%" glued to the word before it by a scraper ("zu100%") still says "fully".
    if (set.has(t.key) || (set === STRONG && t.key.endsWith('100') && t.gapAfter.startsWith('%'))) return true;
  }
  return false;
}

/**
 * "No remote", "not recruiting remotely", "ikke muligt at arbejde hjemmefra", "no se permite el teletrabajo":
 * a negation close before, in the same part of the clause.
 */
export function notBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const t = tokens[j] as Token;
    if (/[,:(]/.test(t.gapAfter)) return false;
    if (NOT.has(t.key)) return true;
  }
  return false;
}

/** "Remote work is not possible": a negation close after, before any comma ("partly remote, not fully" is hybrid). */
export function notAfter(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j <= Math.min(tokens.length - 1, i + 4); j++) {
    if (/[,(]/.test((tokens[j - 1] as Token).gapAfter)) return false;
    if (NOT.has((tokens[j] as Token).key)) return true;
  }
  return false;
}

/** "Remote: false" in a board's field dump: true, false or null. */
export function remoteFlag(tokens: Token[], i: number): boolean | null {
  // "Remote: false", "Telework eligible: No", "Remote work? Yes": a short field and its value.
  if (i !== 0 || tokens.length > 3 || tokens.length < 2) return null;
  if (!/[:?]/.test((tokens[tokens.length - 2] as Token).gapAfter)) return null;
  const v = tokens[tokens.length - 1]?.key ?? '';
  return FLAG_TRUE.has(v) ? true : FLAG_FALSE.has(v) ? false : null;
}

/** "Remote monitoring", "acceso remoto", "remote support to customers": remote about the work, not the worker. */
export function aboutTheWork(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.key ?? '';
  if (REMOTE_THINGS.has(next) || REMOTE_THINGS_AFTER.has(next)) return true;
  // "Remote and rural communities", "remote or on-site support": the thing comes after a second adjective.
  if (AND_WORDS.has(next) || OR_WORDS.has(next)) {
    const after = tokens[i + 3]?.key ?? '';
    if (
      REMOTE_THINGS.has(after) ||
      REMOTE_THINGS_AFTER.has(after) ||
      (SERVICE.has(after) && !isRemoteWord(tokens[i + 2]?.key ?? ''))
    )
      return true;
  }
  // "A few remote team members": other people, not this job.
  if (next === 'team' && REMOTE_THINGS.has(tokens[i + 2]?.key ?? '')) return true;
  if (REMOTE_THINGS.has(tokenAt(tokens, i - 1)?.key ?? '') && tokens[i]?.key.startsWith('remot')) return true;
  // "Software for remote teams", "a platform for remote work": the product's users, not this job.
  if (FOR_SOMEONE.has(tokenAt(tokens, i - 1)?.key ?? '') && PRODUCT.has(tokenAt(tokens, i - 2)?.key ?? '')) return true;
  return SERVICE.has(next) && FOR_SOMEONE.has(tokens[i + 2]?.key ?? '');
}

/** "Regular visits to the office", "présence régulière sur site". */
export function regularVisits(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.classes & REGULAR_WORD) !== 0 && REGULAR.has(t.key) && has(tokens, i, VISIT, 3)) return true;
  }
  return false;
}

/** "Wherever you want", "von wo Du willst", "hvor du vil". */
export function wherever(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.classes & WHERE_WORD) === 0) continue;
    const k = t.key;
    if (WHEREVER.has(k)) return true;
    if (WHERE.has(k) && (WANT.has(tokens[i + 2]?.key ?? '') || WANT.has(tokens[i + 1]?.key ?? ''))) return true;
  }
  return false;
}

/** A remote-work phrase at `i` other than a single remote word: "work from home", "von zu Hause", "thuis werken". */
export function homeWorkPhrase(tokens: Token[], i: number): boolean {
  const k = (tokens[i] as Token).key;
  const next = tokens[i + 1]?.key ?? '';
  if (k === 'from' && next === 'home') {
    // "Work from home", "work both from home and …", "a work-from-home role".
    const verb = (j: number) => !!tokenAt(tokens, j)?.key.startsWith('work');
    return verb(i - 1) || (verb(i - 2) && BOTH.has(tokenAt(tokens, i - 1)?.key ?? '')) || tokens[i + 2]?.key === 'role';
  }
  if (k === 'comfort' && next === 'of') return tokens.slice(i + 2, i + 5).some((x) => x.key === 'home');
  if (k === 'home') return next === 'working' || next === 'based';
  if (k === 'von') return next === 'zu' && tokens[i + 2]?.key === 'hause';
  // "Thuis werken", "van thuis uit", "deels thuis".
  if (k === 'thuis') {
    const prev = tokenAt(tokens, i - 1)?.key ?? '';
    return next.startsWith('werk') || prev === 'van' || PARTIAL.has(prev) || partialStem(prev);
  }
  // "Από το σπίτι": from (the) home.
  if (k === 'απο') return next === 'σπιτι' || (next === 'το' && tokens[i + 2]?.key === 'σπιτι');
  if (mobileWork(tokens, i)) return true;
  if (smartWorking(tokens, i)) return true;
  // "A fully distributed team": no office to come to.
  if (k === 'distributed') return DISTRIBUTED_WHAT.has(next) || DISTRIBUTED_WHAT.has(tokens[i + 2]?.key ?? '');
  // "Na dálku", "vanuit huis", "de acasă", "od kuće": unless said of a thing ("bewaking op afstand").
  if (REMOTE_PAIRS.get(k)?.has(next)) return !REMOTE_THINGS.has(tokenAt(tokens, i - 1)?.key ?? '');
  if (k !== 'distance' && k !== 'distancia') return false;
  // "Travail à distance", not "surveillance à distance" nor "support à distance".
  const thing = tokenAt(tokens, i - 2)?.key ?? '';
  return AT.has(tokenAt(tokens, i - 1)?.key ?? '') && !REMOTE_THINGS.has(thing) && !SERVICE.has(thing);
}

/**
 * "50% remote", "Homeoffice 40 %", "Remote-Anteil von bis zu 60 %": a share of the time at most `max`
 * percent, next to the word at `i` or a few words after it.
 */
export function partPercent(tokens: Token[], i: number, max: number): boolean {
  for (let j = i - 1; j <= Math.min(tokens.length - 1, i + 5); j++) {
    const t = tokenAt(tokens, j);
    if (j === i || !t || !/^\d{1,2}$/.test(t.key) || !t.gapAfter.trimStart().startsWith('%')) continue;
    if (Number(t.key) <= max) return true;
  }
  return false;
}

/** Italian "smart working" / "lavoro agile": like "home office", days away from the office unless said to be all. */
export function smartWorking(tokens: Token[], i: number): boolean {
  const k = (tokens[i] as Token).key;
  const next = tokens[i + 1]?.key ?? '';
  return (k === 'smart' && next === 'working') || (k === 'lavoro' && next === 'agile');
}

/** A hybrid-work word within `span` words of `i`. */
export function hybridNear(tokens: Token[], i: number, span: number): boolean {
  for (let j = Math.max(0, i - span); j <= Math.min(tokens.length - 1, i + span); j++)
    if (j !== i && isHybridWord((tokens[j] as Token).key)) return true;
  return false;
}

/** A part-time word near `i` ("2 days remote"), but not flexibility of time ("flexible workflow", "flexible hours"). */
export function partlyNear(tokens: Token[], i: number, span: number): boolean {
  for (let j = Math.max(0, i - span); j <= Math.min(tokens.length - 1, i + span); j++) {
    const k = (tokens[j] as Token).key;
    if (j === i || !(PARTIAL.has(k) || SOMETIMES.has(k) || partialStem(k))) continue;
    if (!FLEXIBLE.has(k)) return true;
    const next = tokens[j + 1]?.key ?? '';
    const about = next === 'working' ? (tokens[j + 2]?.key ?? '') : next;
    if (!TIME_THINGS.has(about)) return true;
  }
  return false;
}

/** "A hybrid of sales and engineering", "a hybrid role for someone who loves both data and craft". */
export function hybridMix(tokens: Token[], i: number): boolean {
  if (MIX_OF.has(tokens[i + 1]?.key ?? '')) return true;
  // "A hybrid role (70% customer support, 30% moderation)": shares of tasks, not of places.
  for (let j = i + 1; j <= Math.min(tokens.length - 2, i + 6); j++) {
    const t = tokens[j] as Token;
    if (!/^\d{1,2}$/.test(t.key) || !t.gapAfter.trimStart().startsWith('%')) continue;
    const what = (tokens[j + 1] as Token).key;
    if (!isRemoteWord(what) && !PLACE_OF_WORK.has(what) && !isHomeOffice(what)) return true;
  }
  for (let j = i + 1; j <= Math.min(tokens.length - 1, i + 10); j++)
    if (BOTH.has((tokens[j] as Token).key)) return true;
  return false;
}

/** A "Remote" line with "Yes" or "No" on the next line (a job board's field dump): true, false or null. */
export function lineFlag(clause: Clause, next: Clause | undefined): boolean | null {
  // "Remote" or "Telework Eligible:" on its own line. The layout first: it rules out nearly every
  // clause without a look-up.
  const n = clause.tokens.length;
  if (n === 0 || n > 2 || !clause.lineStart || !next?.lineStart || next.tokens.length !== 1) return null;
  if (!isRemoteWord((clause.tokens[0] as Token).key)) return null;
  const v = (next.tokens[0] as Token).key;
  return FLAG_TRUE.has(v) ? true : FLAG_FALSE.has(v) ? false : null;
}

/**
 * "Work modes: hybrid, remote", "Remote & Hybrid", "praca hybrydowa, praca zdalna": work models listed
 * side by side are the models offered (the worker picks), unless days or a share say how they mix.
 */
export function modesListed(tokens: Token[], remoteAt: number[], modeAt: number[]): boolean {
  if (remoteAt.length === 0 || modeAt.length === 0) return false;
  // "Both onsite and remotely": the two combined, not one of them chosen.
  for (const t of tokens) if (BOTH.has(t.key)) return false;
  for (const r of remoteAt) {
    if (partlyNear(tokens, r, 6)) continue;
    for (const m of modeAt) {
      const [lo, hi] = r < m ? [r, m] : [m, r];
      if (hi - lo > 4) continue;
      for (let j = lo; j < hi; j++) {
        const t = tokens[j] as Token;
        if (/[,&;]/.test(t.gapAfter) || (j > lo && AND_WORDS.has(t.key))) return true;
      }
    }
  }
  return false;
}

/** "Both at the office and from home", "sowohl im Büro als auch …", "zowel op kantoor als thuis": the two combined. */
export function bothIn(tokens: Token[]): boolean {
  for (const t of tokens) if (BOTH.has(t.key)) return true;
  return false;
}
