import { isKnownCountry } from '../places/codes';
import type { RemoteRegion } from '../posting/posting';
import { lazy } from './lazy';
import { NAME_LOCALES } from './name-locales';
import { fold } from './tokenize';

interface RegionTables {
  /** Country names by first folded word: each entry the whole name's words and its code. */
  phrases: Map<string, { words: string[]; code: string }[]>;
  /** Every one-word country name, folded ("estland", "portugal", "norge"). */
  keys: Set<string>;
  /** One-word country names minus their last letter, for inflected forms ("Нидерландах", "Espanjassa"). */
  stems: Map<string, string>;
  /** The first five letters of each stem: a word starting otherwise has none (one look-up, not four). */
  stemHeads: Set<string>;
}

function words(name: string): string[] {
  return [...name.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)].map((m) => fold(m[0]));
}

function addRegion(tables: RegionTables, name: string, code: string, locale: string): void {
  const w = words(name);
  const first = w[0];
  if (!first) return;
  const list = tables.phrases.get(first) ?? [];
  if (!list.some((e) => e.words.join(' ') === w.join(' '))) list.push({ words: w, code });
  list.sort((a, b) => b.words.length - a.words.length);
  tables.phrases.set(first, list);
  if (w.length === 1) {
    tables.keys.add(first);
    if ((locale === 'ru' || locale === 'fi' || locale === 'pl') && first.length >= 6) {
      tables.stems.set(first.slice(0, -1), code);
      tables.stemHeads.add(first.slice(0, 5));
    }
  }
}

// Codes ICU still names but no job is in today (East Germany, Yugoslavia, reserved codes).
const RETIRED = new Set([
  'DD',
  'YU',
  'CS',
  'SU',
  'ZR',
  'TP',
  'BU',
  'FX',
  'AN',
  'NT',
  'DG',
  'EA',
  'IC',
  'CP',
  'AC',
  'TA',
  'XA',
  'XB',
]);
/** Old codes ICU maps to today's ("VD" to "VN"): their names would shadow the current country's. */
function isCanonical(code: string): boolean {
  return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}
const A = 'A'.charCodeAt(0);
/** Today's country codes ICU names. */
const countryCodes = lazy((): string[] => {
  const codes: string[] = [];
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      if (isKnownCountry(code) && !RETIRED.has(code) && isCanonical(code)) codes.push(code);
    }
  }
  return codes;
});
const currentCodes = lazy(() => new Set(countryCodes()));

/** Whether `code` is a country's code today ("DE" yes; "NH", which ICU still maps to Vanuatu, no). */
export function isCurrentCountry(code: string): boolean {
  return currentCodes().has(code);
}
// Every country name in every ad locale, from ICU: built on first use (a dozen Intl objects).
const regionTables = lazy((): RegionTables => {
  const tables: RegionTables = { phrases: new Map(), keys: new Set(), stems: new Map(), stemHeads: new Set() };
  for (const locale of NAME_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of countryCodes()) {
      const name = names.of(code);
      // A one-word name of three letters is an ordinary word elsewhere ("Man" for the Isle of Man in
      // Norwegian, Portuguese "Omã" folded is Estonian "oma"): abbreviations are added below.
      if (name && !/^[\p{L}\p{M}]{1,3}$/u.test(name.normalize('NFD').replace(/\p{M}/gu, '')))
        addRegion(tables, name, code, locale);
    }
  }
  // Everyday names ICU does not use.
  for (const [name, code] of [
    ['Holland', 'NL'],
    ['the Netherlands', 'NL'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['Scotland', 'GB'],
    ['Czech Republic', 'CZ'],
    ['United States of America', 'US'],
    ['USA', 'US'],
    ['UK', 'GB'],
    // Names ICU has only as "Hong Kong SAR China", "Türkiye": the short and the older form.
    ['Hong Kong', 'HK'],
    ['Macau', 'MO'],
    ['Macao', 'MO'],
    ['Turkey', 'TR'],
  ] as const) {
    addRegion(tables, name, code, 'en');
  }
  return tables;
});

/** Country names starting with a folded word, longest first. */
export function regionPhrases(first: string): { words: string[]; code: string }[] | undefined {
  return regionTables().phrases.get(first);
}

// One-word country names in one language, for an ad written in it: "Německo" in a Czech ad,
// "Saksamaa" (and, inflected, "Saksamaal") in an Estonian one. Read only in that language's ads: a
// name in one language may be an ordinary word in another (Portuguese "Omã" is Estonian "oma").
const localeNames = new Map<string, Map<string, string>>();
const SHORTEST_LOCAL_NAME = 4;

/** The country a folded word names in language `lang` (ISO 639-1), one-word names only. */
export function countryInLanguage(key: string, lang: string | null): string | null {
  if (!lang || key.length < SHORTEST_LOCAL_NAME) return null;
  let names = localeNames.get(lang);
  if (!names) {
    names = new Map();
    let display: Intl.DisplayNames | null = null;
    try {
      display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      // Not a locale ICU knows: no names.
    }
    for (const code of display ? countryCodes() : []) {
      const w = words(display?.of(code) ?? '');
      if (w.length === 1 && (w[0] as string).length >= SHORTEST_LOCAL_NAME) names.set(w[0] as string, code);
    }
    localeNames.set(lang, names);
  }
  return names.get(key) ?? null;
}

/** Whether a folded word is a one-word country name ("estland", "portugal", "norge"). */
export function isRegionKey(key: string): boolean {
  return regionTables().keys.has(key);
}

/** Words for regions a remote job may be open to. */
export const REGION_WORDS: Map<string, RemoteRegion> = new Map([
  ...['eu', 'eus'].map((w): [string, RemoteRegion] => [w, 'EU']),
  ...['eea', 'eos', 'ees', 'ewr', 'eee'].map((w): [string, RemoteRegion] => [w, 'EEA']),
  ...['europe', 'europa', 'eurooppa', 'euroopassa', 'европа', 'европе', 'europy', 'europaweit'].map(
    (w): [string, RemoteRegion] => [w, 'Europe'],
  ),
  ...['worldwide', 'world', 'globally', 'global', 'anywhere', 'weltweit', 'verden', 'varlden', 'monde', 'mundo'].map(
    (w): [string, RemoteRegion] => [w, 'worldwide'],
  ),
]);

/** Whether a word starts as an inflected country name may: regionByStem is null for every other word. */
export function mayBeRegionStem(key: string): boolean {
  return regionTables().stemHeads.has(key.slice(0, 5));
}

/** A one-word inflected country name ("Нидерландах" → NL). */
export function regionByStem(key: string): string | null {
  const { stems } = regionTables();
  if (!mayBeRegionStem(key)) return null;
  for (let len = key.length; len >= key.length - 3 && len >= 5; len--) {
    const code = stems.get(key.slice(0, len));
    if (code) return code;
  }
  return null;
}
