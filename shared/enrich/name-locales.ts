/** Locales whose language and country names we read ads in. */
export const NAME_LOCALES = ['en', 'da', 'no', 'sv', 'fi', 'de', 'nl', 'fr', 'es', 'pt', 'it', 'pl', 'ru'] as const;
