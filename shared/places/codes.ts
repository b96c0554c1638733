// Built on first use, not at import: a process's first Intl object loads ICU's data (tens of
// ms of a Lambda's cold start), and functions such as the poll tick never ask.
let languageNames: Intl.DisplayNames | undefined;
let regionNames: Intl.DisplayNames | undefined;
// ICU names these two-letter regions too, but none is a country a job is in.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO']);

/** Whether ICU knows `code` as an ISO 639-1 language ("pt" yes, "xx" no). */
export function isKnownLanguage(code: string): boolean {
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return /^[a-z]{2}$/.test(code) && languageNames.of(code) !== undefined;
}

/** ICU's answer per two capitals (at most 676): enrichment asks of every such word of every ad. */
const knownCountry = new Map<string, boolean>();

/** Whether ICU knows `code` as an ISO 3166-1 alpha-2 country ("PT" yes, "QQ" no). */
export function isKnownCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  let known = knownCountry.get(code);
  if (known === undefined) {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    known = regionNames.of(code) !== undefined && !NOT_COUNTRIES.has(code);
    knownCountry.set(code, known);
  }
  return known;
}

/** Name of a language in a UI locale ("no" in "en" → "Norwegian"); the code itself when ICU has none. */
export function languageName(code: string, locale = 'en'): string {
  return nameOf(displayNames(locale, 'language'), code);
}

/** Name of a country in a UI locale ("EE" in "da" → "Estland"); the code itself when ICU has none. */
export function countryName(code: string, locale = 'en'): string {
  return nameOf(displayNames(locale, 'region'), code);
}

// ICU throws a RangeError for a string that is no code at all ("!!", a posted form's junk).
function nameOf(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

// Building an Intl.DisplayNames costs far more than a lookup: one per locale and kind, kept.
const namers = new Map<string, Intl.DisplayNames>();
function displayNames(locale: string, type: 'language' | 'region'): Intl.DisplayNames {
  const key = `${type}:${locale}`;
  let namer = namers.get(key);
  if (!namer) {
    namer = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' });
    namers.set(key, namer);
  }
  return namer;
}
