import type { Evidence, RemotePolicy, RemoteRegion } from '../posting/posting';
import { headerKind, placeAt } from './places';
import { regionAfter, regionBefore } from './remote-region';
import type { Clause, Token } from './tokenize';
import {
  AT,
  FLAG_FALSE,
  FLAG_TRUE,
  HYBRID,
  HYBRID_PREFIX,
  isRemoteWord,
  MOVE,
  mayTrigger,
  NOT,
  NOT_WORK,
  OFFICE,
  ONSITE,
  ONSITE_PAIRS,
  OUR,
  PARTIAL,
  PLACED,
  RESIDENCE,
  STRONG,
  TO,
} from './work-model-words';
import { isAddressLine, placeWithin } from './workplace';

export interface RemoteFindings {
  remote: RemotePolicy;
  remoteRegion: RemoteRegion | null;
  /** The words that decided each value (see Evidence). */
  evidence?: Evidence[];
}

function has(tokens: Token[], i: number, set: Set<string>, span: number): boolean {
  for (let j = Math.max(0, i - span); j <= Math.min(tokens.length - 1, i + span); j++) {
    if (j === i) continue;
    const t = tokens[j] as Token;
    // "100%" glued to the word before it by a scraper ("zu100%") still says "fully".
    if (set.has(t.key) || (set === STRONG && t.key.endsWith('100') && t.gapAfter.startsWith('%'))) return true;
  }
  return false;
}

function notAfter(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j <= Math.min(tokens.length - 1, i + 4); j++) if (NOT.has((tokens[j] as Token).key)) return true;
  return false;
}

/** "Remote: false" in a board's field dump: true, false or null. */
function remoteFlag(tokens: Token[], i: number): boolean | null {
  const t = tokens[i] as Token;
  if (i !== 0 || !t.gapAfter.includes(':') || tokens.length !== 2) return null;
  const v = tokens[1]?.key ?? '';
  return FLAG_TRUE.has(v) ? true : FLAG_FALSE.has(v) ? false : null;
}

/** Remote / hybrid / onsite by weighing the work-model words of each clause, and where a remote worker may live. */
export function findRemotePolicy(
  titleClauses: Clause[],
  locationClauses: Clause[],
  clauses: Clause[],
  countries: string[],
  remoteHint: RemotePolicy | undefined,
): RemoteFindings {
  let strong = 0;
  let remote = 0;
  let hybrid = 0;
  let onsite = 0;
  /** Where the work is, said without a word on the work model: onsite only when nothing else is said. */
  let placed = 0;
  let flag: boolean | null = null;
  let region: RemoteRegion | null = null;
  const all = [...titleClauses, ...locationClauses, ...clauses];
  for (const clause of all) {
    const tokens = clause.tokens;
    const kind = headerKind(clause);
    const header = kind !== null;
    if (kind === 'header' && isAddressLine(clause)) placed += 1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const k = t.key;
      if (!mayTrigger(k)) continue;
      const next = tokens[i + 1]?.key ?? '';
      const fromHome =
        k === 'from' && next === 'home' && (tokens[i - 1]?.key.startsWith('work') || tokens[i + 2]?.key === 'role');
      const comfortOfHome =
        k === 'comfort' && next === 'of' && tokens.slice(i + 2, i + 5).some((x) => x.key === 'home');
      const homeOffice = k === 'home' && (next === 'office' || next === 'working' || next === 'based');
      // Italian "smart working" / "lavoro agile" is work away from the office.
      const smartWorking = (k === 'smart' && next === 'working') || (k === 'lavoro' && next === 'agile');
      const atDistance =
        (k === 'distance' || k === 'distancia' || k === 'distancia') && AT.has(tokens[i - 1]?.key ?? '');
      if (isRemoteWord(k) || fromHome || comfortOfHome || homeOffice || atDistance || smartWorking) {
        const f = isRemoteWord(k) ? remoteFlag(tokens, i) : null;
        if (f !== null) {
          flag = f;
          continue;
        }
        // "No remote", "remote work is not possible", "ikke hjemmefra".
        if (has(tokens, i, NOT, 1) || notAfter(tokens, i)) onsite += 1;
        else if (has(tokens, i, STRONG, 3) || comfortOfHome) strong += 1;
        else if (has(tokens, i, PARTIAL, 6) || has(tokens, i, HYBRID, 8)) hybrid += 1;
        else remote += header ? 2 : 1;
        region ??= regionAfter(tokens, i, 4) ?? regionBefore(tokens, i, 3);
      } else if (HYBRID.has(k) || (k.length > 8 && k.startsWith(HYBRID_PREFIX))) {
        hybrid += 2;
      } else if (ONSITE.has(k) || (k === 'office' && next === 'based')) {
        if (!NOT_WORK.has(next)) onsite += 2;
      } else if (Object.hasOwn(ONSITE_PAIRS, k) && ONSITE_PAIRS[k]?.has(next)) {
        // "2 days in the office" is hybrid, said from the office's side.
        if (has(tokens, i, PARTIAL, 4)) hybrid += 1;
        else if (!NOT_WORK.has(tokens[i + 2]?.key ?? '')) onsite += 1;
      } else if (OFFICE.has(k) && k !== 'home') {
        const prev = tokens[i - 1]?.key ?? '';
        const prev2 = tokens[i - 2]?.key ?? '';
        if (prev === 'home') continue;
        // "Based in our headquarters in Utrecht" / "work from our office": a place to come to.
        // "From our Dublin office": the office's own place stands between.
        const named = prev !== '' && placeAt(tokens, i - 1, false) !== null;
        const our = OUR.has(prev) ? i - 1 : named && OUR.has(prev2) ? i - 2 : -1;
        const before = tokens[our - 1]?.key ?? '';
        if (our >= 0 && (AT.has(before) || PLACED.has(tokens[our - 2]?.key ?? '') || before === 'from'))
          onsite += PLACED.has(tokens[our - 2]?.key ?? '') ? 2 : 1;
        else if (placeWithin(tokens, i + 1, 3)) placed += 1;
      } else if (MOVE.has(k) && placeWithin(tokens, i + 1, 2) && TO.has(next)) {
        onsite += 1;
      } else if (PLACED.has(k) && placeWithin(tokens, i + 1, 3)) {
        placed += 1;
        if (RESIDENCE.has(k)) region ??= regionAfter(tokens, i, 3);
      } else if (RESIDENCE.has(k)) {
        region ??= regionAfter(tokens, i, 3);
      }
    }
  }
  let policy: RemotePolicy;
  if (strong > 0) policy = 'remote';
  else if (flag === false) policy = 'onsite';
  else if (hybrid > 0 && hybrid >= onsite) policy = 'hybrid';
  else if (remote > onsite) policy = 'remote';
  else if (onsite > 0) policy = 'onsite';
  else if (flag === true) policy = 'remote';
  else if (placed > 0) policy = 'onsite';
  else policy = remoteHint ?? 'unknown';
  if (policy !== 'remote') return { remote: policy, remoteRegion: null };
  if (!region && countries.length === 1) region = countries[0] as RemoteRegion;
  return { remote: policy, remoteRegion: region };
}
