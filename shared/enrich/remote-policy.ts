import type { RemotePolicy, RemoteRegion } from '../posting/posting';
import { REGION_WORDS } from './place-names';
import { headerKind, placeAt } from './places';
import { type Clause, foldedSet, type Token } from './tokenize';

const REMOTE = foldedSet(`
  remote remotely homeoffice telework teletravail télétravail teletrabajo remoto remota fjernarbeid fjernarbejde
  hjemmefra hjemmekontor distans etätyö etätyötä zdalna zdalnie zdalny удаленно удалённо удаленная удалённая
  thuiswerken wfh
`);
const HYBRID = foldedSet('hybrid hybride hybridmodell hybridmodel híbrido ibrido hybrydowa hybrydowo гибрид гибридный');
const ONSITE = foldedSet('onsite presencial presencialmente présentiel stacjonarna stacjonarnie');
const STRONG = foldedSet(
  `100 fully full fuld fuldt helt vollständig komplett completely entirely only exclusively within anywhere worldwide first`,
);
const PARTIAL = foldedSet(`
  possible possibility possibilities optional occasionally occasional partially partly days day tag tage tagen dage dagar
  dager mulighed mulighet möjlighet möglichkeit möglich flexibility
`);
const NOT = foldedSet('no not false kein keine ikke inte ei ingen non sin sem nie');
const MOVE = foldedSet(`
  move moving relocate relocating rejse flytte flytta umziehen mudar mudarte trasladarte trasferirti déménager verhuizen
`);
const TO = foldedSet('to til till nach para a à naar in do в');
const OFFICE = foldedSet('office kontor kontoret büro kantoor bureau oficina escritório ufficio biuro toimisto офис');
const OFFICE_CONTEXT = foldedSet('location based work');
const RESIDENCE = foldedSet(`
  based located living live reside resident residing within anywhere bosatt bosat wohnhaft residente residir
`);

export interface RemoteFindings {
  remote: RemotePolicy;
  remoteRegion: RemoteRegion | null;
}

function has(tokens: Token[], i: number, set: Set<string>, span: number): boolean {
  for (let j = Math.max(0, i - span); j <= Math.min(tokens.length - 1, i + span); j++) {
    if (j !== i && set.has((tokens[j] as Token).key)) return true;
  }
  return false;
}

/** A place or region named within `span` words after `i`, skipping articles and brackets. */
function regionAfter(tokens: Token[], i: number, span: number): RemoteRegion | null {
  // "anywhere" alone is the world; "anywhere in Europe" is Europe.
  let anywhere: RemoteRegion | null = null;
  for (let j = i + 1; j <= Math.min(tokens.length - 1, i + span + (anywhere ? 2 : 0)); j++) {
    const t = tokens[j] as Token;
    const word = REGION_WORDS.get(t.key);
    if (word === 'worldwide' && (t.key === 'anywhere' || t.key === 'world') && !anywhere) {
      anywhere = word;
      continue;
    }
    if (word && (word !== 'EU' || t.raw === 'EU') && (word !== 'EEA' || t.raw === t.raw.toUpperCase())) return word;
    const place = placeAt(tokens, j, false);
    if (place) return place.code as RemoteRegion;
  }
  return anywhere;
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
  let region: RemoteRegion | null = null;
  const all = [...titleClauses, ...locationClauses, ...clauses];
  for (const clause of all) {
    const tokens = clause.tokens;
    const header = headerKind(clause) !== null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const k = t.key;
      const workFromHome = k === 'work' && tokens[i + 1]?.key === 'from' && tokens[i + 2]?.key === 'home';
      const homeOffice = k === 'home' && tokens[i + 1]?.key === 'office';
      if (REMOTE.has(k) || workFromHome || homeOffice) {
        if (has(tokens, i, NOT, 1)) onsite += 1;
        else if (has(tokens, i, STRONG, 3) || (workFromHome && tokens[i + 3]?.key === 'role')) strong += 1;
        else if (has(tokens, i, PARTIAL, 4)) hybrid += 1;
        else remote += header ? 2 : 1;
        region ??= regionAfter(tokens, i, 4);
      } else if (HYBRID.has(k)) {
        hybrid += 2;
      } else if (ONSITE.has(k) || (k === 'on' && tokens[i + 1]?.key === 'site')) {
        onsite += 2;
      } else if (OFFICE.has(k) && (has(tokens, i, OFFICE_CONTEXT, 1) || tokens[i - 1]?.key === 'our')) {
        if (tokens[i - 1]?.key === 'our' && tokens[i - 2]?.key === 'in') onsite += 1;
        else if (OFFICE_CONTEXT.has(tokens[i + 1]?.key ?? '') || OFFICE_CONTEXT.has(tokens[i - 1]?.key ?? ''))
          onsite += 1;
      } else if (MOVE.has(k) && TO.has(tokens[i + 1]?.key ?? '') && placeAt(tokens, i + 2, false)) {
        onsite += 1;
      } else if (RESIDENCE.has(k)) {
        region ??= regionAfter(tokens, i, 3);
      }
    }
  }
  let policy: RemotePolicy;
  if (strong > 0) policy = 'remote';
  else if (hybrid > 0 && hybrid >= onsite) policy = 'hybrid';
  else if (remote > onsite) policy = 'remote';
  else if (onsite > 0) policy = 'onsite';
  else policy = remoteHint ?? 'unknown';
  if (policy !== 'remote') return { remote: policy, remoteRegion: null };
  if (!region && countries.length === 1) region = countries[0] as RemoteRegion;
  return { remote: policy, remoteRegion: region };
}
