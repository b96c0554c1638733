/** Locales whose language and country names we read ads in. */
export const NAME_LOCALES = ['en', 'da', 'no', 'sv', 'fi', 'de', 'nl', 'fr', 'es', 'pt', 'it', 'pl', 'ru'] as const;

const SCANDINAVIAN = ['da', 'no', 'sv'];

/** Locales whose language names count in an ad: English, the ad's own language and its close neighbours. */
export function nameLocales(adLanguage: string | null): ReadonlySet<string> | null {
  if (!adLanguage) return null;
  // One set per ad language, so matchLanguage's memo is shared by every ad in that language.
  let locales = LOCALE_SETS.get(adLanguage);
  if (!locales) {
    locales = new Set(['en', adLanguage]);
    if (SCANDINAVIAN.includes(adLanguage)) for (const l of SCANDINAVIAN) locales.add(l);
    LOCALE_SETS.set(adLanguage, locales);
  }
  return locales;
}
const LOCALE_SETS = new Map<string, Set<string>>();
