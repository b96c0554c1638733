import { type Clause, fold, foldedSet, type Token, tokenAt } from './tokenize';
import { wordClass } from './word-classes';

// The words around a place that say whether it is where the job is. Each list holds the forms
// ads write in the EU's and the Nordics' job markets; a phrase is matched word by word, folded.

/** Phrases by their first folded word, longest first. */
function phrases(list: string): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const p of list.split('|')) {
    const words = Array.from(p.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu), (m) => fold(m[0]));
    const first = words[0];
    if (!first) continue;
    const entry = byFirst.get(first) ?? [];
    entry.push(words);
    entry.sort((a, b) => b.length - a.length);
    byFirst.set(first, entry);
  }
  return byFirst;
}

/** Labels of a structured location line ("Arbeitsort: 91052 Erlangen", "Miejsce pracy: Kraków"). */
const HEADER_PHRASES = phrases(`
  location|locations|job location|work location|office location|place of work|workplace|where|country|city|region|
  sted|arbeidssted|arbeidsted|lokasjon|kontorsted|tjenestested|arbejdssted|lokation|arbejdsplads|
  arbetsort|arbetsplats|ort|placering|placeringsort|stationeringsort|tjänstgöringsort|
  arbeitsort|einsatzort|standort|dienstort|arbeitsplatz|dienstsitz|
  lieu|lieu de travail|localisation|ville|
  ubicación|localización|lugar de trabajo|ciudad|localidad|
  localização|local|local de trabalho|cidade|localidade|
  sede|sede di lavoro|luogo di lavoro|località|
  locatie|werklocatie|standplaats|plaats|werkplek|vestiging|plaats van tewerkstelling|
  sijainti|paikkakunta|työpaikka|työskentelypaikka|toimipaikka|työpaikan sijainti|
  lokalizacja|miejsce|miejsce pracy|miasto|
  místo|místo výkonu práce|místo pracoviště|pracoviště|lokalita|
  miesto|miesto práce|miesto výkonu práce|
  munkavégzés helye|helyszín|munkahely|település|
  locul de muncă|locație|locatie|localitate|oraș|
  τοποθεσία|τόπος εργασίας|περιοχή|
  asukoht|töökoht|töö asukoht|
  darbo vieta|vieta|miestas|darba vieta|atrašanās vieta|
  mjesto rada|lokacija|kraj dela|
  място на работа|местоположение|град|место|город|место работы|
  staðsetning|starfsstöð|месторабота|работно място|локация|pracovisko
`);
// "Where:" as a label ("Dónde:", "Où :", "Hvor:"); never a cue in running text ("hvor i Norge").
const QUESTION_LABELS = phrases('dónde|donde|où|wo|waar|hvor|var|dove|onde|missä|gdzie|kde|kus|kur|hol|unde|къде');

/** Every word of a location label: such a word is not a town's name ("Location", "Sted"). */
export const HEADER_WORDS = new Set([...HEADER_PHRASES.values(), ...QUESTION_LABELS.values()].flat(2));

/** Words in running text after which the place named is where the job is ("based in", "basé à"). */
const CUE_PHRASES = phrases(`
  based in|based at|located in|located at|stationed in|position is in|role is in|
  workplace is|location is|place of work is|
  basé à|basée à|basé en|basée en|situé à|située à|poste est basé à|lieu de travail est|
  ubicado en|ubicada en|con base en|basado en|basada en|
  baseado em|baseada em|localizado em|localizada em|
  basato a|basata a|sede di lavoro è|
  arbeitsort ist|arbeitsplatz ist|einsatzort ist|dienstort ist|
  standplaats is|werklocatie is|
  placerad i|placerad på|stationerad i|baserad i|arbetsort är|arbetsorten är|
  lokalisert i|stasjonert i|basert i|plassert i|arbeidssted er|
  placeret i|baseret i|med base i|arbejdssted er|arbejdsstedet er|
  our office in|at our office in|
  you will work in|you ll work in|you will be working in|you ll be working in|
  an unserem standort|am standort|unseren standort|unserem standort|unser standort|in unserem büro in|in unserer niederlassung in|
  dans nos locaux|au sein de notre agence|notre agence de|nos bureaux de|
  en nuestra oficina de|en nuestras oficinas de|en nuestra sede de|
  nos nossos escritórios|no nosso escritório|presso la nostra sede|presso la sede di|
  op ons kantoor in|vanuit ons kantoor in|
  på vårt kontor i|på vores kontor i|på kontoret i|på vårat kontor i
`);

