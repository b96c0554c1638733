import { geoCityAt, placeAt } from './place-at';
import { postcodeEnd } from './place-cues';
import type { Clause } from './tokenize';

// Lines that are a place and nothing else: an address line with its postcode, or the town a
// board prints under the ad's title.

/** A town a line names outside the city table must be this big (a village's name is often a word). */
const PLACE_LINE_POPULATION = 20_000;

/** A short address line with a postcode and a town ("14482 Potsdam", "Marktplein 1, 7311 LR Apeldoorn"): the town's index. */
export function postcodeTown(clause: Clause): number {
  const tokens = clause.tokens;
  if (!clause.lineStart || tokens.length > 8) return -1;
  for (let i = 0; i < tokens.length - 1; i++) {
    const at = /^\d/.test(tokens[i]?.key ?? '') || i === 0 ? postcodeEnd(tokens, i) : -1;
    if (at > 0) return tokens[at]?.upper ? at : -1;
  }
  return -1;
}

/** The first lines of an ad, where a board puts the job's place under its title. */
const OPENING_LINES = 6;
const NOWHERE = new Set<string>();

/**
 * A line near the top that is a town's name and nothing else ("Székesfehérvár", "Tampere, Finland"),
 * as boards print the place under the title. A town not in the city table must be a sizeable one.
 */
export function isPlaceLine(k: number, clauses: Clause[], title: Clause | undefined): boolean {
  const c = clauses[k] as Clause;
  const tokens = c.tokens;
  const next = clauses[k + 1];
  if (!c.lineStart || c.line > OPENING_LINES || tokens.length > 4 || (next && next.line === c.line)) return false;
  // Right under the title the text repeats ("Payment Accountant / Székesfehérvár"), not a heading
  // further down ("**Opportunity**").
  const prev = clauses[k - 1];
  if (!prev || !sameWords(prev, title)) return false;
  if (c.section === 'about' || c.section === 'benefits') return false;
  const place = placeAt(tokens, 0, false);
  const length = place?.city ? place.length : (geoCityAt(tokens, 0, PLACE_LINE_POPULATION, NOWHERE)?.words.length ?? 0);
  if (length === 0) return false;
  // "Opportunity" alone on a line is a heading: a word the ad also writes in lower case is no town.
  if (!place?.city && writtenLower(clauses, tokens[0]?.key ?? '')) return false;
  if (length === tokens.length) return true;
  // "Tampere, Finland": the town and its country.
  const after = /^\s*,\s*$/.test(tokens[length - 1]?.gapAfter ?? '') ? placeAt(tokens, length, false) : null;
  return after !== null && after.city === null && length + after.length === tokens.length;
}

function sameWords(a: Clause, b: Clause | undefined): boolean {
  return b !== undefined && a.tokens.length === b.tokens.length && a.tokens.every((t, i) => t.key === b.tokens[i]?.key);
}

function writtenLower(clauses: Clause[], key: string): boolean {
  return clauses.some((c) => c.tokens.some((t) => !t.upper && t.key === key));
}
