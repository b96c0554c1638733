export { CATALOGS } from './catalogs';
export { fillHtml, fillText, type TrustedHtml } from './fill-template';
export { DEFAULT_LOCALE, intlTag, isLocale, LOCALES, type Locale, toLocale } from './locale';
export type { Messages, Plural } from './messages';
export { pickLocale } from './pick-locale';
export { type PluralKey, type TextKey, type Translator, translator } from './translator';
