import {
  BALTIC_ADVERBS,
  endingFits,
  FINNISH_GENITIVES,
  inflectionStems,
  MAX_ENDING,
  SPEAKER_SUFFIXES,
  SPEAKER_WORDS,
} from './language-inflections';
import { lazy } from './lazy';
import { LANGUAGE_NAME_LOCALES, NAME_LOCALES } from './name-locales';
import { isRegionKey } from './place-names';
import { ALL_STOP_WORDS } from './stop-words';
import { fold, foldedSet } from './tokenize';
import { wordClass } from './word-classes';

export { NAME_LOCALES };

/** The 24 EU languages, the other European and migrant languages ads ask for. */
export const LANGUAGE_CODES = [
  'bg',
  'hr',
  'cs',
  'da',
  'nl',
  'en',
  'et',
  'fi',
  'fr',
  'de',
  'el',
  'hu',
  'ga',
  'it',
  'lv',
  'lt',
  'mt',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'es',
  'sv',
  'no',
  'is',
  'tr',
  'ru',
  'uk',
  'ar',
  'zh',
  'ja',
  'ca',
  'sr',
  'ko',
  'hi',
  'he',
];
const CODE_SET = new Set(LANGUAGE_CODES);

// Regional variants ICU names separately; all match as the base language (nb / nn → no).
const VARIANTS: Record<string, string> = { nb: 'no', nn: 'no', 'nl-BE': 'nl', 'pt-BR': 'pt', 'pt-PT': 'pt' };

/** Words that name a group of languages: the candidate speaks one of them. */
export const LANGUAGE_GROUPS: Map<string, string[]> = new Map([
  ...[
    ...foldedSet(
      'nordic nordics nordisk nordiske nordiska pohjoismainen nordische nordischen nordique nordiques nordico nordica',
    ),
  ].map((w): [string, string[]] => [w, ['da', 'fi', 'is', 'no', 'sv']]),
  ...[...foldedSet('scandinavian skandinavisk skandinaviske skandinaviska skandinavische scandinave')].map(
    (w): [string, string[]] => [w, ['da', 'no', 'sv']],
  ),
]);

interface NameTables {
  /** name key → locale → code */
  names: Map<string, Map<string, string>>;
  /** Names in the locales places and ad language are read in: a word places must not take for a town. */
  baseNames: Set<string>;
  /** stem → the locales and code of the names declined from it ("angielsk" → pl: pl). */
  stems: Map<string, { locale: string; code: string }[]>;
  /** Every name, derived form and stem starts with one of these: most words are ruled out at once. */
  prefixes: Set<string>;
}

function add(tables: NameTables, key: string, locale: string, code: string): void {
  const byLocale = tables.names.get(key) ?? new Map<string, string>();
  if (!byLocale.has(locale)) byLocale.set(locale, code);
  tables.names.set(key, byLocale);
  if ((NAME_LOCALES as readonly string[]).includes(locale)) tables.baseNames.add(key);
}

function addStem(tables: NameTables, stem: string, locale: string, code: string): void {
  const list = tables.stems.get(stem) ?? [];
  if (!list.some((s) => s.locale === locale)) list.push({ locale, code });
  tables.stems.set(stem, list);
}

// Every language's name in two dozen locales, from ICU: built on first use (two dozen Intl objects).
const nameTables = lazy((): NameTables => {
  const tables: NameTables = { names: new Map(), baseNames: new Set(), stems: new Map(), prefixes: new Set() };
  for (const locale of LANGUAGE_NAME_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    const entries: [string, string][] = [
      ...LANGUAGE_CODES.map((c): [string, string] => [c, c]),
      ...Object.entries(VARIANTS),
    ];
    for (const [icuCode, code] of entries) {
      const name = names.of(icuCode);
      if (!name || name.includes(' ') || name.includes('(')) continue;
      const key = fold(name);
      add(tables, key, locale, code);
      for (const stem of inflectionStems(locale, key)) addStem(tables, stem, locale, code);
    }
  }
  for (const [genitive, code] of Object.entries(FINNISH_GENITIVES)) addStem(tables, genitive.slice(0, -1), 'fi', code);
  for (const k of [
    ...tables.names.keys(),
    ...Object.keys(SPEAKER_WORDS),
    ...Object.keys(FINNISH_GENITIVES),
    ...Object.keys(BALTIC_ADVERBS),
    ...tables.stems.keys(),
  ])
    tables.prefixes.add(k.slice(0, 3));
  return tables;
});