/**
 * Cues after which a capitalised word is as often a team's or a company's name as a town's ("join
 * our Bright team", "working at Acme"): a country or a known city after them counts as after "based
 * in", a word only GeoNames knows as some small town does not.
 */
const WEAK_CUE_PHRASES = phrases('join our|work from our|working at|working from|work from|work at our|working in our');

// The company's story: every place in its sentence is the company's, a "based in" included.
const HISTORY = foldedSet(`
  founded grundlagt grundad gegründet fondé fondée fundada fundado fondato opgericht perustettu założona założony
`);
// The company's seat or its other sites: a "based in" after one of these is the company's.
const COMPANY_SITES = foldedSet(`
  headquarters headquartered hq offices hovedkontor huvudkontor hauptsitz firmensitz siège hoofdkantoor
  parent muttergesellschaft moderselskab moderbolag morselskap emoyhtiö moederbedrijf capogruppo matriz
  locations subsidiaries branches standorte niederlassungen filialen kontorer kontoren
  büros bureaux oficinas escritórios escritorios uffici biura toimistot vestigingen
`);
// "Our HQ is in Oslo, but you will be based in Bergen": a contrast hands the sentence to the job.
const CONTRASTS = foldedSet('but however whereas while men mens aber jedoch während mais pero ma maar mutta ale ale');
// A place named beside these is the company's, a trip's or a market's, not the job's.
const DISTRACTORS = foldedSet(`
  ${[...COMPANY_SITES].join(' ')}
  http https www tel tlf phone telefon
  customers clients kunder kunderne kunderna kunden klanten clientes clienti klientów klienci asiakkaita asiakkaiden
  markets market cannot except excluding outside
  presence nationalities
  travel travelling traveling trips visit visits reisen dienstreisen reisetätigkeit resor reiser rejser
  trasferta trasferte viagens viajes déplacements
  ${[...HISTORY].join(' ')}
`);

/** Words before a place in running text ("office in Solna", "i Kristianstad", "à Lyon", "uit Heerenveen"). */
export const PLACE_PREPOSITIONS = foldedSet(
  'in i på à a en em w we в im nach naar til till au di bei near around uit vanuit aus nahe',
);
// An employer that is a town's own council names the town where the job is: before it
// ("Gemeente Zwolle", "Comune di Bari") or, in the Nordic languages, after it ("Tromsø kommune").
const COUNCIL_BEFORE = foldedSet(
  'gemeente gemeinde stadt gmina comune ayuntamiento concello município municipio commune obec město mesto bestuur ocmw stad mairie municipality',
);
const COUNCIL_AFTER = foldedSet('kommune kommun stad vald');
const COUNCIL_LINKS = foldedSet('de di of van del do da');

/** Whether word `i` is a town named as its own council ("Gemeente Zwolle", "Comune di Bari", "Tromsø kommune"). */
export function namesCouncil(tokens: Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1)?.key ?? '';
  if (COUNCIL_BEFORE.has(prev) || (COUNCIL_LINKS.has(prev) && COUNCIL_BEFORE.has(tokenAt(tokens, i - 2)?.key ?? '')))
    return true;
  return COUNCIL_AFTER.has(tokens[i + 1]?.key ?? '') && (tokens[i]?.gapAfter ?? '') === ' ';
}

/** Words joining a list of places ("Mannheim, Sofia or Vilnius"). */
const LIST_JOINERS = foldedSet('or and og eller och und oder et ou o y e of en tai ja lub albo nebo alebo vagy sau');
/** A word after one of these is a common noun ("in den Bergen"), not a town. */
export const ARTICLES = foldedSet('den dem der die das des le les el los las il gli het');
/** Words after a label that make it a cue in running text ("Arbeitsort ist", "Arbeidssted i"). */
const LABEL_LINKS = foldedSet('is ist er är est es é è jest on i in à en em w im v ve u');

