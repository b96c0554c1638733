import type { RemoteRegion } from '../posting/posting';

/** EU member states (2026). */
export const EU = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/** European Economic Area: the EU plus Iceland, Liechtenstein and Norway. */
export const EEA = new Set([...EU, 'IS', 'LI', 'NO']);

/** Geographic Europe as job ads mean it: the EEA, Switzerland, the UK, the Balkans and the east. */
export const EUROPE = new Set([
  ...EEA,
  'CH',
  'GB',
  'AD',
  'MC',
  'SM',
  'VA',
  'AL',
  'BA',
  'ME',
  'MK',
  'RS',
  'XK',
  'MD',
  'UA',
  'BY',
  'GE',
  'AM',
  'TR',
  'GI',
  'FO',
  'IM',
  'JE',
  'GG',
]);

/** Whether a remote job open to `region` may be done from `country`. */
export function regionContains(region: RemoteRegion, country: string): boolean {
  switch (region) {
    case 'worldwide':
      return true;
    case 'EU':
      return EU.has(country);
    case 'EEA':
      return EEA.has(country);
    case 'Europe':
      return EUROPE.has(country);
    default:
      return region === country;
  }
}