// English words spelt like a language name: lower case, they are the word ("polish the floors").
const ENGLISH_HOMOGRAPHS = new Set(['polish']);

/**
 * Names that could be another word: the same spelling names two languages, is a country, a
 * function word, or is short. Such a name counts only in the ad's own locales.
 */
function trusted(key: string): boolean {
  const codes = new Set(nameTables().names.get(key)?.values());
  return key.length >= 6 && codes.size === 1 && !isRegionKey(key) && !ALL_STOP_WORDS.has(key);
}

export interface LanguageMatch {
  code: string;
  /** The word itself says the candidate speaks it (dansktalende, francophone). */
  selfCued: boolean;
}

function byLocale(key: string, locales: ReadonlySet<string> | null, upper: boolean): string | null {
  const entry = nameTables().names.get(key);
  if (!entry) return null;
  // A name that is also a country ("Malta", Finnish for Maltese) is the country when capitalised.
  if (upper && isRegionKey(key)) return null;
  let other: string | null = null;
  for (const [locale, code] of entry) {
    if (locale === 'en' && !upper && ENGLISH_HOMOGRAPHS.has(key)) continue;
    if (!locales || locales.has(locale)) return code;
    other ??= code;
  }
  // A name in a language the ad is not (or not detected to be) written in: only where it cannot be another word.
  return other !== null && trusted(key) ? other : null;
}

/** A declined form ("niemieckiego", "αγγλικής", "angolul"): its stem's language, or null. */
function byStem(key: string, locales: ReadonlySet<string> | null, upper: boolean): string | null {
  if (upper && isRegionKey(key)) return null;
  const { stems } = nameTables();
  for (let len = key.length - 1; len >= 4 && len >= key.length - MAX_ENDING; len--) {
    const list = stems.get(key.slice(0, len));
    if (!list) continue;
    const rest = key.slice(len);
    // One stem may be two locales' ("slovensk-": Slovene's own language, Slovak's): the ad's locale first.
    let other: string | null = null;
    for (const { locale, code } of list) {
      if (!endingFits(locale, rest)) continue;
      // Finnish names are the countries' names too: capitalised, "Ruotsin" is Sweden's.
      if (locale === 'fi' && upper) continue;
      if (!locales || locales.has(locale)) return code;
      if (len >= 6) other ??= code;
    }
    if (other !== null) return other;
  }
  return null;
}

/**
 * The language a word names, read in `locales` (null: any), or null.
 * `nextKey` is the following word, for Finnish genitives ("suomen kielen").
 */
export function matchLanguage(
  key: string,
  upper: boolean,
  locales: ReadonlySet<string> | null,
  nextKey = '',
): LanguageMatch | null {
  if (!mayNameLanguage(key)) return null;
  const genitive = GENITIVE_CODES.get(key);
  if (genitive && nextKey.startsWith('kiel') && !byLocale(key, locales, upper))
    return { code: genitive, selfCued: false };
  // Most words of an ad are no language: remember each word's answer per locale set (bounded).
  const memo = memoFor(locales, upper);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = matchWord(key, upper, locales);
  if (memo.size > 20_000) memo.clear();
  memo.set(key, found);
  return found;
}

/** Whether a word starts as a language's name, a stem of one or a speaker word: most words do not. */
export function mayNameLanguage(key: string): boolean {
  return nameTables().prefixes.has(key.slice(0, 3));
}
/** Token class of mayNameLanguage: matchLanguage returns null for every word without it. */
export const MAY_NAME_LANGUAGE = wordClass(mayNameLanguage);

