import { isKnownCountry } from '../places/codes';
import { cityPhrases } from './city-names';
import { type GeoCity, geoCitiesStartingWith } from './geonames-cities';
import { isLanguageName } from './language-names';
import { HEADER_WORDS } from './place-cues';
import {
  isCurrentCountry,
  isRegionKey,
  mayBeRegionStem,
  REGION_WORDS,
  regionByStem,
  regionPhrases,
} from './place-names';
import { ALL_STOP_WORDS } from './stop-words';
import { subdivisionPhrases } from './subdivision-names';
import { foldedSet, type Token } from './tokenize';
import { wordClass } from './word-classes';

export interface PlaceAt {
  code: string;
  city: string | null;
  /** How many words the name spans. */
  length: number;
}

// Capitalised words in location lines that GeoNames also knows as some village somewhere.
const NOT_CITIES = foldedSet(`
  remote hybrid onsite office home homeoffice job jobs work city area region street road center centre central
  north south east west nord syd süd sud ost est öst norra södra new main various multiple other flexible
  company team stadt kommune kommun gemeente ville ciudad cidade città miasto municipality county
  rue via calle rua strasse straße gatan gata gade vej veien gate laan weg avenue avenida ulica plaza place platz
  america americas africa asia oceania emea apac latam dach benelux nordics
`);

function mayBeCity(t: Token): boolean {
  const k = t.key;
  return (
    t.upper &&
    k.length >= 3 &&
    !/^\d/.test(k) &&
    !ALL_STOP_WORDS.has(k) &&
    !NOT_CITIES.has(k) &&
    !HEADER_WORDS.has(k) &&
    !isLanguageName(k) &&
    !isRegionKey(k) &&
    !REGION_WORDS.has(k)
  );
}

/**
 * The GeoNames town named at word `i`, preferring one in a country the ad already points to. A
 * name of several words ("New York City", "São Martinho") may start with a word that alone is no town.
 */
export function geoCityAt(tokens: Token[], i: number, minPopulation: number, preferred: Set<string>): GeoCity | null {
  const t = tokens[i];
  if (!t?.upper || /^\d/.test(t.key)) return null;
  const single = mayBeCity(t);
  let best: GeoCity | null = null;
  for (const c of geoCitiesStartingWith(t.key)) {
    if (c.population < minPopulation) continue;
    if (c.words.length === 1 && !single) continue;
    if (!c.words.every((w, j) => tokens[i + j]?.key === w)) continue;
    if (c.words.length > 1 && !tokens[i + c.words.length - 1]?.upper) continue;
    if (best && c.words.length < best.words.length) break;
    if (preferred.has(c.country)) return c;
    best ??= c;
  }
  return best;
}

/** Whether the words `words` name a GeoNames town in one of `countries` ("São Martinho" in PT). */
export function isTownIn(words: string[], countries: Set<string>): boolean {
  const first = words[0];
  if (!first) return false;
  return geoCitiesStartingWith(first).some(
    (c) => countries.has(c.country) && c.words.length === words.length && c.words.every((w, j) => w === words[j]),
  );
}

function phraseAt<T extends { words: string[] }>(tokens: Token[], i: number, list: T[] | undefined): T | null {
  if (!list) return null;
  for (const entry of list) {
    if (entry.words.every((w, j) => tokens[i + j]?.key === w)) return entry;
  }
  return null;
}

// After a town's name these make it the name of its county or surroundings ("Uppsala län",
// "Stockholm area", "Oulun seutu"): the country stands, the town is not where the job is.
const COUNTY = foldedSet(`
  län lan fylke amt landkreis kreis county province provincia provincie maakunta megye vármegye județ judet
  województwo voivodeship okres kraj
`);
// After a town's name these make it an area around it ("the Porto area"): the town, unless another is named.
const AREA = foldedSet('area region regio omegn omland område området seutu umgebung umland');
// After a genitive these name the city's county or surroundings ("Stockholms län"), its council ("Oslos kommune").
const AROUND = new Set([...COUNTY, ...AREA, ...foldedSet('kommun kommune')]);

/** Whether the word after a town's name makes it a county's name ("Uppsala län"). */
export function namesCounty(next: Token | undefined): boolean {
  return COUNTY.has(next?.key ?? '');
}

/** Whether the word after a town's name makes it an area around it ("the Stockholm area"). */
export function namesArea(next: Token | undefined): boolean {
  return AREA.has(next?.key ?? '');
}

/** A one-word city in the genitive ("im Süden Münchens", "Berlins"). */
function genitiveCity(t: Token, next: Token | undefined): { city: string; code: string } | null {
  if (t.key.length < 6 || !t.key.endsWith('s') || AROUND.has(next?.key ?? '')) return null;
  const entry = cityPhrases(t.key.slice(0, -1))?.find((e) => e.words.length === 1);
  return entry ?? null;
}

