import { isKnownCountry } from '../places/codes';
import { isLanguageName } from './language-names';
import { CITY_PHRASES, REGION_PHRASES, regionByStem } from './place-names';
import { type Clause, foldedSet, type Token } from './tokenize';

export interface PlaceAt {
  code: string;
  city: string | null;
  /** How many words the name spans. */
  length: number;
}

const HEADERS = foldedSet(`
  location locations where country city region sted arbeidssted arbejdssted arbetsplats ort lieu standort arbeitsort
  einsatzort locatie werkplek ubicación localización localização local sede lokalizacja miejsce sijainti paikkakunta
  место город
`);
// A place named beside these is the company's, not the job's.
const DISTRACTORS = foldedSet(`
  headquarters headquartered hq offices hovedkontor huvudkontor hauptsitz firmensitz siège hoofdkantoor founded
  grundlagt grundad gegründet fondée fundada http https www tel tlf phone telefon
`);

/** Single-language countries: an ad in the language and naming no place is for a job there. */
const HOME_COUNTRY: Record<string, string> = {
  no: 'NO',
  da: 'DK',
  sv: 'SE',
  fi: 'FI',
  pl: 'PL',
  cs: 'CZ',
  sk: 'SK',
  hu: 'HU',
  ro: 'RO',
  bg: 'BG',
  hr: 'HR',
  sl: 'SI',
  et: 'EE',
  lv: 'LV',
  lt: 'LT',
  is: 'IS',
  el: 'GR',
};

function phraseAt<T extends { words: string[] }>(tokens: Token[], i: number, list: T[] | undefined): T | null {
  if (!list) return null;
  for (const entry of list) {
    if (entry.words.every((w, j) => tokens[i + j]?.key === w)) return entry;
  }
  return null;
}

/** The country or city named at word `i` (capitalised, as places are written), or null. */
export function placeAt(tokens: Token[], i: number, acceptCodes: boolean): PlaceAt | null {
  const t = tokens[i];
  if (!t?.upper) return null;
  const city = phraseAt(tokens, i, CITY_PHRASES.get(t.key));
  if (city) return { code: city.code, city: city.city, length: city.words.length };
  const region = phraseAt(tokens, i, REGION_PHRASES.get(t.key));
  if (region) return { code: region.code, city: null, length: region.words.length };
  // Inflected names ("Нидерландах"), but never a language's name ("Norwegian" is not "Norwegia").
  const stem = t.key.length >= 6 && !isLanguageName(t.key) ? regionByStem(t.key) : null;
  if (stem) return { code: stem, city: null, length: 1 };
  if (acceptCodes && /^[A-Z]{2}$/.test(t.raw) && isKnownCountry(t.raw)) return { code: t.raw, city: null, length: 1 };
  return null;
}

/** A "Location:" style line, or a clause that is only such a label (its value follows). */
export function headerKind(clause: Clause): 'label' | 'header' | null {
  const tokens = clause.tokens;
  for (let i = 0; i < Math.min(3, tokens.length); i++) {
    const t = tokens[i] as Token;
    if (HEADERS.has(t.key) && (t.gapAfter.includes(':') || (i === tokens.length - 1 && clause.lineStart))) {
      return i === tokens.length - 1 ? 'label' : 'header';
    }
  }
  return null;
}

function isDistractor(clause: Clause): boolean {
  return clause.tokens.some((t) => DISTRACTORS.has(t.key) || t.gapAfter.includes('@'));
}

export interface PlaceFindings {
  countries: string[];
  cities: string[];
}

/** Where the job is: countries and cities weighed by where they are named (location field > title > header > body). */
export function findPlaces(
  titleClauses: Clause[],
  locationClauses: Clause[],
  clauses: Clause[],
  adLanguage: string | null,
): PlaceFindings {
  const scores = new Map<string, number>();
  // Countries named in a location field or "Location:" line; when there are any, they decide.
  const structured = new Set<string>();
  const cities = new Map<string, { code: string; order: number }>();
  let order = 0;
  const scan = (clause: Clause, weight: number, acceptCodes: boolean, isStructured = false): void => {
    const tokens = clause.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const place = placeAt(tokens, i, acceptCodes);
      if (!place) continue;
      scores.set(place.code, (scores.get(place.code) ?? 0) + weight);
      if (isStructured && weight > 0) structured.add(place.code);
      if (place.city && weight > 0 && !cities.has(place.city))
        cities.set(place.city, { code: place.code, order: order++ });
      i += place.length - 1;
    }
  };
  for (const c of locationClauses) scan(c, 4, true, true);
  for (const c of titleClauses) scan(c, 3, false);
  let labelBefore = false;
  for (const c of clauses) {
    const kind = headerKind(c);
    const header = kind === 'header' || labelBefore;
    labelBefore = kind === 'label';
    scan(c, isDistractor(c) ? 0 : header ? 3 : 1, header, header);
  }
  let top = 0;
  for (const [code, s] of scores) if (structured.size === 0 || structured.has(code)) top = Math.max(top, s);
  let countries = [...scores]
    .filter(([code, s]) => s > 0 && s * 2 >= top && (structured.size === 0 || structured.has(code)))
    .sort((a, b) => b[1] - a[1])
    .map(([code]) => code);
  if (countries.length === 0 && adLanguage) {
    const home = HOME_COUNTRY[adLanguage];
    if (home) countries = [home];
  }
  return {
    countries,
    cities: [...cities]
      .filter(([, c]) => countries.includes(c.code))
      .sort((a, b) => a[1].order - b[1].order)
      .map(([city]) => city),
  };
}
