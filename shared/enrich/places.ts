import { cityPhrases } from './city-names';
import { namesArea, namesCounty, placeAt } from './place-at';
import {
  ARTICLES,
  continuesList,
  findCue,
  headerKind,
  isCompanySeat,
  isDistractor,
  isHistory,
  namedAsNear,
  namesCouncil,
  PLACE_PREPOSITIONS,
} from './place-cues';
import { inflectedBases, mayBeInflectedPlace } from './place-inflections';
import { isPlaceLine, postcodeTown } from './place-lines';
import { countryInLanguage, regionPhrases } from './place-names';
import { decide, type Hit, type Pending, type PlaceFindings, type Rule, resolve } from './place-weigh';
import { type Clause, type Token, tokenAt } from './tokenize';

export { type PlaceAt, placeAt } from './place-at';
export { headerKind } from './place-cues';
export type { PlaceFindings } from './place-weigh';

/** A town an ad names in its title or body must be at least this big; a location line may name any town. */
const TITLE_POPULATION = 10_000;
const BODY_POPULATION = 20_000;
/** An inflected town in running text ("Kuopiossa") must be this big, and where the ad's language is spoken. */
const INFLECTED_POPULATION = 5_000;
const SHORTEST_INFLECTED_COUNTRY = 5;
/** A town of the ad language's one country, named in running text with no preposition before it. */
const HOME_TOWN_POPULATION = 50_000;
const HOME_CITY_POPULATION = 100_000;

/** Single-language countries: an ad in the language, naming no place, may be for a job there (the caller decides). */
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
  tr: 'TR',
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

/** What a scan of the ad gathers, and the ad's language its words are read in. */
interface Scan {
  hits: Hit[];
  pending: Pending[];
  lang: string | null;
  /** The one country the ad's language is the language of, if any. */
  home?: string;
}

