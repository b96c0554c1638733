import { regionCountries } from '../places/regions';
import type { RemoteRegion } from '../posting/posting';
import { ARTICLES } from './place-cues';
import { isRegionKey, REGION_WORDS } from './place-names';
import { placeAt } from './places';
import { CAPITALS_ONLY, LIST_JOINS, REGION_PAIRS, REGION_WORD } from './region-words';
import { type Item, windowItemAt } from './time-zone-window';
import { asWord, type Clause, type Token, tokenize } from './tokenize';
import { ANYWHERE, MORE_OFFICES } from './work-model-share-words';
import { OFFICE } from './work-model-words';

// Where a remote worker may live, as ads write it: "EU", "EMEA", "Remote (DE, AT, CH)", "UK,
// Germany or France", "CET ± 3h", "UTC-1 to UTC+3", "European time zones", "deutschlandweit".

/** "Germany-wide", "deutschlandweit", "landsdækkende". */
const WIDE_SUFFIXES = ['weit', 'wide', 'dækkende'];

function wideRegion(t: Token): RemoteRegion | null {
  for (const suffix of WIDE_SUFFIXES) {
    if (t.key.length > suffix.length + 3 && t.key.endsWith(suffix)) {
      const stem = t.key.slice(0, -suffix.length);
      const named = REGION_WORD.get(stem) ?? REGION_WORDS.get(stem);
      if (named) return named;
      if (isRegionKey(stem)) {
        const place = placeAt([{ ...asWord(t, stem), upper: true }], 0, false);
        if (place) return place.code;
      }
    }
  }
  return null;
}

const AFTER_WORLDWIDE = new Set(['only', 'remote', 'remotely', 'basis']);

/** "Remote (worldwide)", "anywhere": the world said as a region, not "a global organization". */
function worldwideAlone(tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (t.key === 'anywhere' || t.gapAfter !== ' ') return true;
  return AFTER_WORLDWIDE.has(tokens[j + 1]?.key ?? '');
}

/** A region, a time-zone window or a place at `j`; country codes ("DE") only when `codes`. */
function itemAt(tokens: Token[], j: number, codes: boolean): Item | null {
  const t = tokens[j] as Token;
  const window = windowItemAt(tokens, j);
  if (window) return window;
  const pair = REGION_PAIRS.get(t.key)?.get(tokens[j + 1]?.key ?? '');
  if (pair) return { region: pair, length: 2 };
  const named = REGION_WORD.get(t.key);
  if (named === 'worldwide' && !worldwideAlone(tokens, j)) return null;
  if (named && (!CAPITALS_ONLY.has(t.key) || t.raw === t.raw.toUpperCase())) return { region: named, length: 1 };
  const place = placeAt(tokens, j, codes && /^[A-Z]{2}$/.test(t.raw));
  if (place) return { region: place.code, length: place.length };
  const wide = wideRegion(t);
  return wide ? { region: wide, length: 1 } : null;
}

/** Several regions as one: any window or "worldwide" wins, else every country any of them admits. */
function combine(regions: RemoteRegion[]): RemoteRegion {
  const window = regions.find((r) => r.startsWith('UTC'));
  if (window) return window;
  if (regions.includes('worldwide')) return 'worldwide';
  const unique = [...new Set(regions)];
  if (unique.length === 1) return unique[0] as RemoteRegion;
  const countries = new Set<string>();
  for (const r of unique) for (const c of regionCountries(r) ?? []) countries.add(c);
  return [...countries].sort().join(',');
}

const LIST_GAP = /^[\s,/&+()]*$/;

/**
 * The region named from `j` on: one item, or a list of them ("UK, Germany or France",
 * "DE/AT/CH"). A two-letter code counts as a country only in a list or marked as one ("US only").
 */
function readRegion(tokens: Token[], j: number, codes: boolean): RemoteRegion | null {
  return readRegionAt(tokens, j, codes)?.region ?? null;
}

/** readRegion, with the index of the region's last word. */
function readRegionAt(tokens: Token[], j: number, codes: boolean): { region: RemoteRegion; end: number } | null {
  const first = itemAt(tokens, j, codes || markedCode(tokens, j));
  if (!first) return null;
  const regions = [first.region];
  let end = j + first.length - 1;
  for (;;) {
    const gap = tokens[end]?.gapAfter ?? '';
    if (!LIST_GAP.test(gap) || gap === '') break;
    let next = end + 1;
    if (LIST_JOINS.has(tokens[next]?.key ?? '') && LIST_GAP.test(tokens[next]?.gapAfter ?? '')) next += 1;
    else if (!/[,/&+]/.test(gap)) break;
    // "Österreich oder der Schweiz", "Spain or the Netherlands".
    if (ARTICLES.has(tokens[next]?.key ?? '') && tokens[next + 1]) next += 1;
    const item = tokens[next] ? itemAt(tokens, next, true) : null;
    if (!item) break;
    regions.push(item.region);
    end = next + item.length - 1;
  }
  return { region: combine(regions), end };
}