function phraseAt(tokens: Token[], i: number, byFirst: Map<string, string[][]>): number {
  const list = byFirst.get(tokens[i]?.key ?? '');
  if (!list) return 0;
  // Loops, not .every(): a closure for each phrase of each clause's first words.
  for (const p of list) {
    let j = 0;
    while (j < p.length && tokens[i + j]?.key === p[j]) j++;
    if (j === p.length) return p.length;
  }
  return 0;
}

/** A "Location:" style line, or a clause that is only such a label (its value follows). */
export function headerKind(clause: Clause): 'label' | 'header' | null {
  const tokens = clause.tokens;
  for (let i = 0; i < Math.min(3, tokens.length); i++) {
    if (((tokens[i] as Token).classes & CUE_FIRST_WORD) === 0) continue;
    const n = phraseAt(tokens, i, HEADER_PHRASES) || phraseAt(tokens, i, QUESTION_LABELS);
    if (n === 0) continue;
    const last = labelEnd(tokens, i + n - 1, clause.lineStart && i === 0);
    const end = last === tokens.length - 1;
    if ((tokens[last] as Token).gapAfter.includes(':') || (end && clause.lineStart)) return end ? 'label' : 'header';
  }
  return null;
}

/** A line's label may run on a word or two before its colon ("Místo vykonávání pozice:", "Lieu de travail principal :"). */
function labelEnd(tokens: Token[], last: number, opensLine: boolean): number {
  if (!opensLine || (tokens[last] as Token).gapAfter.includes(':')) return last;
  for (let j = last + 1; j <= last + 2 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.upper || /^\d/.test(t.key) || (tokens[j - 1] as Token).gapAfter !== ' ') return last;
    if (t.gapAfter.includes(':')) return j;
  }
  return last;
}

/** The first words of every cue and label: most words start neither. */
const CUE_FIRST_WORDS = new Set([
  ...CUE_PHRASES.keys(),
  ...WEAK_CUE_PHRASES.keys(),
  ...HEADER_PHRASES.keys(),
  ...QUESTION_LABELS.keys(),
]);

const CUE_FIRST_WORD = wordClass((k) => CUE_FIRST_WORDS.has(k));
const DISTRACTOR = wordClass((k) => DISTRACTORS.has(k));

/** A "based in" style cue: where its words start and where the words after it start. */
export interface Cue {
  start: number;
  end: number;
  /** A location label used as a cue ("Arbeitsort ist"): a plural one ("locations in") is a distractor's. */
  label: boolean;
  /** A cue a team's or company's name may follow ("join our"): see WEAK_CUE_PHRASES. */
  weak?: boolean;
}

/** The first "based in" style cue of a clause, or null when it holds none. */
export function findCue(tokens: Token[]): Cue | null {
  // "working from our office in Kendal": a weak cue gives way to a strong one later in the clause.
  let weakCue: Cue | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (((tokens[i] as Token).classes & CUE_FIRST_WORD) === 0) continue;
    const n = phraseAt(tokens, i, CUE_PHRASES);
    if (n > 0) return { start: i, end: i + n, label: false };
    const weak: number = weakCue ? 0 : phraseAt(tokens, i, WEAK_CUE_PHRASES);
    if (weak > 0) weakCue = { start: i, end: i + weak, label: false, weak: true };
    const label = phraseAt(tokens, i, HEADER_PHRASES);
    if (label > 0 && LABEL_LINKS.has(tokens[i + label]?.key ?? ''))
      return { start: i, end: i + label + 1, label: true };
  }
  return weakCue;
}

/** A clause that names a place as the company's, a trip's or a market's; up to word `end` only when given. */
export function isDistractor(clause: Clause, end = clause.tokens.length): boolean {
  const tokens = clause.tokens;
  for (let i = 0; i < Math.min(end, tokens.length); i++) {
    const t = tokens[i] as Token;
    if ((t.classes & DISTRACTOR) !== 0 || t.gapAfter.includes('@')) return true;
  }
  return false;
}

