import { fold, foldedSet } from './tokenize';
import { ANYWHERE, MOBILE } from './work-model-share-words';

// The words findRemotePolicy weighs, in every language we read ads in, folded like tokens.

const REMOTE = foldedSet(`
  remote remotely telework teleworking telecommute teletravail télétravail teletrabajo teletrabalho
  telelavoro remoto remota fjernarbeid fjernarbejde hjemmefra hemifrån distansarbete distans etätyö
  etätyötä etänä etätyönä zdalna zdalnie zdalny zdalnej thuiswerken thuiswerk ortsunabhängig wfh
  удаленно удалённо удаленная удалённая удаленка remotamente distanciel uzaktan evden
`);
/**
 * Two-word remote phrases: first word → second words ("na dálku", "vanuit huis", "de acasă",
 * "od kuće", "z domu", "desde casa", "от вкъщи", "iš namų", "no mājām", "op afstand").
 */
export const REMOTE_PAIRS: ReadonlyMap<string, Set<string>> = new Map(
  Object.entries({
    na: 'dálku diaľku daljinu daljavo',
    vanuit: 'huis',
    op: 'afstand',
    de: 'acasă',
    od: 'kuće doma',
    z: 'domu domova',
    ze: 'domu',
    desde: 'casa',
    da: 'casa',
    от: 'вкъщи разстояние',
    iš: 'namų',
    no: 'mājām',
    la: 'distanță',
    εξ: 'αποστάσεως',
  }).map(([first, seconds]) => [fold(first), foldedSet(seconds)]),
);
/**
 * "Home office" said alone: in Central and Northern Europe an office job that allows some days
 * at home (hybrid), unless "100 %" or the like makes it the whole job.
 */
