import type { Evidence, RemotePolicy, RemoteRegion } from '../posting/posting';
import { findPhysicalWork } from './physical-work';
import { headerKind, placeAt } from './places';
import { livesInRegion, readRegion } from './remote-region-find';
import { type Clause, clauseText, type Token, tokenAt } from './tokenize';
import { MAY_MATTER } from './work-model-classes';
import {
  aboutTheWork,
  bothIn,
  has,
  homeWorkPhrase,
  hybridMix,
  hybridNear,
  lineFlag,
  modesListed,
  notAfter,
  notBefore,
  partlyNear,
  partPercent,
  regularVisits,
  remoteFlag,
  smartWorking,
  wherever,
} from './work-model-clues';
import { ANYWHERE, MORE_OFFICES, mixed, mobileWork, partialInside, workAnywhere } from './work-model-share-words';
import {
  AT,
  HOME_OFFICE_THINGS,
  HYBRID_THINGS,
  INTERVIEW,
  isHomeOffice,
  isHybridWord,
  isRemoteWord,
  MOVE,
  mayTrigger,
  NOT,
  NOT_WORK,
  OFFICE,
  ONSITE,
  ONSITE_PAIRS,
  OR,
  OUR,
  PARTIAL,
  PLACED,
  STRONG,
  TO,
  WORK_VERB,
} from './work-model-words';
import { commuted, daily, placeWithin } from './workplace';

export interface RemoteFindings {
  remote: RemotePolicy;
  remoteRegion: RemoteRegion | null;
  /** The words that decided each value (see Evidence). */
  evidence?: Evidence[];
  /** On site, or hybrid with words of the office the worker comes in to: the job is where the ad is read. */
  inPerson?: boolean;
}

type Kind = 'strong' | 'remote' | 'hybrid' | 'onsite';

/** One clause's say on the work model: what it weighs for, how much, by which rule. */
interface Signal {
  kind: Kind;
  weight: number;
  clause: Clause;
  rule: string;
}

