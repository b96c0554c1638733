import type { NamedRegion } from '../posting/posting';
import { foldedSet } from './tokenize';

// The words ads name remote regions with, in the languages we read ads in, folded like tokens.

/** One word → a named region. Short all-caps ones (EU, EEA, DACH) count only as written in capitals. */
export const REGION_WORD: ReadonlyMap<string, NamedRegion> = new Map<string, NamedRegion>([
  ...[...foldedSet('eu ue eus')].map((w): [string, NamedRegion] => [w, 'EU']),
  ...[...foldedSet('eea eos ees ewr eee eer')].map((w): [string, NamedRegion] => [w, 'EEA']),
  ...[
    ...foldedSet(`
      europe europa eurooppa euroopassa euroopan европа европе europy europaweit european europäische europäischen
      européen européenne europeo europea europeu europeia europeisk europeiska europese
    `),
  ].map((w): [string, NamedRegion] => [w, 'Europe']),
  ['emea', 'EMEA'],
  ['dach', 'DACH'],
  ...[...foldedSet('nordics nordic norden nordiske nordiska nordische pohjoismaat pohjoismaissa nordiques')].map(
    (w): [string, NamedRegion] => [w, 'Nordics'],
  ),
  ...[...foldedSet('latam latinoamérica latinoamerica lateinamerika latinamerika')].map((w): [string, NamedRegion] => [
    w,
    'LATAM',
  ]),
  ['americas', 'Americas'],
  ['nordamerika', 'North America'],
  ['apac', 'APAC'],
  ...[
    ...foldedSet(`
      worldwide world globally global anywhere weltweit verden världen varlden monde mundo wereldwijd ovunque
      überall overalt överallt maailmanlaajuisesti
    `),
  ].map((w): [string, NamedRegion] => [w, 'worldwide']),
]);

/** Words a region counts from only as written in capitals: "Dach" is a roof, "eu" Portuguese for "I". */
export const CAPITALS_ONLY = foldedSet('eu ue eus eea eos ees ewr eee eer dach');

/** Two-word regions: first word → second word → region ("Latin America", "North America"). */
export const REGION_PAIRS: ReadonlyMap<string, ReadonlyMap<string, NamedRegion>> = new Map([
  ['latin', new Map<string, NamedRegion>([['america', 'LATAM']])],
  ['america', new Map<string, NamedRegion>([['latina', 'LATAM']])],
  ['north', new Map<string, NamedRegion>([['america', 'North America']])],
  ['asia', new Map<string, NamedRegion>([['pacific', 'APAC']])],
  ['european', new Map<string, NamedRegion>([['union', 'EU']])],
  ['europaische', new Map<string, NamedRegion>([['union', 'EU']])],
  [
    'union',
    new Map<string, NamedRegion>([
      ['europeenne', 'EU'],
      ['europea', 'EU'],
      ['europeia', 'EU'],
    ]),
  ],
]);

/** Time-zone names ads write, with their standard offset from UTC in minutes. */
export const ZONES: ReadonlyMap<string, number> = new Map([
  ['utc', 0],
  ['gmt', 0],
  ['wet', 0],
  ['cet', 60],
  ['cest', 120],
  ['eet', 120],
  ['eest', 180],
  // German names: MEZ/MESZ (CET/CEST), OEZ (EET), WEZ (WET).
  ['wez', 0],
  ['mez', 60],
  ['mesz', 120],
  ['oez', 120],
  ['msk', 180],
  ['est', -300],
  ['edt', -240],
  ['et', -300],
  ['cst', -360],
  ['mst', -420],
  ['pst', -480],
  ['pt', -480],
  ['brt', -180],
  ['sgt', 480],
  ['jst', 540],
  ['aest', 600],
]);

/** "time zone(s)", "timezone", "Zeitzone", "tidszon", "fuseau horaire", "zona horaria". */
export const TIME_ZONE_WORDS = foldedSet(`
  timezone timezones zone zones zeitzone zeitzonen tidszon tidszoner tidszone tidssone tidssoner aikavyöhyke
  aikavyöhykkeellä aikavyöhykkeessä fuseau fuseaux horaire horaires horaria horarias horário fuso tijdzone
  tijdzones strefa strefie
`);

/** Hours after a "±" ("3h", "3 hours", "3 Stunden", "3 timer"). */
export const HOURS = foldedSet(
  'h hr hrs hour hours stunden stunde timer timmar tuntia horas heures ore uur godz godzin',
);

/** "Within 3 hours of CET", "innerhalb von 2 Stunden": the span of a window said before its hours. */
export const WITHIN = foldedSet(`
  within innerhalb inom innenfor indenfor binnen dans dentro entro sisällä jopa max maximum up
`);

/** Words that join the members of a list of places ("UK, Germany or France"). */
export const LIST_JOINS = foldedSet('or and oder und ou et o y e eller og och tai ja lub oraz ή или и');

/** Words that join the two ends of a window ("UTC-1 to UTC+3", "zwischen … und …"). */
export const RANGE_JOINS = foldedSet('to and until till til bis a à hasta até tot do и до ja');
