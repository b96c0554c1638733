import { isCountryRegion } from '../places/regions';
import { impliedLanguage } from '../posting/implied-language';
import {
  type Enrichment,
  type Evidence,
  MAX_EVIDENCE_QUOTE,
  type RemotePolicy,
  unknownEnrichment,
} from '../posting/posting';
import { findAdLanguage } from './ad-language';
import { findDeadline } from './deadline';
import { findIsPosting } from './is-posting';
import { findPlaces } from './places';
import { findRemotePolicy, type RemoteFindings } from './remote-policy';
import { findLanguages } from './required-languages';
import { findTitleLanguage } from './title-language';
import { type Clause, tokenize } from './tokenize';

export interface EnrichInput {
  title: string;
  text: string;
  locationText?: string;
  remoteHint?: RemotePolicy;
}

// A "title" longer than this is a feed that put the whole ad in the first line: read it as body only.
const MAX_TITLE = 200;

function startsAlike(text: string, prefix: string): boolean {
  const head = text
    .slice(0, prefix.length * 2)
    .replace(/\s+/g, ' ')
    .trim();
  return head.startsWith(prefix.replace(/\s+/g, ' ').trim());
}

const EVIDENCE_PER_FIELD = 4;

/** At most EVIDENCE_PER_FIELD pieces per field, the first found first (the schema bounds the total). */
function keepEvidence(all: Evidence[]): Evidence[] {
  const perField = new Map<string, number>();
  return all.filter((e) => {
    const n = perField.get(e.field) ?? 0;
    perField.set(e.field, n + 1);
    return n < EVIDENCE_PER_FIELD;
  });
}

/** The title, else the text's first line, on one line and cut to a quote's length (read from a bounded opening). */
function openingLine(title: string, text: string): string {
  const firstLine = text.slice(0, 4 * MAX_EVIDENCE_QUOTE).match(/\S[^\n]*/)?.[0] ?? '';
  const line = (title.trim() || firstLine).replace(/\s+/g, ' ').trim();
  return line.length > MAX_EVIDENCE_QUOTE ? `${line.slice(0, MAX_EVIDENCE_QUOTE - 1)}…` : line;
}

/**
 * A remote job open to a region, to several countries or to anyone has no country of its own
 * (the region says where it may be done); one open to one country has that one (GUIDE.md).
 */
/** Few enough words that no function words is no sign of a language the rules do not know. */
const THIN_WORDS = 40;
function thin(clauses: Clause[]): boolean {
  let words = 0;
  for (const c of clauses) words += c.tokens.length;
  return words <= THIN_WORDS;
}

function jobCountries(found: string[], remote: RemoteFindings): string[] {
  if (remote.remote !== 'remote' || !remote.remoteRegion) return found;
  return isCountryRegion(remote.remoteRegion) ? [remote.remoteRegion] : [];
}

/**
 * Reads a posting's free text into languages, places, remote policy and deadline.
 * Pure and total: any input (empty, huge, binary) gives a result, analysing at most the first 50k characters.
 */
export function enrichPosting(input: EnrichInput): Enrichment {
  const text = typeof input.text === 'string' ? input.text : '';
  const title = typeof input.title === 'string' && input.title.length <= MAX_TITLE ? input.title : '';
  // A title cut from the text's own first line ("…", as a folder source makes one) is body, not a title.
  const cutFromText = title.endsWith('…') && startsAlike(text, title.slice(0, -1));
  const clauses = tokenize(text);
  const titleClauses = tokenize(cutFromText ? '' : title, 'title');
  const locationClauses = tokenize(input.locationText ?? '', 'header');
  // A short record is read title first (title-language.ts), a text with sentences by its function words.
  const ad = thin(clauses) ? findTitleLanguage(titleClauses, clauses) : findAdLanguage(clauses);
  const adLanguage = ad.language;
  const fromJobSource =
    Boolean(input.locationText) || (input.remoteHint !== undefined && input.remoteHint !== 'unknown');
  const posting = findIsPosting(
    cutFromText ? '' : title,
    text,
    [...titleClauses, ...clauses],
    adLanguage,
    fromJobSource,
  );
  if (!posting.isPosting) {
    return { ...unknownEnrichment(false, adLanguage), evidence: [...posting.evidence, ...(ad.evidence ?? [])] };
  }
  const languages = findLanguages(titleClauses, clauses, adLanguage);
  const places = findPlaces(titleClauses, locationClauses, clauses, adLanguage);
  const remote = findRemotePolicy(titleClauses, locationClauses, clauses, places.countries, input.remoteHint);
  // An ad naming no place is for a job in its language's one country when the work is on site (some
  // days at an office it speaks of, for a hybrid job) or it asks for that language; one that says
  // neither may be remote or for anywhere (GUIDE.md: no country).
  const local = remote.inPerson === true || languages.required.some((l) => l.code === adLanguage);
  const home = places.homeCountry && local ? places.homeCountry : undefined;
  const countries = home ? [home] : jobCountries(places.countries, remote);
  // Each finder may say why it read what it read; a few pieces per field are kept.
  const found: { evidence?: Evidence[] }[] = [posting, ad, languages, places, remote];
  if (home)
    found.push({ evidence: [{ field: 'countries', value: home, quote: '', rule: 'ad language, no place named' }] });
  const implied = impliedLanguage({
    isPosting: true,
    adLanguage,
    requiredLanguages: languages.required,
    requiredOneOf: languages.requiredOneOf,
  });
  if (implied) {
    const quote = openingLine(title, text);
    found.push({
      evidence: [{ field: 'impliedLanguage', value: implied, quote, rule: 'ad language, no language stated' }],
    });
  }
  return {
    isPosting: true,
    adLanguage,
    impliedLanguage: implied,
    requiredLanguages: languages.required,
    requiredOneOf: languages.requiredOneOf,
    optionalLanguages: languages.optional,
    countries,
    cities: places.cities,
    remote: remote.remote,
    remoteRegion: remote.remoteRegion,
    deadline: findDeadline(text, clauses),
    evidence: keepEvidence(found.flatMap((f) => f.evidence ?? [])),
  };
}
