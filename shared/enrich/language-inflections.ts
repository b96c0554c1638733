/**
 * Inflected forms of language names, derived from the CLDR name of each locale: Slavic, Baltic,
 * Greek, Romanian and Hungarian ads decline the name ("angielskiego", "английского", "αγγλικής",
 * "engleza", "angolul"), and Czech, Slovak and Slovene say it with an adjective or adverb built on
 * the noun ("angličtina" → "anglický jazyk", "němčina" → "mluvit německy", "angleščina" → "angleški").
 */

import { fold } from './tokenize';

/** Derived forms ICU lacks that already say "speaks X" ("francophone", "русскоязычный"). */
export const SPEAKER_WORDS: Record<string, string> = {
  francophone: 'fr',
  anglophone: 'en',
  germanophone: 'de',
  hispanophone: 'es',
  lusophone: 'pt',
  italophone: 'it',
  neerlandophone: 'nl',
  arabophone: 'ar',
  russophone: 'ru',
  lusofono: 'pt',
  lusofona: 'pt',
  hispanohablante: 'es',
  castellanohablante: 'es',
  francofono: 'fr',
  anglofono: 'en',
  germanofono: 'de',
  mandarin: 'zh',
  cantonese: 'zh',
  polskojezyczny: 'pl',
  anglojezyczny: 'en',
  niemieckojezyczny: 'de',
  русскоязычныи: 'ru',
  англоязычныи: 'en',
};

/** Suffixes that turn a language stem into "speaking X" / "knowledge of X" (dansktalende, Polnischsprachkenntnisse). */
export const SPEAKER_SUFFIXES = [
  'sprogkundskaber',
  'kundskaber',
  'kunnskaper',
  'kunskaper',
  'kundskab',
  'kunnskap',
  'kunskap',
  'talende',
  'talande',
  'sprakiga',
  'sprakig',
  'sprachkenntnissen',
  'sprachkenntnisse',
  'kenntnissen',
  'kenntnisse',
  'sprachigen',
  'sprachiger',
  'sprachige',
  'sprachig',
  'talige',
  'talig',
].map(fold);

// Finnish genitives, only read before "kieli…" (suomen kielen taito, ruotsinkielinen).
export const FINNISH_GENITIVES: Record<string, string> = {
  suomen: 'fi',
  ruotsin: 'sv',
  englannin: 'en',
  saksan: 'de',
  ranskan: 'fr',
  espanjan: 'es',
  norjan: 'no',
  tanskan: 'da',
  venajan: 'ru',
  italian: 'it',
  viron: 'et',
  hollannin: 'nl',
  puolan: 'pl',
  portugalin: 'pt',
};

/**
 * Lithuanian and Latvian say "in English" with an adverb that shares little with the name
 * ("kalbėti angliškai", "runāt latviski"; the names are "anglų", "latviešu"), folded.
 */
export const BALTIC_ADVERBS: Record<string, string> = {
  angliskai: 'en',
  vokiskai: 'de',
  rusiskai: 'ru',
  lietuviskai: 'lt',
  lenkiskai: 'pl',
  prancuziskai: 'fr',
  ispaniskai: 'es',
  italiskai: 'it',
  latviskai: 'lv',
  svediskai: 'sv',
  norvegiskai: 'no',
  daniskai: 'da',
  suomiskai: 'fi',
  estiskai: 'et',
  angliski: 'en',
  latviski: 'lv',
  krieviski: 'ru',
  vaciski: 'de',
  franciski: 'fr',
  spaniski: 'es',
  italiski: 'it',
  zviedriski: 'sv',
  norvegiski: 'no',
  daniski: 'da',
  somiski: 'fi',
  igauniski: 'et',
  leitiski: 'lt',
  poliski: 'pl',
};

// Trailing vowels (Latin, Cyrillic, Greek) a declined name replaces with its own ending.
const FINAL_VOWELS = /[aeiouyаеиоуыяйіїєαεηιουω]+$/u;

/** Locales whose language names take endings. */
const INFLECTING = new Set(['pl', 'ru', 'uk', 'bg', 'sr', 'cs', 'sk', 'sl', 'hr', 'el', 'ro', 'hu', 'fi', 'is']);

/** The stems a folded CLDR name of `locale` is declined from: none for locales that do not inflect names. */
export function inflectionStems(locale: string, key: string): string[] {
  if (!INFLECTING.has(locale)) return [];
  const stems = new Set<string>();
  if (locale === 'hu') stems.add(key);
  const bare = key.replace(FINAL_VOWELS, '');
  if (bare !== key) stems.add(bare);
  if (locale === 'cs' || locale === 'sk' || locale === 'sl') {
    // The noun's suffix gives way to the adjective's: -ština/-ščina → -sk-, -čtina → -ck-, -čina → -eck- or -sk-.
    const adjective = /^(.*?)(stina|scina|ctina|cina)$/.exec(key);
    if (adjective) {
      const [, root = '', suffix] = adjective;
      if (suffix === 'stina' || suffix === 'scina') stems.add(`${root}sk`);
      else if (suffix === 'ctina') stems.add(`${root}ck`);
      else {
        stems.add(`${root}eck`);
        stems.add(`${root}sk`);
      }
    }
  }
  return [...stems].filter((s) => s.length >= 4);
}

// Finnish: partitive, genitive and translative/adessive endings ("englantia", "suomea", "englanniksi",
// "englannillakin"), never the locative cases that make the same word a country ("Suomessa").
const FINNISH_ENDINGS = new Set([
  'a',
  'aa',
  'ia',
  'ea',
  'n',
  'en',
  'ksi',
  'eksi',
  'lla',
  'llakin',
  'lle',
  'sta',
  'ella',
]);
// Hungarian: "angolul" (in English), "angoltudás", "angol nyelvű".
const HUNGARIAN_ENDINGS = new Set(['ul', 'tudas', 'nyelvtudas', 'nyelvismeret', 'nyelvu', 'nyelven']);

/** Whether `rest` is an ending a name of `locale` takes after its stem. */
export function endingFits(locale: string, rest: string): boolean {
  if (rest.length === 0) return false;
  if (locale === 'fi') return FINNISH_ENDINGS.has(rest);
  if (locale === 'hu') return HUNGARIAN_ENDINGS.has(rest);
  return rest.length <= 4;
}

/** The longest ending endingFits accepts: how far back from a word's end a stem can start. */
export const MAX_ENDING = 12;