const GENITIVE_CODES = new Map(Object.entries(FINNISH_GENITIVES));

/** A Finnish genitive of a language's name ("ruotsin"), read as the language only before "kieli…". */
export function isFinnishGenitive(key: string): boolean {
  return GENITIVE_CODES.has(key);
}

type Memo = Map<string, LanguageMatch | null>;
/** One memo per locale set and case: a word's answer depends on both. */
const MEMOS = new WeakMap<ReadonlySet<string>, [Memo, Memo]>();
const ANY_LOCALE_MEMOS: [Memo, Memo] = [new Map(), new Map()];
function memoFor(locales: ReadonlySet<string> | null, upper: boolean): Memo {
  let memos = locales ? MEMOS.get(locales) : ANY_LOCALE_MEMOS;
  if (!memos) {
    memos = [new Map(), new Map()];
    MEMOS.set(locales as ReadonlySet<string>, memos);
  }
  return memos[upper ? 1 : 0];
}

function matchWord(key: string, upper: boolean, locales: ReadonlySet<string> | null): LanguageMatch | null {
  const direct = byLocale(key, locales, upper);
  if (direct) return { code: direct, selfCued: false };
  // Own properties only: a token may well be "constructor".
  const speaker = Object.hasOwn(SPEAKER_WORDS, key) ? SPEAKER_WORDS[key] : undefined;
  if (speaker) return { code: speaker, selfCued: true };
  const adverb = Object.hasOwn(BALTIC_ADVERBS, key) ? BALTIC_ADVERBS[key] : undefined;
  if (adverb) return { code: adverb, selfCued: false };
  for (const suffix of key.length >= 7 ? SPEAKER_SUFFIXES : []) {
    if (key.length > suffix.length + 2 && key.endsWith(suffix)) {
      const stem = key.slice(0, -suffix.length);
      const code = byLocale(stem, null, true) ?? byLocale(stem, null, false);
      if (code) return { code, selfCued: true };
    }
  }
  const kiel = key.indexOf('kiel');
  if (kiel > 3) {
    const stem = key.slice(0, kiel);
    const code = Object.hasOwn(FINNISH_GENITIVES, stem) ? FINNISH_GENITIVES[stem] : undefined;
    if (code) return { code, selfCued: key.includes('kielinen') || key.includes('kielisen') };
  }
  const declined = key.length >= 5 ? byStem(key, locales, upper) : null;
  return declined ? { code: declined, selfCued: false } : null;
}

/** An upper-case ISO 639-1 code in a "Languages: RU + ES" list. */
export function matchLanguageCode(raw: string): string | null {
  if (!/^[A-Z]{2}$/.test(raw)) return null;
  const code = raw.toLowerCase();
  return CODE_SET.has(code) ? code : null;
}

// Czech and Slovak ads abbreviate "anglický / německý … jazyk": "znalost AJ", "NJ slovem i písmem".
const JAZYK_ABBREVIATIONS: Record<string, string> = { AJ: 'en', NJ: 'de', FJ: 'fr', RJ: 'ru' };
/** An upper-case Czech or Slovak abbreviation of a language ("AJ" → en), or null. */
export function matchLanguageAbbreviation(raw: string): string | null {
  // Two letters first: a property look-up with any other word would intern it for nothing.
  return raw.length === 2 && Object.hasOwn(JAZYK_ABBREVIATIONS, raw) ? (JAZYK_ABBREVIATIONS[raw] ?? null) : null;
}

/** Whether a folded word names a language in a locale places and ad language are read in (not a town). */
export function isLanguageName(key: string): boolean {
  return nameTables().baseNames.has(key);
}

/** Whether a folded word is a language's own name in `locale` ("englisch" in de). */
export function isNameIn(key: string, locale: string): boolean {
  return nameTables().names.get(key)?.has(locale) ?? false;
}

/** Whether a folded word is a language's name in any locale known (for "bare" list parts). */
export function isAnyLanguageName(key: string): boolean {
  return nameTables().names.has(key);
}
