import type { RemoteRegion } from '../posting/posting';
import { REGION_WORDS, regionKeys } from './place-names';
import { placeAt } from './places';
import type { Token } from './tokenize';

/** "Germany-wide", "deutschlandweit", "landsdækkende". */
const WIDE_SUFFIXES = ['weit', 'wide', 'dækkende'];

/** A country named as "<name>weit" / "<name>-wide" ("deutschlandweit" → DE). */
function wideRegion(t: Token): RemoteRegion | null {
  for (const suffix of WIDE_SUFFIXES) {
    if (t.key.length > suffix.length + 3 && t.key.endsWith(suffix)) {
      const stem = t.key.slice(0, -suffix.length);
      const region = REGION_WORDS.get(stem);
      if (region) return region;
      if (regionKeys.has(stem)) {
        const place = placeAt([{ ...t, key: stem, upper: true }], 0, false);
        if (place) return place.code as RemoteRegion;
      }
    }
  }
  return null;
}

function regionAtWord(tokens: Token[], j: number): RemoteRegion | null {
  const t = tokens[j] as Token;
  const word = REGION_WORDS.get(t.key);
  if (word && (word !== 'EU' || t.raw === 'EU') && (word !== 'EEA' || t.raw === t.raw.toUpperCase())) return word;
  const place = placeAt(tokens, j, false);
  if (place) return place.code as RemoteRegion;
  return wideRegion(t);
}

/** A place or region named within `span` words after `i`, skipping articles and brackets. */
export function regionAfter(tokens: Token[], i: number, span: number): RemoteRegion | null {
  // "anywhere" alone is the world; "anywhere in Europe" is Europe.
  let anywhere: RemoteRegion | null = null;
  for (let j = i + 1; j <= Math.min(tokens.length - 1, i + span + (anywhere ? 2 : 0)); j++) {
    const t = tokens[j] as Token;
    if ((t.key === 'anywhere' || t.key === 'world') && !anywhere) {
      anywhere = 'worldwide';
      continue;
    }
    const region = regionAtWord(tokens, j);
    if (region) return region;
  }
  return anywhere;
}

/** A region right before a remote word ("100% deutschlandweit im Homeoffice", "EU-based remote"). */
export function regionBefore(tokens: Token[], i: number, span: number): RemoteRegion | null {
  for (let j = i - 1; j >= Math.max(0, i - span); j--) {
    const t = tokens[j] as Token;
    const wide = wideRegion(t);
    if (wide) return wide;
    if (REGION_WORDS.has(t.key) && REGION_WORDS.get(t.key) !== 'worldwide') return regionAtWord(tokens, j);
  }
  return null;
}
