import { countryName } from '../places/codes';

/** A remote region in words: "EU", "EEA", "Europe", "anywhere", or a country's name. */
export function regionLabel(region: string): string {
  switch (region) {
    case 'EU':
    case 'EEA':
    case 'Europe':
      return region;
    case 'worldwide':
      return 'anywhere';
    default:
      return countryName(region);
  }
}
