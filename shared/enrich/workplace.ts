import { placeAt } from './places';
import { type Clause, foldedSet, type Token } from './tokenize';
import { AT } from './work-model-words';

// A street address in a location line means a workplace; a P.O. box does not.
const STREET_ENDINGS = [
  'gatan',
  'gata',
  'gade',
  'vej',
  'vegen',
  'veien',
  'gate',
  'strasse',
  'straße',
  'straat',
  'weg',
  'laan',
  'street',
  'road',
];
const STREET_WORDS = foldedSet('rue via calle rua avenida avenue ulica ul plaza platz');
const PO_BOX = foldedSet('postboks postbox box postfach apartado caixa casella skrytka');

/** Whether a place is named within `span` words from `from`, alone or after "in", "at" and the like. */
export function placeWithin(tokens: Token[], from: number, span: number): boolean {
  for (let j = from; j <= Math.min(tokens.length - 1, from + span); j++) {
    if (AT.has(tokens[j]?.key ?? '') && tokens[j + 1] && (placeAt(tokens, j + 1, false) || tokens[j + 1]?.upper))
      return true;
    if (placeAt(tokens, j, false)) return true;
  }
  return false;
}

function isStreet(k: string): boolean {
  return STREET_WORDS.has(k) || STREET_ENDINGS.some((e) => k.length > e.length + 2 && k.endsWith(e));
}

/** A "Location:" line holding a street address (a workplace), not a P.O. box. */
export function isAddressLine(clause: Clause): boolean {
  const tokens = clause.tokens;
  if (tokens.some((t) => PO_BOX.has(t.key))) return false;
  let number = false;
  let street = false;
  for (const t of tokens) {
    if (/^\d{1,5}$/.test(t.key)) number = true;
    if (isStreet(t.key)) street = true;
  }
  return number && street;
}
