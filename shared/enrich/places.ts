import { isKnownCountry } from '../places/codes';
import type { Evidence } from '../posting/posting';
import { type GeoCity, geoCitiesStartingWith } from './geonames-cities';
import { isLanguageName } from './language-names';
import { CITY_PHRASES, REGION_PHRASES, REGION_WORDS, regionByStem, regionKeys } from './place-names';
import { ALL_STOP_WORDS } from './stop-words';
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
  customers clients kunder kunderne kunderna kunden klanten clientes clienti klientów klienci asiakkaita asiakkaiden
  markets market cannot except excluding outside
`);

// Words before a place in running text ("office in Solna", "i Kristianstad", "à Lyon").
const PLACE_PREPOSITIONS = foldedSet('in i på à a en em w we в im nach naar til till au di bei near around');
// Capitalised words in location lines that GeoNames also knows as some village somewhere.
const NOT_CITIES = foldedSet(`
  remote hybrid onsite office home homeoffice job jobs work city area region street road center centre central
  north south east west nord syd süd sud ost est öst norra södra new main various multiple other flexible
  company team stadt kommune kommun gemeente ville ciudad cidade città miasto municipality county
  rue via calle rua strasse straße gatan gata gade vej veien gate laan weg avenue avenida ulica plaza place platz
  america americas africa asia oceania emea apac latam dach benelux nordics
`);
/** A town an ad names in its title or body must be at least this big; a location line may name any town. */
const TITLE_POPULATION = 10_000;
const BODY_POPULATION = 50_000;

function mayBeCity(t: Token): boolean {
  const k = t.key;
  return (
    t.upper &&
    k.length >= 3 &&
    !/^\d/.test(k) &&
    !ALL_STOP_WORDS.has(k) &&
    !NOT_CITIES.has(k) &&
    !HEADERS.has(k) &&
    !isLanguageName(k) &&
    !regionKeys.has(k) &&
    !REGION_WORDS.has(k)
  );
}

/** The GeoNames town named at word `i`, preferring one in a country the ad already points to. */
function geoCityAt(tokens: Token[], i: number, minPopulation: number, preferred: Set<string>): GeoCity | null {
  const t = tokens[i];
  if (!t || !mayBeCity(t)) return null;
  let best: GeoCity | null = null;
  for (const c of geoCitiesStartingWith(t.key)) {
    if (c.population < minPopulation) continue;
    if (!c.words.every((w, j) => tokens[i + j]?.key === w)) continue;
    if (best && c.words.length < best.words.length) break;
    if (preferred.has(c.country)) return c;
    best ??= c;
  }
  return best;
}

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
  /** The words that decided each value (see Evidence). */
  evidence?: Evidence[];
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
  // Words no table knows, to look up in GeoNames once the tables have said which countries are in play.
  const unknown: { tokens: Token[]; i: number; weight: number; structured: boolean; min: number }[] = [];
  let order = 0;
  const count = (code: string, city: string | null, weight: number, isStructured: boolean): void => {
    scores.set(code, (scores.get(code) ?? 0) + weight);
    if (isStructured && weight > 0) structured.add(code);
    if (city && weight > 0 && !cities.has(city)) cities.set(city, { code, order: order++ });
  };
  const scan = (clause: Clause, weight: number, acceptCodes: boolean, isStructured: boolean, min: number): void => {
    const tokens = clause.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const place = placeAt(tokens, i, acceptCodes);
      if (place) {
        count(place.code, place.city, weight, isStructured);
        i += place.length - 1;
      } else if (weight > 0 && (isStructured || PLACE_PREPOSITIONS.has(tokens[i - 1]?.key ?? ''))) {
        unknown.push({ tokens, i, weight, structured: isStructured, min: isStructured ? 0 : min });
      }
    }
  };
  for (const c of locationClauses) scan(c, 4, true, true, 0);
  for (const c of titleClauses) scan(c, 3, false, false, TITLE_POPULATION);
  let labelBefore = false;
  for (const c of clauses) {
    const kind = headerKind(c);
    const header = kind === 'header' || labelBefore;
    labelBefore = kind === 'label';
    scan(c, isDistractor(c) ? 0 : header ? 3 : 1, header, header, BODY_POPULATION);
  }
  const home = adLanguage ? HOME_COUNTRY[adLanguage] : undefined;
  const preferred = new Set([...scores.keys(), ...(home ? [home] : [])]);
  for (const u of unknown) {
    const city = geoCityAt(u.tokens, u.i, u.min, preferred);
    // A town from running text names a city of a country already in play; only a location line adds a country.
    if (city && (u.structured || preferred.has(city.country))) count(city.country, city.name, u.weight, u.structured);
  }
  let top = 0;
  for (const [code, s] of scores) if (structured.size === 0 || structured.has(code)) top = Math.max(top, s);
  let countries = [...scores]
    .filter(([code, s]) => s > 0 && s * 2 >= top && (structured.size === 0 || structured.has(code)))
    .sort((a, b) => b[1] - a[1])
    .map(([code]) => code);
  if (countries.length === 0 && home) countries = [home];
  return {
    countries,
    cities: [...cities]
      .filter(([, c]) => countries.includes(c.code))
      .sort((a, b) => a[1].order - b[1].order)
      .map(([city]) => city),
  };
}
