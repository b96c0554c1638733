import { intlTag, LOCALES, type Locale, translator } from '../../shared/i18n';
import { EUROPE } from '../../shared/places/regions';

/** The 24 official EU languages. */
const EU_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
];
const OTHER_LANGUAGES = ['no', 'is', 'tr', 'ru', 'uk', 'ar', 'zh', 'ja'];

/** Countries outside Europe that people abroad often ask about. */
const OTHER_COUNTRIES = ['US', 'CA', 'AU', 'AE', 'SG', 'JP', 'BR'];

export interface Option {
  value: string;
  label: string;
}

const cache = new Map<string, { languages: readonly Option[]; countries: readonly Option[] }>();

function sorted(codes: readonly string[], name: (code: string) => string, tag: string): Option[] {
  const collator = new Intl.Collator(tag);
  return codes.map((code) => ({ value: code, label: name(code) })).sort((a, b) => collator.compare(a.label, b.label));
}

function optionsFor(locale: Locale | string) {
  const tr = translator(locale);
  let found = cache.get(tr.locale);
  if (!found) {
    const tag = intlTag(tr.locale);
    found = {
      languages: sorted([...EU_LANGUAGES, ...OTHER_LANGUAGES], tr.language, tag),
      countries: sorted([...new Set([...EUROPE, ...OTHER_COUNTRIES])], tr.country, tag),
    };
    cache.set(tr.locale, found);
  }
  return found;
}

/** Languages offered on the signup page, named by ICU in the visitor's language, sorted by name. */
export function languageOptions(locale: Locale | string = 'en'): readonly Option[] {
  return optionsFor(locale).languages;
}

/** European countries and a few others, named by ICU in the visitor's language, sorted by name. */
export function countryOptions(locale: Locale | string = 'en'): readonly Option[] {
  return optionsFor(locale).countries;
}

/** The UI languages, each named in itself ("norsk", "Deutsch") so a visitor finds their own. */
export function uiLanguageOptions(): readonly Option[] {
  return LOCALES.map((code) => {
    const name = translator(code).language(code);
    return { value: code, label: name.charAt(0).toLocaleUpperCase(intlTag(code)) + name.slice(1) };
  });
}
