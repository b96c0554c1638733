import type { Evidence } from '../posting/posting';
import type { GeoCity } from './geonames-cities';
import { geoCityAt, isTownIn, namesArea, namesCounty, placeAt } from './place-at';
import {
  ARTICLES,
  continuesList,
  findCue,
  headerKind,
  isDistractor,
  isHistory,
  namesCouncil,
  PLACE_PREPOSITIONS,
  postcodeEnd,
} from './place-cues';
import { inflectedBases, mayBeInflectedPlace } from './place-inflections';
import { cityPhrases, regionPhrases } from './place-names';
import { type Clause, clauseText, type Token, tokenAt } from './tokenize';

export { type PlaceAt, placeAt } from './place-at';
export { headerKind } from './place-cues';

/** Where a place was named, strongest first; the rule name is what evidence says. */
type Rule = 'source field' | 'location header' | 'based in' | 'title' | 'postcode line' | 'council' | 'body';
const WEIGHT: Record<Rule, number> = {
  'source field': 4,
  'location header': 3,
  'based in': 3,
  title: 3,
  'postcode line': 2,
  council: 2,
  body: 1,
};
/** Rules that name the job's place outright: when the text has any, they decide the countries. */
const TEXT_STRUCTURED = new Set<Rule>(['location header', 'based in']);
// A city from these tiers replaces those from weaker ones (other offices named in the body).
const CITY_TIER: Record<Rule, number> = {
  'source field': 0,
  'location header': 0,
  'based in': 0,
  title: 1,
  'postcode line': 1,
  council: 1,
  body: 2,
};

/** A town an ad names in its title or body must be at least this big; a location line may name any town. */
const TITLE_POPULATION = 10_000;
const BODY_POPULATION = 20_000;
/** An inflected town in running text ("Kuopiossa") must be this big, and where the ad's language is spoken. */
const INFLECTED_POPULATION = 5_000;
/** A town from running text adds a country no other words point to only when it is this big (Mannheim, Sofia). */
const BIG_CITY = 250_000;

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
/** Countries where a language is spoken at work: a town there, named in an ad in it, is a likely workplace. */
const LANGUAGE_COUNTRIES: Record<string, string[]> = {
  nl: ['NL', 'BE'],
  de: ['DE', 'AT', 'CH', 'LU'],
  fr: ['FR', 'BE', 'CH', 'LU'],
  it: ['IT', 'CH'],
  es: ['ES'],
  pt: ['PT'],
  sv: ['SE', 'FI'],
  el: ['GR', 'CY'],
};

interface Hit {
  code: string;
  city: string | null;
  rule: Rule;
  clause: Clause;
  /** Folded words of a country's name, to tell it from a town of the same name. */
  words: string[];
  /** A town named as an area ("the Stockholm area"): a town named outright beside it wins. */
  area?: boolean;
}

interface Pending {
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
}

/** What a scan of the ad gathers, and the ad's language its words are read in. */
interface Scan {
  hits: Hit[];
  pending: Pending[];
  lang: string | null;
}

export interface PlaceFindings {
  countries: string[];
  cities: string[];
  /** The words that decided each value (see Evidence). */
  evidence?: Evidence[];
  /**
   * When the text names no place: the one country the ad's language is the language of. An office
   * job is likely there; a remote one says nothing of where its worker lives (the caller decides).
   */
  homeCountry?: string;
}

