/** The UI languages jobalert speaks, by ISO 639-1 code. */
export const LOCALES = ['en', 'no', 'da', 'sv', 'fi', 'de', 'nl', 'pt', 'es', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

// The BCP 47 tag Intl formats with: British English (dates as "20 Nov 2026", lists without the
// Oxford comma), Bokmål for Norwegian, European Portuguese (the jobs are in Portugal).
const INTL_TAGS: Record<Locale, string> = {
  en: 'en-GB',
  no: 'nb',
  da: 'da',
  sv: 'sv',
  fi: 'fi',
  de: 'de',
  nl: 'nl',
  pt: 'pt-PT',
  es: 'es',
  fr: 'fr',
};

/** Whether `value` is one of the supported UI locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The supported locale `value` names, or the default: a stored subscriber may hold anything. */
export function toLocale(value: string | undefined | null): Locale {
  const code = (value ?? '').trim().toLowerCase().slice(0, 2);
  if (code === 'nb' || code === 'nn') return 'no';
  return isLocale(code) ? code : DEFAULT_LOCALE;
}

/** The BCP 47 tag Intl APIs get for a locale ("no" → "nb", "pt" → "pt-PT"). */
export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}