/** Reads one clause's work-model signals into `out`; returns a "Remote: true/false" flag when it is one. */
function readClause(clause: Clause, header: boolean, inTitle: boolean, out: Signal[]): boolean | null {
  const tokens = clause.tokens;
  let flag: boolean | null = null;
  // "Onsite, hybrid or remote": the worker chooses, so the job may be done remotely throughout.
  let remoteWords = 0;
  let others = 0;
  let or = false;
  let negated = false;
  // Where a branch below may start: most clauses have no such word and cost one lookup a word.
  const at: number[] = [];
  // Where the remote words and the other work models stand: "hybrid, remote" is a list of models offered.
  const remoteAt: number[] = [];
  const modeAt: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.classes & MAY_MATTER) === 0) continue;
    const k = t.key;
    if (OR.has(k)) or = true;
    else if (NOT.has(k)) negated = true;
    else if (!mayTrigger(k)) continue;
    at.push(i);
    if (isRemoteWord(k) && !aboutTheWork(tokens, i)) {
      remoteWords++;
      remoteAt.push(i);
    } else if (isHybridWord(k) || ONSITE.has(k) || OFFICE.has(k) || isHomeOffice(k)) {
      others++;
      if (!OFFICE.has(k)) modeAt.push(i);
    }
  }
  if (at.length === 0) return null;
  const say = (kind: Kind, weight: number, rule: string) => out.push({ kind, weight, clause, rule });
  const visits = regularVisits(tokens);
  const choice = or || modesListed(tokens, remoteAt, modeAt);
  if (remoteWords > 0 && others > 0 && choice && !negated && !visits) {
    say('strong', 1, 'choice of work models');
    return null;
  }
  if (visits) say('hybrid', 2, 'regular office visits');
  const anyWhere = wherever(tokens);
  // What the whole clause says is read once, when a word first asks: asked per word, a clause of
  // thousands of work-model words ("remote remote …") took seconds, in time quadratic in its length.
  let mixedOffice: boolean | undefined;
  const mixedWithOffice = (): boolean => {
    if (mixedOffice === undefined) mixedOffice = (mixed(tokens) || bothIn(tokens)) && officeIn(tokens);
    return mixedOffice;
  };
  let commutedTo: boolean | undefined;
  const commutedClause = (): boolean => {
    if (commutedTo === undefined) commutedTo = commuted(tokens) || daily(tokens);
    return commutedTo;
  };
  const first = out.length;
  for (const i of at) {
    const t = tokens[i] as Token;
    const k = t.key;
    const next = tokens[i + 1]?.key ?? '';
    const homeOffice =
      (k === 'home' && next === 'office') || isHomeOffice(k) || mobileWork(tokens, i) || smartWorking(tokens, i);
    if (isRemoteWord(k) || homeOffice || homeWorkPhrase(tokens, i)) {
      const f = isRemoteWord(k) ? remoteFlag(tokens, i) : null;
      if (f !== null) {
        flag = f;
        continue;
      }
      if (isRemoteWord(k) && aboutTheWork(tokens, i)) continue;
      const after = tokens[i + (k === 'home' ? 2 : 1)]?.key ?? '';
      if (homeOffice && HOME_OFFICE_THINGS.has(after)) continue;
      if (notBefore(tokens, i) || notAfter(tokens, i)) say('onsite', 1, 'negated');
      // "50% Stuttgart, 50% Remote", "Homeoffice 40 %": remote part of the time.
      else if (partPercent(tokens, i, 80) || partialInside(k)) say('hybrid', 2, 'part of the time');
      // "Hybrid - Remote", "Remote / Hybrid" (no "or"): remote some of the time.
      else if (!or && !negated && (isHybridWord(tokens[i - 1]?.key ?? '') || isHybridWord(next))) {
        say('hybrid', 1, 'hybrid beside remote');
      } else if (has(tokens, i, STRONG, isRemoteWord(k) ? 3 : 4) || k === 'comfort' || anyWhere)
        say('strong', 1, 'fully remote');
      else if (inTitle) say('strong', 1, 'title');
      else if (partlyNear(tokens, i, 6) || hybridNear(tokens, i, 8)) say('hybrid', 1, 'some days remote');
      else if (mixedWithOffice()) say('hybrid', 1, 'office and home combined');
      // "Arbeitsort: Homeoffice", "Sted: Hjemmekontor": home is the place of work.
      else if (homeOffice && remoteWords === 0 && !header) say('hybrid', 1, 'home office');
      else say('remote', header ? 2 : 1, header ? 'location header' : 'remote word');
    } else if (ANYWHERE.has(k) && (workAnywhere(tokens, i) || (header && tokens.length <= 3)) && !negated) {
      say('strong', 1, 'work from anywhere');
    } else if (isHybridWord(k) && !HYBRID_THINGS.has(next)) {
      // A mix of skills, in a clause saying nothing else of where one works.
      if (remoteWords === 0 && others === 1 && hybridMix(tokens, i)) continue;
      say('hybrid', 2, 'hybrid word');
    } else if (ONSITE.has(k) || (k === 'office' && next === 'based')) {
      if (!NOT_WORK.has(next) && !has(tokens, i, INTERVIEW, 6)) say('onsite', 2, 'onsite word');
    } else if (Object.hasOwn(ONSITE_PAIRS, k) && ONSITE_PAIRS[k]?.has(next)) {
      // "An interview with us on site": the hiring, not the work.
      if (has(tokens, i, INTERVIEW, 6)) continue;
      // "2 days in the office" is hybrid, said from the office's side.
      if (has(tokens, i, PARTIAL, 6)) say('hybrid', 1, 'days at the office');
      else if (!NOT_WORK.has(tokens[i + 2]?.key ?? '')) say('onsite', 1, 'onsite word');
    } else if (OFFICE.has(k) && k !== 'home') {
      const prev = tokenAt(tokens, i - 1)?.key ?? '';
      const prev2 = tokenAt(tokens, i - 2)?.key ?? '';
      if (prev === 'home') continue;
      // "Based in our headquarters in Utrecht" / "work from our office": a place to come to.
      // "From our Dublin office": the office's own place stands between.
      const named = prev !== '' && placeAt(tokens, i - 1, false) !== null;
      const our = OUR.has(prev) ? i - 1 : named && OUR.has(prev2) ? i - 2 : -1;
      const before = tokenAt(tokens, our - 1)?.key ?? '';
      const placed = PLACED.has(tokenAt(tokens, our - 2)?.key ?? '');
      if (our >= 0 && (AT.has(before) || placed || before === 'from')) say('onsite', placed ? 2 : 1, 'our office');
      // An office in a place says where the company sits; reached by public transport or with parking, it is
      // where the worker comes in. A place alone ("based in London", an address, relocation) says nothing of
      // the work model (GUIDE.md).
      else if (placeWithin(tokens, i + 1, 3) && commutedClause()) say('onsite', 1, 'office to come to');
    } else if (
      MOVE.has(k) &&
      TO.has(next) &&
      placeWithin(tokens, i + 1, 2) &&
      tokens.slice(i + 2, i + 8).some((t) => WORK_VERB.has(t.key))
    ) {
      // "Move to Tallinn to work": the job is done there (relocation help alone says nothing).
      say('onsite', 1, 'moving there to work');
    }
  }
  // "1-3 days a week at the office, the rest from home": a clause that says hybrid makes its remote words hybrid.
  if (out.slice(first).some((s) => s.kind === 'hybrid'))
    for (let n = first; n < out.length; n++)
      if ((out[n] as Signal).kind === 'remote') (out[n] as Signal).kind = 'hybrid';
  return flag;
}

