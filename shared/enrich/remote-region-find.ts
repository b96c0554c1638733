import { isCountryRegion } from '../places/regions';
import type { RemoteRegion } from '../posting/posting';
import { locationRegion, regionAfter, regionBefore, regionBeforeBased } from './remote-region';
import { windowIn } from './time-zone-window';
import { type Clause, clauseText, type Token } from './tokenize';
import { MAY_MATTER, OPEN_WORD } from './work-model-classes';
import { aboutTheWork, homeWorkPhrase } from './work-model-clues';
import { isHomeOffice, isRemoteWord, OPEN, RESIDENCE } from './work-model-words';

// Where a remote worker may live, read from the ad's clauses: a region beside a remote or
// residence word, a time-zone window, the location line, else the job's one country.

/** The remote region a clause names after a remote or residence word, or before a remote word. */
function regionIn(tokens: Token[]): RemoteRegion | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Every remote, home-office and residence word passes mayMatter: most words pass neither test.
    if ((t.classes & (MAY_MATTER | OPEN_WORD)) === 0) continue;
    const k = t.key;
    const remoteWord = isRemoteWord(k) ? !aboutTheWork(tokens, i) : isHomeOffice(k) || homeWorkPhrase(tokens, i);
    if (remoteWord) {
      const region = regionAfter(tokens, i, 4) ?? regionBefore(tokens, i, 3);
      if (region) return region;
    } else if (RESIDENCE.has(k) || OPEN.has(k)) {
      // "Based in the EU"; "open to candidates in the UK, Germany or France"; "a North America-based role".
      const region =
        regionAfter(tokens, i, OPEN.has(k) ? 5 : 3) ?? (k === 'based' ? regionBeforeBased(tokens, i) : null);
      if (region) return region;
      // "Location: Anywhere": a field whose whole value is anywhere.
      if (k === 'anywhere' && i === tokens.length - 1 && tokens.length <= 3) return 'worldwide';
    }
  }
  return null;
}

/** A residence word followed by a region of many countries ("located in the EU", "based in EMEA"), outside "about us". */
export function livesInRegion(clauses: Clause[]): Clause | null {
  for (const clause of clauses) {
    if (clause.section === 'about') continue;
    const tokens = clause.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const k = (tokens[i] as Token).key;
      if (!RESIDENCE.has(k) || k === 'within' || k === 'anywhere') continue;
      const region = regionAfter(tokens, i, 3);
      if (region && !isCountryRegion(region) && !/,/.test(region)) return clause;
    }
  }
  return null;
}

/** Where a remote worker may live: said by the text, else the location line, else the one country of the job. */
export function readRegion(
  titleClauses: Clause[],
  locationClauses: Clause[],
  clauses: Clause[],
  countries: string[],
): { region: RemoteRegion; quote: string; rule: string } | null {
  // A region the text names ("based in EMEA") says more than a country a header files the job under.
  let country: { region: RemoteRegion; quote: string; rule: string } | null = null;
  // "Anywhere in the World" in a title or a board's field, "a North America-based role" in the text: the text wins.
  let world: { region: RemoteRegion; quote: string; rule: string } | null = null;
  let anywhere: { region: RemoteRegion; quote: string; rule: string } | null = null;
  const header = titleClauses.length + locationClauses.length;
  for (const [n, clause] of [...titleClauses, ...locationClauses, ...clauses].entries()) {
    const region = regionIn(clause.tokens);
    if (!region) continue;
    const found = { region, quote: clauseText(clause), rule: 'remote region' };
    if (region === 'worldwide' && n < header) world ??= found;
    // "Location: Anywhere" in the text: weaker than a time-zone window the ad names ("EU timezones").
    else if (region === 'worldwide' && clause.tokens.length <= 3) anywhere ??= found;
    else if (!isCountryRegion(region)) return found;
    else country ??= found;
  }
  if (world) return world;
  // "Is located within 6 hours of UTC", said apart from any remote word: who may apply, more than a header's country.
  for (const clause of [...titleClauses, ...clauses]) {
    if (clause.section === 'about') continue;
    const window = windowIn(clause.tokens);
    if (window) return { region: window, quote: clauseText(clause), rule: 'time-zone window' };
  }
  if (anywhere) return anywhere;
  if (country) return country;
  const located = locationRegion(locationClauses);
  if (located)
    return { region: located, quote: locationClauses.map((c) => clauseText(c)).join('; '), rule: 'location field' };
  if (countries.length === 1)
    return { region: countries[0] as string, quote: countries[0] as string, rule: "the job's country" };
  return null;
}
