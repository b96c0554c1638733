import type { RemotePolicy, RemoteRegion } from '../posting/posting';
import { REGION_WORDS, regionKeys } from './place-names';
import { headerKind, placeAt } from './places';
import { type Clause, foldedSet, type Token } from './tokenize';

const REMOTE = foldedSet(`
  remote remotely homeoffice telework teleworking telecommute teletravail télétravail teletrabajo teletrabalho
  telelavoro remoto remota fjernarbeid fjernarbejde hjemmefra hjemmekontor hemifrån distansarbete distans etätyö
  etätyötä etänä etätyönä zdalna zdalnie zdalny zdalnej thuiswerken thuiswerk ortsunabhängig wfh
  удаленно удалённо удаленная удалённая удаленка
`);
// Compounds start with these ("Hybridmodell", "hybridarbete", "Homeoffice-Tage" glued as "Homeofficetage").
const REMOTE_PREFIXES = ['homeoffice', 'telework', 'teletrab', 'télétrav', 'teletrav', 'fjernarb', 'etätyö'];
const HYBRID_PREFIX = 'hybrid';
const HYBRID = foldedSet(`
  hybrid hybride hybrido híbrido híbrida ibrido ibrida hybrydowa hybrydowy hybrydowo hybrydowej гибрид гибридный
  гибридная
`);
const ONSITE = foldedSet(`
  onsite presencial presencialmente présentiel presentiel présentielle stacjonarna stacjonarnie stacjonarny
  lähityö lähityötä office-based
`);
/** Two-word "on site" forms: first word → second words. */
const ONSITE_PAIRS: Record<string, Set<string>> = {
  on: foldedSet('site premises'),
  vor: foldedSet('ort'),
  // Keys are folded like tokens: "på" is "pa".
  pa: foldedSet('plats stedet kontoret kontorat'),
  sur: foldedSet('site place'),
  in: foldedSet('sede presenza office'),
  op: foldedSet('kantoor locatie'),
  w: foldedSet('biurze'),
  no: foldedSet('escritório'),
  en: foldedSet('oficina'),
};
// "Onsite courses", "on-site onboarding": a perk or a first week, not where the job is done.
const NOT_WORK = foldedSet(`
  course courses training trainings onboarding event events visit visits meeting meetings workshop workshops
  day days week weeks gym canteen parking kurser kurse schulungen formation formations formación formação
`);
const STRONG = foldedSet(`
  100 fully full fuld fuldt helt heltid vollständig komplett completely entirely only exclusively within anywhere
  worldwide first 100 totalmente completamente interamente całkowicie w pełni täysin kokonaan volledig
`);
const PARTIAL = foldedSet(`
  possible possibility possibilities option optional occasionally occasional partially partly partial days day
  tag tage tagen dage dagar dager jours jour días dias giorni dni päivää päivänä dagen
  mulighed muligheder mulighet muligheter möjlighet möjligheter möglichkeit möglichkeiten möglich flexibility flexible
  flexibel fleksibel fleksibelt flexibilidad flexibilidade flessibilità mogelijkheid mogelijk possibilité
  posibilidad possibilidade possibilità możliwość mahdollisuus osittain delvis teilweise gedeeltelijk
  some certain week weekly woche wöchentlich uge ugen vecka veckan uke uken semaine semana settimana tydzień tygodniu
`);
const NOT = foldedSet('no not false kein keine ikke inte ei ingen non sin sem nie niet geen pas');
const FLAG_TRUE = foldedSet('true yes ja oui sí sim sì tak kyllä');
const FLAG_FALSE = foldedSet('false no nein nej nei non não nie ei');
const MOVE = foldedSet(`
  move moving relocate relocating relocation rejse flytte flytta umziehen mudar mudarte trasladarte trasferirti
  déménager verhuizen przeprowadzić
`);
const TO = foldedSet('to til till nach para a à naar in do в');
// Where people work: an office (or a shop, a depot, a drawing office) in a named place is an onsite job.
const OFFICE = foldedSet(`
  office offices kontor kontoret kontorer kontorerne kontorene tegnestue tegnestuen tegnestuerne büro büros
  standort kantoor bureau bureaux oficina oficinas escritório escritórios ufficio uffici sede biuro biurze toimisto
  toimistolla toimistossa офис офисе headquarter headquarters hq hovedkontor huvudkontor hauptsitz siège
  hoofdkantoor warehouse lager butik store shop hotel restaurant hospital sjukhus klinik clinic factory fabrik plant
`);
const OUR = foldedSet(
  'our the vores vårt vårat vort unserem unseren unser onze ons notre nos nuestra nuestras nosso nossa nostro nostra nostri naszym naszej',
);
const AT = foldedSet('in at i på im am op w no na en au dans al à в');
/** "Located in", "placering i": the job's own place (weak: "based in the EU" also says where a remote worker lives). */
const PLACED = foldedSet(`
  located based situated stationed placering placerad placeret placert beliggende lokaliseret lokalisert belägen
  gelegen ansässig situé située situada situado localizado localizada ubicado ubicada sede
`);
const RESIDENCE = foldedSet(`
  based located living live reside resident residing within anywhere bosatt bosat wohnhaft residente residir
  wohnst wohnen
`);
// A street address in a location line means a workplace; a P.O. box does not.
const STREET_ENDINGS = [
  'gatan',
  'gata',
  'gade',
  'vej',
  'vegen',
  'veien',
  'gate',
  'strasse',
  'straße',
  'straat',
  'weg',
  'laan',
  'street',
  'road',
];
const STREET_WORDS = foldedSet('rue via calle rua avenida avenue ulica ul plaza platz');
const PO_BOX = foldedSet('postboks postbox box postfach apartado caixa casella skrytka');
/** "Germany-wide", "deutschlandweit", "landsdækkende". */
const WIDE_SUFFIXES = ['weit', 'wide', 'dækkende'];

