import type { Evidence } from '../posting/posting';
import type { GeoCity } from './geonames-cities';
import { geoCityAt, isTownIn, namesArea, namesCounty } from './place-at';
import { asWord, type Clause, clauseText, type Token } from './tokenize';

// Weighing the places an ad names: GeoNames for the words that may be towns, then the countries
// and cities the strongest mentions point to.

/** Where a place was named, strongest first; the rule name is what evidence says. */
export type Rule =
  | 'source field'
  | 'location header'
  | 'based in'
  | 'title'
  | 'postcode line'
  | 'place line'
  | 'council'
  | 'body';
const WEIGHT: Record<Rule, number> = {
  'source field': 4,
  'location header': 3,
  'based in': 3,
  title: 3,
  'postcode line': 2,
  'place line': 2,
  council: 2,
  body: 1,
};
/** Rules that name the job's place outright: when the text has any, they decide the countries. */
const TEXT_STRUCTURED = new Set<Rule>(['location header', 'based in']);
// A city from these tiers replaces those from weaker ones (other offices named in the body). The
// title's town is the job's over a location line's in the same country ("Accountant Ljubljana" on a
// board whose field says Maribor, "für die Repräsentanz Berlin" under "Location: Stuttgart").
const CITY_TIER: Record<Rule, number> = {
  title: -1,
  'source field': 0,
  'location header': 0,
  'based in': 0,
  'postcode line': 1,
  'place line': 1,
  council: 1,
  body: 2,
};

/** A town from running text adds a country no other words point to only when it is this big (Mannheim, Sofia). */
const BIG_CITY = 250_000;
/** A town named in a title must be this big to add a country no other words point to. */
const TITLE_BIG = 20_000;

export interface PlaceFindings {
  countries: string[];
  cities: string[];
  /** The words that decided each value (see Evidence). */
  evidence?: Evidence[];
  /**
   * When the text names no place: the one country the ad's language is the language of. An office
   * job is likely there when the work is on site or the ad asks for the language; a remote one says
   * nothing of where its worker lives (the caller decides).
   */
  homeCountry?: string;
}

export interface Hit {
  code: string;
  city: string | null;
  rule: Rule;
  clause: Clause;
  /** Folded words of a country's name, to tell it from a town of the same name. */
  words: string[];
  /** A town named as an area ("the Stockholm area"): a town named outright beside it wins. */
  area?: boolean;
}

export interface Pending {
  tokens: Token[];
  i: number;
  rule: Rule;
  clause: Clause;
  min: number;
  /** The country named right after the word ("Bari, Italy"): the town must be there. */
  country?: string;
  /** A town named as a county or the area around the place ("Ponferrada (León)", "Uppsala län"): its country only. */
  around?: boolean;
  /** The names an inflected word may stand for ("Kuopiossa": kuopio): a town only where the ad's language is spoken. */
  bases?: string[];
  /** Only a case form can make the word a place: it stands where a town as written would not count. */
  inflectedOnly?: boolean;
  /** The country of the place the word is listed after ("Bergen, Askøy"): a town of any size there counts. */
  listedIn?: string;
  /** Named where any word may stand: a town only in this country (the ad language's one country). */
  homeOnly?: string;
}

/** Looks the pending words up in GeoNames, preferring towns in countries already named or where the ad's language is spoken. */
export function resolve(hits: Hit[], pending: Pending[], spoken: string[]): Hit[] {
  const preferred = new Set([...hits.map((h) => h.code), ...spoken]);
  const all = [...hits];
  for (const p of pending) {
    const found = p.inflectedOnly ? null : plainTown(p, preferred);
    if (found) {
      all.push(found);
      continue;
    }
    const town = p.bases ? inflectedTown(p, preferred) : null;
    if (town) all.push({ code: town.country, city: town.name, rule: p.rule, clause: p.clause, words: town.words });
  }
  // The countries of the towns each clause names, to check the country names beside them.
  const townCountries = new Map<Clause, Set<string>>();
  for (const h of all) {
    if (h.city) townCountries.set(h.clause, (townCountries.get(h.clause) ?? new Set()).add(h.code));
  }
  const verdicts = new Map<string, boolean>();
  return all.filter((h) => {
    const towns = townCountries.get(h.clause);
    if (h.city || !towns || towns.has(h.code)) return true;
    // One GeoNames look-up per name and clause, however often a line repeats it.
    const key = `${h.words.join(' ')}|${[...towns].join(',')}`;
    let townInstead = verdicts.get(key);
    if (townInstead === undefined) {
      townInstead = isTownIn(h.words, towns);
      verdicts.set(key, townInstead);
    }
    return !townInstead;
  });
}