export const HOME_OFFICE = foldedSet('homeoffice hjemmekontor hjemmekontoret hemmakontor hemmakontoret');
const HOME_OFFICE_PREFIXES = ['homeoffice', 'hjemmekontor', 'hemmakontor'];
/** After "home office": a thing, not a way of working ("home office budget", "Home-Office-Ausstattung"). */
export const HOME_OFFICE_THINGS = foldedSet(`
  budget set setup equipment allowance stipend furniture ausstattung zuschuss pauschale utstyr udstyr utrustning
  bidrag tillæg kit
`);
/** "Regular visits to the office", "présence régulière sur site": an office job with home days. */
export const REGULAR = foldedSet(`
  regular regularly regelmäßig regelmäßige regelmäßigen regelmässig régulière régulier régulièrement regolare
  regolari regolarmente regular regulares regularmente regelbunden regelbundna regelmessig regelmessige
  regelmæssig regelmæssige säännöllinen säännöllisesti säännöllisiä regelmatig regelmatige regularnie regularne
  frequent frequently occasional
`);
export const VISIT = foldedSet(`
  visit visits visiting besuch besuche besuchen präsenz présence presence presenza presencia presença presencial
  besøg besøk besök vierailu vierailut aanwezigheid bezoek bezoeken obecność wizyty
`);
/** The worker's own choice of where ("von wo Du willst", "wherever you want"): the whole job may be remote. */
export const WHEREVER = foldedSet('wherever ovunque dondequiera overalt');
export const WHERE = foldedSet('where wo hvor var où ou donde dove waar mistä');
export const WANT = foldedSet(`
  want wants like prefer willst möchtest wollen möchten vil vill veux voulez préférez quieras prefieras vuoi
  preferisci wilt wil haluat
`);
/** "Open to candidates in …", "we hire in Spain and Italy": who may apply, said of a remote job. */
export const OPEN = foldedSet(`
  open offen ouvert ouverte abierto abierta aperto aperta åpen öppen åben avoin otwarta hire hiring recruit
  recruiting recrutons contratamos assumiamo zatrudniamy
`);
/** "Onsite, hybrid or remote": a choice between work models, the most remote one offered. */
export const OR = foldedSet('or oder ou o eller tai lub albo или');
// Compounds start with these ("Hybridmodell", "hybridarbete", "Homeoffice-Tage" glued as "Homeofficetage"), folded
// like the words they are compared with ("télétrav" → "teletrav").
const REMOTE_PREFIXES = [
  'telework',
  'teletrab',
  'télétrav',
  'fjernarb',
  'etätyö',
  'zdaln',
  'távmunk',
  'дистанцион',
  'τηλεργασ',
  'απομακρυσμέν',
  'kaugtöö',
  'attālināt',
  'nuotolin',
  'hjemmearbejd',
  'distansarbet',
  'telemunc',
  'thuiswerk',
].map(fold);
/** "Hybrid", "hibridni", "hybrydowa", "hübriidtöö", "хибриден", "υβριδικό" and their compounds. */
const HYBRID_PREFIXES = ['hybrid', 'hibrid', 'hybryd', 'hübriid', 'хибрид', 'гибрид', 'υβριδ'].map(fold);
/** "Hybrid cloud", "hybrid vehicles": a hybrid thing, not a way of working. */
export const HYBRID_THINGS = foldedSet(`
  cloud clouds car cars vehicle vehicles fahrzeug fahrzeuge app apps infrastructure infrastructures architecture
  architectures engine engines systems
`);
export const HYBRID = foldedSet(`
  hybrid hybride hybrido híbrido híbrida ibrido ibrida hybrydowa hybrydowy hybrydowo hybrydowej гибрид гибридный
  гибридная
`);
export const ONSITE = foldedSet(`
  onsite presencial presencialmente présentiel presentiel présentielle stacjonarna stacjonarnie stacjonarny
  lähityö lähityötä lähityönä lähityössä office-based kohapeal prezenční prezenčne prezenčná
`);
/** Two-word "on site" forms: first word → second words. */
export const ONSITE_PAIRS: Record<string, Set<string>> = {
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
  // "Anwesenheit im Büro erforderlich", "presence in the office", "présence sur site".
  anwesenheit: foldedSet('im vor'),
  prasenz: foldedSet('im vor'),
  presence: foldedSet('in at au sur'),
  presenza: foldedSet('in'),
  presencia: foldedSet('en'),
  na: foldedSet('pracovišti pracovisku miejscu'),
  la: foldedSet('birou sediu'),
  [fold('в')]: foldedSet('офиса'),
  u: foldedSet('uredu'),
  v: foldedSet('pisarni kanceláři'),
  [fold('στο')]: foldedSet('γραφείο'),
  [fold('φυσική')]: foldedSet('παρουσία'),
  [fold('személyes')]: foldedSet('jelenlét'),
};
// "Onsite courses", "on-site onboarding": a perk or a first week, not where the job is done.
export const NOT_WORK = foldedSet(`
  course courses training trainings onboarding event events visit visits meeting meetings workshop workshops
  day days week weeks gym canteen parking kurser kurse schulungen formation formations formación formação
  version versions software solution solutions installation installations deployment deployments hosting product
  products
`);
/** "An interview on site", "ein Termin bei uns vor Ort": the hiring, not where the work is done. */
export const INTERVIEW = foldedSet(`
  interview interviews termin vorstellungsgespräch gespräch kennenlernen entretien entretiens entrevista entrevistas
  colloquio colloqui sollicitatiegesprek gesprek intervju intervjuer intervjun samtal haastattelu haastattelut
  rozmowa rozmowy pohovor pohovoru állásinterjú interviu интервю συνέντευξη razgovor vestlus intervija pokalbis
`);
export const STRONG = foldedSet(`
  100 fully full fuld fuldt helt heltid vollständig komplett completely entirely only exclusively within anywhere across
  throughout
  worldwide first 100 totalmente completamente interamente całkowicie pełni pełnym täysin kokonaan volledig
  total totale totalement integral intégral always altijd immer alltid altid aina sempre siempre toujours zawsze plně úplne teljesen изцяло πλήρως potpunosti
  celoti täielikult pilnībā visiškai complet complète entièrement ausschließlich
`);
export const PARTIAL = foldedSet(`
  possible possibility possibilities option optional occasionally occasional partially partly partial days day
  tag tage tagen dage dagar dager jours jour días dias giorni dni päivää päivänä dagen
  mulighed muligheder mulighet muligheter möjlighet möjligheter möglichkeit möglichkeiten möglich flexibility flexible
  flexibel fleksibel fleksibelt flexibilidad flexibilidade flessibilità mogelijkheid mogelijk possibilité deels
  posibilidad possibilidade possibilità możliwość mahdollisuus osittain delvis teilweise gedeeltelijk
  some certain week weekly woche wöchentlich uge ugen vecka veckan uke uken semaine semana settimana tydzień tygodniu
  parcial parcialmente partiel partielle partiellement parziale parzialmente osittainen częściowo częściowa
  dny dana zile дни ημέρες päeva dienas dienos nap týdnu týždni heti săptămână седмица εβδομάδα tjedno tedensko
  nädalas nedēļā savaitę viikossa možnost možnosť lehetőség posibilitate възможност δυνατότητα mogućnost delno
  võimalus iespēja galimybė
`);
/** Flexibility words: of place ("flexible remote work"), unless about time ("flexible hours"). */
export const FLEXIBLE = foldedSet(`
  flexibility flexible flexibel fleksibel fleksibelt flexibilidad flexibilidade flessibilità flexibilité flessibile
`);
/** What a flexibility word is about when it is not where one works. */
export const TIME_THINGS = foldedSet(`
  hours hour time times schedule schedules workflow workflows arbeitszeit arbeitszeiten zeiten arbeitszeitmodell
  horaire horaires horario horarios orario orari arbeidstid arbeidstider arbetstid arbetstider arbejdstid
  arbejdstider werktijden werktijd godziny työaika työajat
`);
/** "A hybrid of sales and engineering", "ein Hybrid aus …": a mix of skills, not of places. */
export const MIX_OF = foldedSet('of between aus zwischen entre tra fra mellan mellom tussen van między');
export const BOTH = foldedSet('both sowohl beide både begge tanto entrambi zarówno zowel');
export const NOT = foldedSet(`
  no not false kein keine keinen nicht ikke inte ej ei ingen non sin sem nie niet geen pas não ne nem nincs brak
  není nelze nemožné nema nav nėra negalima negalimas не δεν
`);
export const FLAG_TRUE = foldedSet('true yes ja oui sí sim sì tak kyllä');
export const FLAG_FALSE = foldedSet('false no nein nej nei non não nie ei');
export const MOVE = foldedSet(`
  move moving relocate relocating relocation rejse flytte flytta umziehen mudar mudarte trasladarte trasferirti
  déménager verhuizen przeprowadzić
`);
export const TO = foldedSet('to til till nach para a à naar in do в');
/** "To work" after a move ("travel to Tallinn to work there"): the job is done where one moves. */
export const WORK_VERB = foldedSet(`
  work working arbejde arbeide arbeta jobbe jobba arbeiten travailler trabajar trabalhar lavorare werken pracować
  pracy työskennellä töihin
`);
// Where people work: an office (or a shop, a depot, a drawing office) in a named place is an onsite job.
export const OFFICE = foldedSet(`
  office offices kontor kontoret kontorer kontorerne kontorene tegnestue tegnestuen tegnestuerne büro büros
  standort kantoor bureau bureaux oficina oficinas escritório escritórios ufficio uffici sede biuro biurze toimisto
  toimistolla toimistossa офис офисе headquarter headquarters hq hovedkontor huvudkontor hauptsitz siège
  hoofdkantoor warehouse lager butik store shop hotel restaurant hospital sjukhus klinik clinic factory fabrik plant
`);
/** What a share of the week is spent at, when it is a place ("60% office, 40% home"). */
export const PLACE_OF_WORK = new Set([
  ...OFFICE,
  ...ONSITE,
  ...foldedSet('home site thuis hjemme hemma kotona casa maison domu'),
]);
export const OUR = foldedSet(
  'our the vores vårt vårat vort unserem unseren unser onze ons notre nos nuestra nuestras nosso nossa nostro nostra nostri naszym naszej',
);
export const AT = foldedSet('in at i på im am op w no na en au dans al à в');
/** "Located in", "placering i": the job's own place (weak: "based in the EU" also says where a remote worker lives). */
export const PLACED = foldedSet(`
  located based situated stationed placering placerad placeret placert beliggende lokaliseret lokalisert belägen
  gelegen ansässig situé située situada situado localizado localizada ubicado ubicada sede
`);
export const RESIDENCE = foldedSet(`
  based located living live reside resident residing within anywhere bosatt bosat wohnhaft residente residir
  wohnst wohnen
`);