// Every word one of findRemotePolicy's branches starts from: most words are none of them, and
// one lookup (plus the long-compound prefixes) lets them pass without a dozen set lookups.
const TRIGGERS = new Set([
  ...REMOTE,
  ...HYBRID,
  ...ONSITE,
  ...Object.keys(ONSITE_PAIRS),
  ...OFFICE,
  ...MOVE,
  ...PLACED,
  ...RESIDENCE,
  ...['from', 'comfort', 'home', 'smart', 'lavoro', 'distance', 'distancia', 'office'],
]);

function mayTrigger(k: string): boolean {
  return TRIGGERS.has(k) || (k.length > 8 && (k.startsWith(HYBRID_PREFIX) || isRemoteWord(k)));
}

export interface RemoteFindings {
  remote: RemotePolicy;
  remoteRegion: RemoteRegion | null;
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

function isRemoteWord(k: string): boolean {
  if (REMOTE.has(k)) return true;
  return k.length > 10 && REMOTE_PREFIXES.some((p) => k.startsWith(p));
}

/** A country named as "<name>weit" / "<name>-wide" ("deutschlandweit" → DE). */
function wideRegion(t: Token): RemoteRegion | null {
  for (const suffix of WIDE_SUFFIXES) {
    if (t.key.length > suffix.length + 3 && t.key.endsWith(suffix)) {
      const stem = t.key.slice(0, -suffix.length);
      const region = REGION_WORDS.get(stem);
      if (region) return region;
      if (regionKeys.has(stem)) {
        const place = placeAt([{ ...t, key: stem, upper: true }], 0, false);
        if (place) return place.code as RemoteRegion;
      }
    }
  }
  return null;
}

function regionAtWord(tokens: Token[], j: number): RemoteRegion | null {
  const t = tokens[j] as Token;
  const word = REGION_WORDS.get(t.key);
  if (word && (word !== 'EU' || t.raw === 'EU') && (word !== 'EEA' || t.raw === t.raw.toUpperCase())) return word;
  const place = placeAt(tokens, j, false);
  if (place) return place.code as RemoteRegion;
  return wideRegion(t);
}

/** A place or region named within `span` words after `i`, skipping articles and brackets. */
function regionAfter(tokens: Token[], i: number, span: number): RemoteRegion | null {
  // "anywhere" alone is the world; "anywhere in Europe" is Europe.
  let anywhere: RemoteRegion | null = null;
  for (let j = i + 1; j <= Math.min(tokens.length - 1, i + span + (anywhere ? 2 : 0)); j++) {
    const t = tokens[j] as Token;
    if ((t.key === 'anywhere' || t.key === 'world') && !anywhere) {
      anywhere = 'worldwide';
      continue;
    }
    const region = regionAtWord(tokens, j);
    if (region) return region;
  }
  return anywhere;
}

/** A region right before a remote word ("100% deutschlandweit im Homeoffice", "EU-based remote"). */
function regionBefore(tokens: Token[], i: number, span: number): RemoteRegion | null {
  for (let j = i - 1; j >= Math.max(0, i - span); j--) {
    const t = tokens[j] as Token;
    const wide = wideRegion(t);
    if (wide) return wide;
    if (REGION_WORDS.has(t.key) && REGION_WORDS.get(t.key) !== 'worldwide') return regionAtWord(tokens, j);
  }
  return null;
}

function placeWithin(tokens: Token[], from: number, span: number): boolean {
  for (let j = from; j <= Math.min(tokens.length - 1, from + span); j++) {
    if (AT.has(tokens[j]?.key ?? '') && tokens[j + 1] && (placeAt(tokens, j + 1, false) || tokens[j + 1]?.upper))
      return true;
    if (placeAt(tokens, j, false)) return true;
  }
  return false;
}

function isStreet(k: string): boolean {
  return STREET_WORDS.has(k) || STREET_ENDINGS.some((e) => k.length > e.length + 2 && k.endsWith(e));
}

/** A "Location:" line holding a street address (a workplace), not a P.O. box. */
function isAddressLine(clause: Clause): boolean {
  const tokens = clause.tokens;
  if (tokens.some((t) => PO_BOX.has(t.key))) return false;
  let number = false;
  let street = false;
  for (const t of tokens) {
    if (/^\d{1,5}$/.test(t.key)) number = true;
    if (isStreet(t.key)) street = true;
  }
  return number && street;
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