/** Whether a clause names an office ("ured", "Büro", "kantoor"), not a home office. */
function officeIn(tokens: Token[]): boolean {
  for (const t of tokens) if ((OFFICE.has(t.key) && t.key !== 'home') || MORE_OFFICES.has(t.key)) return true;
  return false;
}

/** Hybrid rules that say how the week is shared, not just that home work exists. */
const SHARE_RULES = new Set(['part of the time', 'some days remote', 'days at the office', 'regular office visits']);

const total = (signals: Signal[], kind: Kind) => signals.reduce((n, s) => n + (s.kind === kind ? s.weight : 0), 0);

/** Remote / hybrid / onsite by weighing the work-model words of each clause, and where a remote worker may live. */
export function findRemotePolicy(
  titleClauses: Clause[],
  locationClauses: Clause[],
  clauses: Clause[],
  countries: string[],
  remoteHint: RemotePolicy | undefined,
): RemoteFindings {
  const signals: Signal[] = [];
  let flag: boolean | null = null;
  const sources: [Clause[], boolean][] = [
    [titleClauses, true],
    [locationClauses, false],
    [clauses, false],
  ];
  for (const [list, inTitle] of sources) {
    for (const [n, clause] of list.entries()) {
      const onLines = lineFlag(clause, list[n + 1]);
      if (onLines !== null) {
        flag = onLines;
        continue;
      }
      const kind = headerKind(clause);
      const f = readClause(clause, kind !== null || list === locationClauses, inTitle, signals);
      if (f !== null) flag = f;
    }
  }
  const strong = total(signals, 'strong');
  const remote = total(signals, 'remote');
  const hybrid = total(signals, 'hybrid');
  const onsite = total(signals, 'onsite');
  let policy: RemotePolicy;
  let decidedBy: Kind[] = [];
  // "You are located in the EU": only read when nothing else decided.
  let livesIn: Clause | null = null;
  // "Stuttgart Remote" in a title, "50% Stuttgart, 50% Remote" in the text: the share said outright wins.
  const titleOnly = signals.every((s) => s.kind !== 'strong' || s.rule === 'title');
  const share = signals.some((s) => s.rule === 'part of the time');
  if (strong > 0 && !(titleOnly && share)) [policy, decidedBy] = ['remote', ['strong']];
  else if (flag === false) policy = 'onsite';
  // "Home office 2 days a week", "50 % remote": the share said outright outweighs words of the office (the office days).
  else if (hybrid > 0 && (hybrid >= onsite || (onsite >= remote && signals.some((s) => SHARE_RULES.has(s.rule)))))
    [policy, decidedBy] = ['hybrid', ['hybrid']];
  else if (remote > onsite) [policy, decidedBy] = ['remote', ['remote']];
  else if (onsite > 0) [policy, decidedBy] = ['onsite', ['onsite']];
  else if (flag === true) policy = 'remote';
  // The source's own field counts where the text says nothing on the work model itself.
  else if (remoteHint && remoteHint !== 'unknown') policy = remoteHint;
  // "You are located in the EU": a worker asked to live in a region of many countries works from there.
  else policy = 'unknown';
  if (policy === 'unknown') {
    livesIn = livesInRegion(clauses);
    if (livesIn) policy = 'remote';
  }
  // Nothing said of the work model, but the work is done in person (a cook, a nurse, a cleaner).
  const physical = policy === 'unknown' ? findPhysicalWork(titleClauses, clauses) : null;
  if (physical) policy = 'onsite';
  const evidence: Evidence[] = signals
    .filter((s) => decidedBy.includes(s.kind))
    .slice(0, 2)
    .map((s) => ({ field: 'remote', value: policy, quote: clauseText(s.clause), rule: s.rule }));
  if (physical) evidence.push({ field: 'remote', value: policy, quote: physical.quote, rule: 'physical work' });
  else if (livesIn)
    evidence.push({ field: 'remote', value: policy, quote: clauseText(livesIn), rule: 'lives in a region' });
  else if (decidedBy.length === 0 && policy !== 'unknown') {
    const rule = flag !== null ? 'remote flag' : 'source field';
    evidence.push({ field: 'remote', value: policy, quote: flag !== null ? 'Remote' : `${remoteHint}`, rule });
  }
  const inPerson = policy === 'onsite' || (policy === 'hybrid' && onsite > 0);
  if (policy !== 'remote') return { remote: policy, remoteRegion: null, evidence, inPerson };
  const found = readRegion(titleClauses, locationClauses, clauses, countries);
  if (found) evidence.push({ field: 'remoteRegion', value: found.region, quote: found.quote, rule: found.rule });
  return { remote: policy, remoteRegion: found?.region ?? null, evidence };
}