const TITLE_SEPARATOR = /[-–—|,(@/:]/;
/** How many words after a cue its place may stand, when a preposition leads to it. */
const CUE_REACH = 6;

/** Reads one clause: every place it names, and the unknown words that may be GeoNames towns. */
function scanClause(
  clause: Clause,
  rule: Rule,
  scan: Scan,
  opts: { from?: number; everyWord?: boolean; acceptCodes?: boolean; cue?: number; only?: number },
): void {
  const { hits, pending } = scan;
  const tokens = clause.tokens;
  const structured = rule !== 'body' && rule !== 'title';
  // The last word of a place or of a word after a preposition: a list may go on from it.
  let chain = -2;
  let cueFound = false;
  const end = opts.only !== undefined ? Math.min(tokens.length, opts.only + 1) : tokens.length;
  for (let i = opts.from ?? 0; i < end; i++) {
    // Places are written capitalised: most words are skipped here, cheaply.
    if (!(tokens[i] as Token).upper) continue;
    const prev = tokenAt(tokens, i - 1);
    const afterCue = opts.cue !== undefined && i >= opts.cue;
    const listed = (chain === i - 1 || chain === i - 2) && continuesList(tokens, i);
    // The cued place comes right after the cue, or a few words on after a preposition ("based at our office in Kendal").
    const reach =
      i <= (opts.cue ?? 0) + 2 || (i <= (opts.cue ?? 0) + CUE_REACH && PLACE_PREPOSITIONS.has(prev?.key ?? ''));
    const inCue = afterCue && ((!cueFound && reach) || listed);
    const here: Rule = opts.cue === undefined || inCue ? rule : 'body';
    // "Ponferrada (León)": a place in brackets after another is the first one's province or big city.
    const bracketed = chain === i - 1 && /\($/.test((prev as Token).gapAfter.trimEnd());
    const place = placeAt(tokens, i, opts.acceptCodes ?? false);
    if (place) {
      const words = tokens.slice(i, i + place.length).map((t) => t.key);
      i += place.length - 1;
      // "in den Bergen": a word after an article is a noun, whatever town it also names.
      if (place.city && !structured && ARTICLES.has(prev?.key ?? '')) continue;
      const city = bracketed || namesCounty(tokens[i + 1]) ? null : place.city;
      hits.push({ code: place.code, city, rule: here, clause, words, area: namesArea(tokens[i + 1]) });
      chain = i;
      if (inCue) cueFound = true;
      continue;
    }
    const t = tokens[i] as Token;
    if (ARTICLES.has(prev?.key ?? '')) continue;
    if (mayBeInflectedPlace(tokens, i, scan.lang)) {
      const bases = inflectedBases(t.key, scan.lang);
      const named = bases.length > 0 ? namedPlace(bases) : null;
      if (named) {
        hits.push({ code: named.code, city: named.city, rule: here, clause, words: [t.key] });
        chain = i;
        continue;
      }
      if (bases.length > 0) {
        pending.push({ tokens, i, rule: here, clause, min: here === 'body' ? INFLECTED_POPULATION : 0, bases });
        chain = i;
        continue;
      }
    }
    // "Bari, Italy": a town followed by its country.
    const then = t.gapAfter !== ' ' && /^\s*,\s*$/.test(t.gapAfter) ? placeAt(tokens, i + 1, false) : null;
    const country = then && !then.city ? then.code : undefined;
    const min = here === 'body' ? BODY_POPULATION : here === 'title' ? TITLE_POPULATION : 0;
    if (namesCouncil(tokens, i)) {
      pending.push({ tokens, i, rule: 'council', clause, min: 0 });
    } else if (
      opts.everyWord ||
      inCue ||
      listed ||
      country ||
      PLACE_PREPOSITIONS.has(prev?.key ?? '') ||
      namesArea(tokens[i + 1]) ||
      (rule === 'title' && prev !== undefined && TITLE_SEPARATOR.test(prev.gapAfter))
    ) {
      pending.push({ tokens, i, rule: here, clause, min: country ? 0 : min, country, around: bracketed });
      chain = i;
      if (inCue) cueFound = true;
    }
  }
}

/** A short address line with a postcode and a town ("14482 Potsdam", "Marktplein 1, 7311 LR Apeldoorn"): the town's index. */
function postcodeTown(clause: Clause): number {
  const tokens = clause.tokens;
  if (!clause.lineStart || tokens.length > 8) return -1;
  for (let i = 0; i < tokens.length - 1; i++) {
    const at = /^\d/.test(tokens[i]?.key ?? '') || i === 0 ? postcodeEnd(tokens, i) : -1;
    if (at > 0) return tokens[at]?.upper ? at : -1;
  }
  return -1;
}

/** Where the job is: countries and cities weighed by where they are named (see Rule and WEIGHT). */
export function findPlaces(
  titleClauses: Clause[],
  locationClauses: Clause[],
  clauses: Clause[],
  adLanguage: string | null,
): PlaceFindings {
  const hits: Hit[] = [];
  const pending: Pending[] = [];
  const scan: Scan = { hits, pending, lang: adLanguage };
  for (const c of locationClauses) scanClause(c, 'source field', scan, { everyWord: true, acceptCodes: true });
  for (const c of titleClauses) scanClause(c, 'title', scan, {});
  let labelBefore = false;
  for (const c of clauses) {
    const kind = headerKind(c);
    const header = kind === 'header' || labelBefore;
    labelBefore = kind === 'label';
    // "Arbeidssted i København, der Nordisk Råds kontorer ligger": words after the cued place do not
    // undo it; "Our HQ is in Oslo, but you will be based in Bergen": those before it are the distractor's.
    const found = findCue(c.tokens);
    const cue = found ? found.end : -1;
    if (!found && isDistractor(c)) continue;
    if (found && (isHistory(c) || isDistractor(c, found.label ? found.end : 0))) continue;
    if (found && isDistractor(c, found.start)) {
      scanClause(c, 'based in', scan, { cue, from: cue });
      continue;
    }
    if (header) {
      scanClause(c, 'location header', scan, { everyWord: true, acceptCodes: true });
      continue;
    }
    const town = postcodeTown(c);
    if (town > 0) {
      scanClause(c, 'postcode line', scan, { from: town, everyWord: true, only: town });
      continue;
    }
    // The company's own story names its places, not the job's ("Founded in Oslo, offices in Riga").
    if (c.section === 'about') continue;
    scanClause(c, cue >= 0 ? 'based in' : 'body', scan, cue >= 0 ? { cue } : {});
  }
  const home = adLanguage ? HOME_COUNTRY[adLanguage] : undefined;
  const spoken = [...(home ? [home] : []), ...(adLanguage ? (LANGUAGE_COUNTRIES[adLanguage] ?? []) : [])];
  const found = decide(resolve(hits, pending, spoken));
  return found.countries.length > 0 || !home ? found : { ...found, homeCountry: home };
}

/** Looks the pending words up in GeoNames, preferring towns in countries already named or where the ad's language is spoken. */
function resolve(hits: Hit[], pending: Pending[], spoken: string[]): Hit[] {
  const preferred = new Set([...hits.map((h) => h.code), ...spoken]);
  const all = [...hits];
  for (const p of pending) {
    if (p.bases) {
      const town = inflectedTown(p, preferred);
      if (town) all.push({ code: town.country, city: town.name, rule: p.rule, clause: p.clause, words: town.words });
      continue;
    }
    const city = geoCityAt(p.tokens, p.i, p.min, p.country ? new Set([p.country]) : preferred);
    if (!city || (p.country && city.country !== p.country)) continue;
    // A town from running text names a city of a country already in play, or a big one; a location line may name any.
    const free = p.rule !== 'body' && p.rule !== 'title';
    const big = city.population >= (p.rule === 'title' ? BODY_POPULATION : BIG_CITY);
    if (free || big || p.country || preferred.has(city.country)) {
      const around = p.around || namesCounty(p.tokens[p.i + city.words.length]);
      const name = around ? null : city.name;
      const area = namesArea(p.tokens[p.i + city.words.length]);
      all.push({ code: city.country, city: name, rule: p.rule, clause: p.clause, words: city.words, area });
    }
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

/** A hand-table city or a country an inflected word names ("Tukholmassa", "Suomessa"). */
function namedPlace(bases: string[]): { code: string; city: string | null } | null {
  for (const base of bases) {
    const city = cityPhrases(base)?.find((e) => e.words.length === 1);
    if (city) return city;
    const country = regionPhrases(base)?.find((e) => e.words.length === 1);
    if (country) return { code: country.code, city: null };
  }
  return null;
}

/** The GeoNames town an inflected word names, only in a country the ad's language is spoken in or names. */
function inflectedTown(p: Pending, preferred: Set<string>): GeoCity | null {
  const t = p.tokens[p.i] as Token;
  for (const base of p.bases ?? []) {
    const city = geoCityAt([{ ...t, key: base, gapAfter: '' }], 0, p.min, preferred);
    if (city && preferred.has(city.country)) return city;
  }
  return null;
}

function decide(hits: Hit[]): PlaceFindings {
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
  const cities: string[] = [];
  const seen = new Set<string>();
  for (const h of cityHits) {
    if (cityTier(h) !== tier || seen.has(h.city as string)) continue;
    seen.add(h.city as string);
    cities.push(h.city as string);
    evidence.push({ field: 'cities', value: h.city as string, quote: clauseText(h.clause), rule: h.rule });
  }
  return { countries, cities, evidence };
}