/**
 * Token class of the words placeAt may find a place at by their key: a city's, a region's or a
 * subdivision's first word, an inflected country name's start, a city's genitive. Every capitalised word of an ad asked
 * those four tables; now only these do.
 */
const PLACE_START = wordClass(
  (k) =>
    cityPhrases(k) !== undefined ||
    regionPhrases(k) !== undefined ||
    subdivisionPhrases(k) !== undefined ||
    (k.length >= 6 && mayBeRegionStem(k)) ||
    (k.length >= 6 && k.endsWith('s') && cityPhrases(k.slice(0, -1)) !== undefined),
);

/** The country or city named at word `i` (capitalised, as places are written), or null. */
export function placeAt(tokens: Token[], i: number, acceptCodes: boolean): PlaceAt | null {
  const t = tokens[i];
  if (!t?.upper) return null;
  // A country's code ("DE") is read from the word as written: no class of its key says it.
  if ((t.classes & PLACE_START) === 0 && !(acceptCodes && /^[A-Z]{2}$/.test(t.raw))) return null;
  const city = phraseAt(tokens, i, cityPhrases(t.key));
  if (city) return { code: city.code, city: city.city, length: city.words.length };
  const region = phraseAt(tokens, i, regionPhrases(t.key)) ?? phraseAt(tokens, i, subdivisionPhrases(t.key));
  if (region) return { code: region.code, city: null, length: region.words.length };
  // Inflected names ("Нидерландах"), but never a language's name ("Norwegian" is not "Norwegia").
  const stem = t.key.length >= 6 && !isLanguageName(t.key) ? regionByStem(t.key) : null;
  if (stem) return { code: stem, city: null, length: 1 };
  const genitive = genitiveCity(t, tokens[i + 1]);
  if (genitive) return { code: genitive.code, city: genitive.city, length: 1 };
  if (
    acceptCodes &&
    /^[A-Z]{2}$/.test(t.raw) &&
    isCurrentCountry(t.raw) &&
    !isSubdivisionCode(tokens, i) &&
    !startsTownName(tokens, i)
  ) {
    return { code: t.raw, city: null, length: 1 };
  }
  return null;
}

const COMMA = /^\s*,\s*$/;
const NOWHERE = new Set<string>();

/** "LA CALMETTE", "EL PUERTO": two capitals that start a town's name in an upper-case line, not a country's code. */
function startsTownName(tokens: Token[], i: number): boolean {
  if (tokens[i]?.gapAfter !== ' ' || !tokens[i + 1]?.upper) return false;
  return (geoCityAt(tokens, i, 0, NOWHERE)?.words.length ?? 0) > 1;
}

/**
 * "Gerlingen, BW, Germany", "Pune, MH, IN": a code between a town and a country is the town's
 * state or province (Baden-Württemberg, Maharashtra), not the country that shares its letters.
 */
function isSubdivisionCode(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && /\($/.test(prev.gapAfter.trimEnd())) return isBracketedSubdivision(tokens, i);
  // "Munich, BY", "Bergamo, BG" ending a line: the town's state or province, unless the town is in that country.
  if (prev && !next && COMMA.test(prev.gapAfter)) return isBracketedSubdivision(tokens, i);
  if (!prev || !next || !COMMA.test(prev.gapAfter) || !COMMA.test(tokens[i]?.gapAfter ?? '')) return false;
  // The word before must be able to name a town ("Pune", not "Remote", "DE" or "Germany").
  if (!prev.upper || /^[A-Z]{2}$/.test(prev.raw) || NOT_CITIES.has(prev.key)) return false;
  const before = placeAt(tokens, i - 1, false);
  if (before && !before.city) return false;
  const country = /^[A-Z]{2}$/.test(next.raw) ? isKnownCountry(next.raw) : placeAt(tokens, i + 1, false);
  return Boolean(country) && !placeAt(tokens, i + 1, false)?.city;
}

/**
 * "Cremona (CR)", "Vannes (56)": a code in brackets (or ending the line) after a town is its
 * province unless the town is in the country of that code ("Porto (PT)", "Porto, PT").
 */
function isBracketedSubdivision(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1] as Token;
  const code = tokens[i]?.raw ?? '';
  if (!prev.upper || /^[A-Z]{2}$/.test(prev.raw) || NOT_CITIES.has(prev.key)) return false;
  const before = placeAt(tokens, i - 1, false);
  if (before) return before.city !== null && before.code !== code;
  const town = geoCityAt(tokens, i - 1, 0, new Set([code]));
  return town !== null && town.country !== code;
}
