import { type Locale, translator } from '../i18n';

/** A remote region in words: "EU", "EEA", "Europe", "anywhere", or a country's name, in `locale`. */
export function regionLabel(region: string, locale: Locale | string = 'en'): string {
  const tr = translator(locale);
  switch (region) {
    case 'EU':
      return tr.t('regionEU');
    case 'EEA':
      return tr.t('regionEEA');
    case 'Europe':
      return tr.t('regionEurope');
    case 'worldwide':
      return tr.t('regionWorldwide');
    default:
      return tr.country(region);
  }
}