/** The GeoNames town a word names as written, when where it stands lets it count. */
function plainTown(p: Pending, preferred: Set<string>): Hit | null {
  const listed = p.listedIn && !p.country ? geoCityAt(p.tokens, p.i, 0, new Set([p.listedIn])) : null;
  if (listed && listed.country === p.listedIn) return townHit(p, listed);
  const only = p.country ?? p.homeOnly;
  const city = geoCityAt(p.tokens, p.i, p.min, only ? new Set([only]) : preferred);
  if (!city || (only && city.country !== only)) return null;
  // A town from running text names a city of a country already in play, or a big one; a location line may name any.
  const free = p.rule !== 'body' && p.rule !== 'title';
  const big = city.population >= (p.rule === 'title' ? TITLE_BIG : BIG_CITY);
  if (!free && !big && !p.country && !preferred.has(city.country)) return null;
  return townHit(p, city);
}

function townHit(p: Pending, city: GeoCity): Hit {
  const after = p.tokens[p.i + city.words.length];
  const name = p.around || namesCounty(after) ? null : city.name;
  return { code: city.country, city: name, rule: p.rule, clause: p.clause, words: city.words, area: namesArea(after) };
}

/** The GeoNames town an inflected word names, only in a country the ad's language is spoken in or names. */
function inflectedTown(p: Pending, preferred: Set<string>): GeoCity | null {
  const t = p.tokens[p.i] as Token;
  for (const base of p.bases ?? []) {
    const city = geoCityAt([{ ...asWord(t, base), gapAfter: '' }], 0, p.min, preferred);
    if (city && preferred.has(city.country) && (!p.homeOnly || city.country === p.homeOnly)) return city;
  }
  return null;
}

/** Sections whose towns are not the job's even beside its town (a bus route in the benefits). */
const OFF_JOB = new Set(['about', 'benefits']);

/**
 * Whether the line a chosen town is named in lists the job's towns: not one in the benefits or the
 * company's story, nor a "Label: value" line whose label is no place's ("dojazd z miejscowości: …").
 */
function listsJobTowns(h: Hit): boolean {
  if (OFF_JOB.has(h.clause.section)) return false;
  return h.clause.section !== 'header' || h.rule === 'location header' || h.rule === 'source field';
}

export function decide(all: Hit[]): PlaceFindings {
  const hits = withoutBareCountries(all);
  const scores = new Map<string, number>();
  for (const h of hits) scores.set(h.code, (scores.get(h.code) ?? 0) + WEIGHT[h.rule]);
  // The text's own location line or "based in" decides; else the source's field; else every mention.
  const textStructured = new Set(hits.filter((h) => TEXT_STRUCTURED.has(h.rule)).map((h) => h.code));
  const source = new Set(hits.filter((h) => h.rule === 'source field').map((h) => h.code));
  const allowed = textStructured.size > 0 ? textStructured : source.size > 0 ? source : null;
  let top = 0;
  for (const [code, s] of scores) if (!allowed || allowed.has(code)) top = Math.max(top, s);
  const countries = [...scores]
    .filter(([code, s]) => s * 2 >= top && (!allowed || allowed.has(code)))
    .sort((a, b) => b[1] - a[1])
    .map(([code]) => code);
  const evidence: Evidence[] = [];
  for (const code of countries) {
    const best = hits.filter((h) => h.code === code).reduce((a, b) => (WEIGHT[b.rule] > WEIGHT[a.rule] ? b : a));
    evidence.push({ field: 'countries', value: code, quote: clauseText(best.clause), rule: best.rule });
  }
  const cityHits = hits.filter((h) => h.city && countries.includes(h.code));
  const cityTier = (h: Hit) => CITY_TIER[h.rule] + (h.area ? 0.5 : 0);
  const tier = cityHits.reduce((t, h) => Math.min(t, cityTier(h)), 3);
  const chosen = new Set(cityHits.filter((h) => cityTier(h) === tier).map((h) => h.city));
  // "Analyst (Praha, Brno, Ostrava)" over "Location: Brno", "Oslo, Sandnes eller Alta" beside
  // "Arbeidssted: Oslo": a line listing the job's town with others lists the job's towns.
  const listing = new Set(
    cityHits.filter((h) => !h.area && chosen.has(h.city) && listsJobTowns(h)).map((h) => h.clause),
  );
  const cities: string[] = [];
  const seen = new Set<string>();
  for (const h of cityHits) {
    const listed = listing.has(h.clause) && !h.area;
    if ((cityTier(h) !== tier && !listed) || seen.has(h.city as string)) continue;
    seen.add(h.city as string);
    cities.push(h.city as string);
    evidence.push({ field: 'cities', value: h.city as string, quote: clauseText(h.clause), rule: h.rule });
  }
  return { countries, cities, evidence };
}

/**
 * "The Embassy of Germany in Copenhagen", "as we grow across the Netherlands, Germany": a country
 * only named in running text, in an ad that names a town, is the company's story, not the job's
 * place; alone (no town anywhere) it may still be where the job is.
 */
function withoutBareCountries(hits: Hit[]): Hit[] {
  if (!hits.some((h) => h.city !== null)) return hits;
  const bare = (h: Hit) => h.rule === 'body' && h.city === null;
  const placed = new Set(hits.filter((h) => !bare(h)).map((h) => h.code));
  return hits.filter((h) => !bare(h) || placed.has(h.code));
}
