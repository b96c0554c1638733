import { countryName, languageName } from '../../shared/places/codes';
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

function byLabel(a: Option, b: Option): number {
  return a.label.localeCompare(b.label, 'en');
}

/** Languages offered on the signup page, named in English by ICU, sorted by name. */
export const LANGUAGE_OPTIONS: readonly Option[] = [...EU_LANGUAGES, ...OTHER_LANGUAGES]
  .map((code) => ({ value: code, label: languageName(code) }))
  .sort(byLabel);

/** European countries and a few others, named in English by ICU, sorted by name. */
export const COUNTRY_OPTIONS: readonly Option[] = [...new Set([...EUROPE, ...OTHER_COUNTRIES])]
  .map((code) => ({ value: code, label: countryName(code) }))
  .sort(byLabel);