// Every word one of findRemotePolicy's branches starts from: most words are none of them, and
// one lookup (plus the long-compound prefixes) lets them pass without a dozen set lookups.
const TRIGGERS = new Set([
  ...REMOTE,
  ...HYBRID,
  ...ONSITE,
  ...Object.keys(ONSITE_PAIRS),
  ...OFFICE,
  ...RESIDENCE,
  ...HOME_OFFICE,
  ...REGULAR,
  ...MOVE,
  ...REMOTE_PAIRS.keys(),
  ...ANYWHERE,
  ...['from', 'comfort', 'home', 'smart', 'lavoro', 'distance', 'distancia', 'office', 'von', 'thuis', 'distributed'],
  ...MOBILE,
  'απο',
]);

/** Whether a word may start one of findRemotePolicy's branches: a cheap test most words fail. */
export function mayTrigger(k: string): boolean {
  return TRIGGERS.has(k) || (k.length > 4 && onPrefix(k));
}

const CLAUSE_WORDS = new Set([...TRIGGERS, ...OR, ...NOT]);
/** Every prefix a trigger may start with, by its first letter: most words' first letter starts none. */
const BY_LETTER = new Map<number, string[]>();
for (const p of [...HYBRID_PREFIXES, ...REMOTE_PREFIXES, ...HOME_OFFICE_PREFIXES]) {
  const list = BY_LETTER.get(p.charCodeAt(0)) ?? [];
  list.push(p);
  BY_LETTER.set(p.charCodeAt(0), list);
}
/** Whether a clause's reading needs the word at all (a trigger, "or", a negation): one look-up for most words. */
export function mayMatter(k: string): boolean {
  if (CLAUSE_WORDS.has(k)) return true;
  // What is left is a word on a prefix: a compound ("Homeofficetage") or an inflection ("etätyöhön").
  return k.length > 4 && onPrefix(k);
}

function onPrefix(k: string): boolean {
  const prefixes = BY_LETTER.get(k.charCodeAt(0));
  return prefixes !== undefined && startsWithAny(k, prefixes);
}

/** "Homeoffice", "hjemmekontor", or a compound of one ("Homeofficetage"). */
export function isHomeOffice(k: string): boolean {
  if (HOME_OFFICE.has(k)) return true;
  return k.length > 10 && startsWithAny(k, HOME_OFFICE_PREFIXES);
}

/** A word for remote work, an inflection ("etätyöhön", "zdalnej") or a compound starting with one. */
export function isRemoteWord(k: string): boolean {
  return REMOTE.has(k) || startsWithAny(k, REMOTE_PREFIXES);
}

/** A word for hybrid work in any language, inflected or in a compound ("Hybridmodell", "hibridni"). */
export function isHybridWord(k: string): boolean {
  return HYBRID.has(k) || startsWithAny(k, HYBRID_PREFIXES);
}

// A loop, not .some(): this runs for every long word of every ad.
function startsWithAny(k: string, prefixes: string[]): boolean {
  for (const p of prefixes) if (k.startsWith(p)) return true;
  return false;
}