/** A clause whose cue is about the company's seat or sites ("Our parent company is based in Paris"), with no contrast before the cue. */
export function isCompanySeat(clause: Clause, cueStart: number): boolean {
  let seat = false;
  for (let i = 0; i < Math.min(cueStart, clause.tokens.length); i++) {
    const key = (clause.tokens[i] as Token).key;
    if (COMPANY_SITES.has(key)) seat = true;
    else if (CONTRASTS.has(key)) seat = false;
  }
  return seat;
}

/** A clause that tells the company's story ("Founded in 1892 in Horgen"): none of its places is the job's. */
export function isHistory(clause: Clause): boolean {
  return clause.tokens.some((t) => HISTORY.has(t.key));
}

/**
 * Whether word `i` continues a list of places whose last item ends at word `last` (", ", " or ",
 * " / ", " and/or ": "Verona e/o Padova", "Linz und/oder Wels").
 */
export function continuesList(tokens: Token[], i: number, last: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  if (!prev) return false;
  if (last === i - 1) return /^\s*[,/&+]\s*$/.test(prev.gapAfter);
  if (!LIST_JOINERS.has(prev.key) || prev.gapAfter !== ' ') return false;
  if (last === i - 2) return (tokenAt(tokens, i - 2)?.gapAfter ?? '') === ' ';
  const first = tokenAt(tokens, i - 2);
  return (
    last === i - 3 &&
    first !== undefined &&
    LIST_JOINERS.has(first.key) &&
    first.gapAfter === '/' &&
    (tokenAt(tokens, i - 3)?.gapAfter ?? '') === ' '
  );
}

/**
 * Where the word after a postcode starting at word `at` is: 91052, 0150, 4000-123, 00-950, 114 55,
 * D-80331, 7311 LR (the Dutch letters are skipped); -1 when no postcode starts there.
 */
export function postcodeEnd(tokens: Token[], at = 0): number {
  let i = at;
  // A country prefix ("D-80331", "CH-8001").
  if (/^[A-Z]{1,2}$/.test(tokens[i]?.raw ?? '') && (tokens[i]?.gapAfter ?? '') === '-') i++;
  const first = tokens[i];
  if (!first || !/^\d{2,5}$/.test(first.key)) return -1;
  const next = tokens[i + 1];
  // The second part of a split code: "4000-123", "00-950", "114 55".
  if (next && /^\d{2,3}$/.test(next.key) && /^[- ]$/.test(first.gapAfter)) {
    return (first.key + next.key).length >= 4 ? i + 2 : -1;
  }
  if (first.key.length < 4) return -1;
  return /^[A-Z]{2}$/.test(next?.raw ?? '') && first.gapAfter === ' ' ? i + 2 : i + 1;
}

// Words that put a town beside the job's place, not at it ("near Oslo", "im Süden Münchens",
// "nördlich von Hamburg", "Salzburgin lähellä"): the country stands, the town is not the job's.
const NEAR_BEFORE = foldedSet(`
  near nearby outside around close nahe nähe umgebung außerhalb süden norden osten westen nördlich südlich östlich
  westlich nær nära utanför près proximité cerca
  vicino vicinanze perto arredores nabij buurt pobliżu okolicach blízkosti
`);
const NEAR_AFTER = foldedSet('lähellä läheisyydessä ulkopuolella');
const NEAR_LINKS = foldedSet('of von to de da di van av från a à');

/** Whether the place at word `i` is named as near the job's place rather than as it. */
export function namedAsNear(tokens: Token[], i: number, length = 1): boolean {
  const prev = tokenAt(tokens, i - 1)?.key ?? '';
  if (NEAR_BEFORE.has(prev) || NEAR_AFTER.has(tokens[i + length]?.key ?? '')) return true;
  return NEAR_LINKS.has(prev) && NEAR_BEFORE.has(tokenAt(tokens, i - 2)?.key ?? '');
}