const TITLE_SEPARATOR = /[-–—|,(@/:]/;
/** How many words after a cue its place may stand, when a preposition leads to it. */
const CUE_REACH = 6;

/** Reads one clause: every place it names, and the unknown words that may be GeoNames towns. */
function scanClause(
  clause: Clause,
  rule: Rule,
  scan: Scan,
  opts: { from?: number; everyWord?: boolean; acceptCodes?: boolean; cue?: number; only?: number; weak?: boolean },
): void {
  const { hits, pending } = scan;
  const tokens = clause.tokens;
  const structured = rule !== 'body' && rule !== 'title';
  // The last word of a place or of a word after a preposition: a list may go on from it.
  let chain = -2;
  // The country of the place `chain` names, when it is read already, and whether that place is a country.
  let chainCode: string | null = null;
  let chainCountry = false;
  let cueFound = false;
  const end = opts.only !== undefined ? Math.min(tokens.length, opts.only + 1) : tokens.length;
  for (let i = opts.from ?? 0; i < end; i++) {
    // Places are written capitalised: most words are skipped here, cheaply.
    if (!(tokens[i] as Token).upper) continue;
    const prev = tokenAt(tokens, i - 1);
    const afterCue = opts.cue !== undefined && i >= opts.cue;
    const listed = chain >= i - 3 && continuesList(tokens, i, chain);
    // The cued place comes right after the cue, or a few words on after a preposition ("based at our office in Kendal").
    const reach =
      i <= (opts.cue ?? 0) + 2 || (i <= (opts.cue ?? 0) + CUE_REACH && PLACE_PREPOSITIONS.has(prev?.key ?? ''));
    const inCue = afterCue && ((!cueFound && reach) || listed);
    const here: Rule = opts.cue === undefined || inCue ? rule : 'body';
    // "Ponferrada (León)": a place in brackets after a town is its province or big city; after a
    // country ("Portugal (Viseu ou Aveiro)") the towns in it.
    const inBrackets = chain === i - 1 && /\($/.test((prev as Token).gapAfter.trimEnd());
    const bracketed = inBrackets && !chainCountry;
    // "Bergen, Askøy og Øygarden": a town listed after a place may be small, in that place's country.
    const listedIn: string | undefined = (listed || inBrackets) && chainCode ? chainCode : undefined;
    const place = placeAt(tokens, i, opts.acceptCodes ?? false);
    if (place) {
      const words = tokens.slice(i, i + place.length).map((t) => t.key);
      const near = namedAsNear(tokens, i, place.length);
      i += place.length - 1;
      // "in den Bergen": a word after an article is a noun, whatever town it also names.
      if (place.city && !structured && ARTICLES.has(prev?.key ?? '')) continue;
      const city = bracketed || near || namesCounty(tokens[i + 1]) ? null : place.city;
      hits.push({ code: place.code, city, rule: here, clause, words, area: namesArea(tokens[i + 1]) });
      chain = i;
      chainCode = place.code;
      chainCountry = place.city === null;
      if (inCue) cueFound = true;
      continue;
    }
    const t = tokens[i] as Token;
    if (ARTICLES.has(prev?.key ?? '')) continue;
    // "Německo" in a Czech ad: a country named in the ad's own language.
    const own = countryInLanguage(t.key, scan.lang);
    if (own) {
      hits.push({ code: own, city: null, rule: here, clause, words: [t.key] });
      chain = i;
      chainCode = own;
      chainCountry = true;
      continue;
    }
    // "Kuopiossa", "w Tczewie": the names the word may be a case form of.
    const bases = mayBeInflectedPlace(tokens, i, scan.lang) ? inflectedBases(t.key, scan.lang) : [];
    const named = bases.length > 0 ? namedPlace(bases) : null;
    if (named) {
      hits.push({ code: named.code, city: named.city, rule: here, clause, words: [t.key] });
      chain = i;
      chainCode = named.code;
      chainCountry = named.city === null;
      continue;
    }
    const inflected = bases.length > 0 ? bases : undefined;
    // "Bari, Italy": a town followed by its country.
    const then = t.gapAfter !== ' ' && /^\s*,\s*$/.test(t.gapAfter) ? placeAt(tokens, i + 1, false) : null;
    const country = then && !then.city ? then.code : undefined;
    // Right after a weak cue a word only GeoNames knows is read as running text's ("join our Bright team");
    // after its preposition it is the cue's ("working at our headquarters in Zutphen").
    const townRule: Rule = opts.weak && inCue && !listed && !PLACE_PREPOSITIONS.has(prev?.key ?? '') ? 'body' : here;
    const min = townRule === 'body' ? BODY_POPULATION : townRule === 'title' ? TITLE_POPULATION : 0;
    if (namesCouncil(tokens, i)) {
      pending.push({ tokens, i, rule: 'council', clause, min: 0 });
    } else if (
      opts.everyWord ||
      inCue ||
      listed ||
      inBrackets ||
      country ||
      PLACE_PREPOSITIONS.has(prev?.key ?? '') ||
      namesArea(tokens[i + 1]) ||
      (rule === 'title' && prev !== undefined && TITLE_SEPARATOR.test(prev.gapAfter))
    ) {
      pending.push({
        tokens,
        i,
        rule: townRule,
        clause,
        min: country ? 0 : min,
        country,
        around: bracketed || namedAsNear(tokens, i),
        bases: inflected,
        listedIn,
      });
      chain = i;
      // A list goes on in the country it started in ("Bergen, Askøy og Øygarden").
      chainCode = listedIn ?? null;
      chainCountry = false;
      if (inCue) cueFound = true;
    } else if (inflected || (scan.home && here === 'body')) {
      if (inflected) {
        const least = here === 'body' ? INFLECTED_POPULATION : 0;
        pending.push({ tokens, i, rule: here, clause, min: least, bases: inflected, inflectedOnly: true });
      }
      // "Başvurular tercihen Denizli ikametli", "Ankara ofisimizde": in a one-country language a town of
      // that country needs no preposition before it; a big one only, as it stands where any name may
      // (bigger still first in a sentence, where every word is capitalised).
      if (scan.home && here === 'body') {
        const least = i > 0 ? HOME_TOWN_POPULATION : HOME_CITY_POPULATION;
        pending.push({ tokens, i, rule: here, clause, min: least, homeOnly: scan.home });
      }
      chain = i;
      chainCode = null;
    }
  }
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
  const scan: Scan = { hits, pending, lang: adLanguage, home: adLanguage ? HOME_COUNTRY[adLanguage] : undefined };
  for (const c of locationClauses) scanClause(c, 'source field', scan, { everyWord: true, acceptCodes: true });
  for (const c of titleClauses) scanClause(c, 'title', scan, {});
  let labelBefore = false;
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k] as Clause;
    const kind = headerKind(c);
    const header = kind === 'header' || labelBefore;
    labelBefore = kind === 'label';
    // "Arbeidssted i København, der Nordisk Råds kontorer ligger": words after the cued place do not
    // undo it; "Our HQ is in Oslo, but you will be based in Bergen": those before it are the distractor's.
    const found = findCue(c.tokens);
    const cue = found ? found.end : -1;
    if (!found && isDistractor(c)) continue;
    if (found && (isHistory(c) || isCompanySeat(c, found.start) || isDistractor(c, found.label ? found.end : 0)))
      continue;
    if (found && isDistractor(c, found.start)) {
      scanClause(c, 'based in', scan, { cue, from: cue, weak: found.weak });
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
    if (isPlaceLine(k, clauses, titleClauses[0])) {
      scanClause(c, 'place line', scan, { everyWord: true });
      continue;
    }
    // The company's own story names its places, not the job's ("Founded in Oslo, offices in Riga").
    if (c.section === 'about') continue;
    scanClause(c, cue >= 0 ? 'based in' : 'body', scan, cue >= 0 ? { cue, weak: found?.weak } : {});
  }
  const home = adLanguage ? HOME_COUNTRY[adLanguage] : undefined;
  const spoken = [...(home ? [home] : []), ...(adLanguage ? (LANGUAGE_COUNTRIES[adLanguage] ?? []) : [])];
  const found = decide(resolve(hits, pending, spoken));
  return found.countries.length > 0 || !home ? found : { ...found, homeCountry: home };
}

/**
 * A hand-table city or a country an inflected word names ("Tukholmassa", "Suomessa"). A short base
 * is too often an ordinary word's stem ("Omalt": oma, Portuguese "Omã").
 */
function namedPlace(bases: string[]): { code: string; city: string | null } | null {
  for (const base of bases) {
    const city = cityPhrases(base)?.find((e) => e.words.length === 1);
    if (city) return city;
    const country =
      base.length >= SHORTEST_INFLECTED_COUNTRY ? regionPhrases(base)?.find((e) => e.words.length === 1) : undefined;
    if (country) return { code: country.code, city: null };
  }
  return null;
}