/** "US only", "(DE)", "DE, AT": a two-letter code the ad marks as a country. */
function markedCode(tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (!/^[A-Z]{2}$/.test(t.raw)) return false;
  const next = tokens[j + 1]?.key ?? '';
  return next === 'only' || /^\s*[),/]/.test(t.gapAfter) || (t.gapAfter === '' && j > 0);
}

/** A place or region named within `span` words after `i` ("remote within Portugal", "anywhere in Europe"). */
export function regionAfter(tokens: Token[], i: number, span: number): RemoteRegion | null {
  // "anywhere" alone is the world; "anywhere in Europe" is Europe.
  let anywhere: RemoteRegion | null = null;
  let widened = false;
  for (let j = i + 1; j <= Math.min(tokens.length - 1, i + span + (anywhere || widened ? 2 : 0)); j++) {
    const t = tokens[j] as Token;
    if ((t.key === 'anywhere' || t.key === 'world') && !anywhere) {
      anywhere = 'worldwide';
      continue;
    }
    // "Z dowolnego miejsca w Polsce", "desde cualquier país de la UE": the place comes a few words later.
    if (ANYWHERE.has(t.key) && !widened) {
      widened = true;
      continue;
    }
    const found = readRegionAt(tokens, j, false);
    // "Remote at first, then at our Spanish office": a place an office stands in is not who may apply.
    if (found && !isOfficeWord(tokens[found.end + 1]?.key ?? '')) return found.region;
    if (found) j = found.end;
  }
  return anywhere;
}

/** Office words' stems, inflections included ("toimistolle", "kontoret", "Büros", "biurze"). */
const OFFICE_STEMS = [
  'office',
  'toimisto',
  'kontor',
  'buro',
  'bureau',
  'biur',
  'kancelar',
  'oficin',
  'escritori',
  'uffic',
];

/** Whether a word names an office or a workplace in any of its forms ("officer" does not). */
function isOfficeWord(k: string): boolean {
  if ((OFFICE.has(k) && k !== 'home') || MORE_OFFICES.has(k)) return true;
  if (k.length < 4 || k.startsWith('officer')) return false;
  for (const stem of OFFICE_STEMS) if (k.startsWith(stem)) return true;
  return false;
}

/**
 * The region right before "based" ("EU-based", "a North America-based role", "US-based"): who may
 * apply. A city ("Berlin-based") is where the company sits; "IT-based" is about computers.
 */
export function regionBeforeBased(tokens: Token[], i: number): RemoteRegion | null {
  for (const length of [1, 2]) {
    const j = i - length;
    const t = tokens[j];
    if (!t || !/^[\s-]+$/.test(tokens[i - 1]?.gapAfter ?? '')) continue;
    const item = itemAt(tokens, j, /^[A-Z]{2}$/.test(t.raw) && t.raw !== 'IT');
    if (item && item.length === length && !placeAt(tokens, j, false)?.city) return item.region;
  }
  return null;
}

/** A region right before a remote word ("100% deutschlandweit im Homeoffice", "EU-based remote", "EMEA remote"). */
export function regionBefore(tokens: Token[], i: number, span: number): RemoteRegion | null {
  // "Engineer - US Remote", "Designer, Germany Remote": a country right before a title's closing remote word.
  const prev = tokens[i - 1];
  if (prev && i === tokens.length - 1 && /^[\s-–—,|(/]*$/.test(tokens[i - 2]?.gapAfter ?? ' ')) {
    const place = placeAt(tokens, i - 1, /^[A-Z]{2}$/.test(prev.raw));
    if (place && !place.city && place.length === 1) return place.code;
  }
  for (let j = i - 1; j >= Math.max(0, i - span); j--) {
    const t = tokens[j] as Token;
    const wide = wideRegion(t);
    if (wide) return wide;
    const named = REGION_WORD.get(t.key);
    if (named && named !== 'worldwide' && (!CAPITALS_ONLY.has(t.key) || t.raw === t.raw.toUpperCase())) return named;
  }
  return null;
}

/**
 * A region written as free text ("GB, DE, FR", "EMEA", "CET +/- 3h", "remote within Portugal"),
 * read the way ads are read; null when it names none. Country codes count anywhere here.
 */
export function parseRemoteRegion(text: string): RemoteRegion | null {
  for (const clause of tokenize(text)) {
    const tokens = clause.tokens;
    for (let j = 0; j < tokens.length; j++) {
      const region = readRegion(tokens, j, true);
      if (region) return region;
    }
  }
  return null;
}

/** The places a board's location field lists, as one region ("Germany; France" → "DE,FR"). */
export function locationRegion(clauses: Clause[]): RemoteRegion | null {
  const regions: RemoteRegion[] = [];
  for (const clause of clauses) {
    const tokens = clause.tokens;
    for (let j = 0; j < tokens.length; j++) {
      const region = readRegion(tokens, j, false);
      if (region) {
        regions.push(region);
        break;
      }
    }
  }
  return regions.length > 0 ? combine(regions) : null;
}
