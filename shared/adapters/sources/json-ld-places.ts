import { countryName, isKnownCountry } from '../../places/codes';
import { jsonLdList, jsonLdName, jsonLdText } from './json-ld-text';

// Words career sites put where a town goes to mean "anywhere": never a city.
const PLACEHOLDERS = new Set([
  'todas as zonas',
  'todas',
  'todo o país',
  'todo el país',
  'all',
  'all locations',
  'any',
  'anywhere',
  'various',
  'various locations',
  'multiple locations',
  'n/a',
  'na',
  '-',
]);

/** True for a placeholder such as "( Todas as Zonas )" or "Various locations" where a town is expected. */
export function isPlaceholderPlace(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.startsWith('(') && trimmed.endsWith(')')) return true;
  return PLACEHOLDERS.has(trimmed.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * Each `jobLocation` as "town, region, country" (a country code named in English, placeholders
 * and repeats left out), then each `applicantLocationRequirements` country or area by name.
 */
export function jsonLdPlaces(jobLocation: unknown, applicantLocationRequirements: unknown): string[] {
  const places: string[] = [];
  for (const place of jsonLdList(jobLocation)) {
    const address = place && typeof place === 'object' ? (place as { address?: unknown }).address : place;
    const parts = jsonLdList(address).flatMap((a) => addressParts(a));
    const named =
      parts.length > 0 ? parts : [jsonLdName(place)].filter((p): p is string => !!p && !isPlaceholderPlace(p));
    const text = unique(named).join(', ');
    if (text) places.push(text);
  }
  for (const area of jsonLdList(applicantLocationRequirements)) {
    const name = jsonLdName(area);
    if (name && !isPlaceholderPlace(name)) places.push(countryText(name));
  }
  return unique(places);
}

function addressParts(address: unknown): string[] {
  if (typeof address === 'string') return isPlaceholderPlace(address) ? [] : [address.trim()];
  if (!address || typeof address !== 'object') return [];
  const a = address as Record<string, unknown>;
  const locality = jsonLdText(a.addressLocality);
  const region = jsonLdText(a.addressRegion);
  const country = jsonLdName(a.addressCountry);
  return [locality, region, country && countryText(country)].filter((p): p is string => !!p && !isPlaceholderPlace(p));
}

function countryText(value: string): string {
  const code = value.trim().toUpperCase();
  return value.trim().length === 2 && isKnownCountry(code) ? countryName(code) : value.trim();
}

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
