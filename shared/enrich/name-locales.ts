/** Locales whose country names, month names and (in full) language names we read ads in. */
export const NAME_LOCALES = ['en', 'da', 'no', 'sv', 'fi', 'de', 'nl', 'fr', 'es', 'pt', 'it', 'pl', 'ru'] as const;

/**
 * Locales whose language names are known at all: every language the fixtures' ads are written in.
 * Names of these beyond NAME_LOCALES count only where they cannot be another word (see language-names).
 */
export const LANGUAGE_NAME_LOCALES = [
  ...NAME_LOCALES,
  'el',
  'et',
  'hu',
  'cs',
  'sk',
  'lt',
  'lv',
  'ro',
  'bg',
  'sl',
  'hr',
  'is',
  'tr',
  'uk',
  'sr',
  'ca',
] as const;

const SCANDINAVIAN = ['da', 'no', 'sv'];
/** Languages close enough that an ad detected as one may be the other ("Inglese" in an ad read as pt). */
const ROMANCE = ['fr', 'es', 'pt', 'it', 'ro', 'ca'];
const WEST_SLAVIC = ['pl', 'cs', 'sk'];
const EAST_SLAVIC = ['ru', 'uk', 'bg', 'sr'];
const FAMILIES = [SCANDINAVIAN, ROMANCE, WEST_SLAVIC, EAST_SLAVIC];

/** Every locale of NAME_LOCALES: what an ad of unknown language is read in. */
const UNKNOWN_AD = new Set<string>(NAME_LOCALES);

/** Locales whose language names count in an ad: English, the ad's own language and its close neighbours. */
export function nameLocales(adLanguage: string | null): ReadonlySet<string> {
  if (!adLanguage) return UNKNOWN_AD;
  // One set per ad language, so matchLanguage's memo is shared by every ad in that language.
  let locales = LOCALE_SETS.get(adLanguage);
  if (!locales) {
    locales = new Set(['en', adLanguage]);
    for (const family of FAMILIES) if (family.includes(adLanguage)) for (const l of family) locales.add(l);
    LOCALE_SETS.set(adLanguage, locales);
  }
  return locales;
}
const LOCALE_SETS = new Map<string, Set<string>>();
