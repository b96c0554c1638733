import { regionContains } from '../places/regions';
import type { LanguageLevel, Posting } from '../posting/posting';
import type { Criteria } from '../subscriber/subscriber';
import type { MatchReason } from './match';

/** A posting as matching reads it. */
export type MatchablePosting = Pick<Posting, 'title' | 'text' | 'enrichment' | 'company'>;

/**
 * The languages a posting routes on: each required one and each one-of group's member, or, when
 * it states none, the language it implies (its own).
 */
export function postingLanguages(posting: MatchablePosting): Set<string> {
  const { requiredLanguages, requiredOneOf } = posting.enrichment;
  const stated = new Set([...requiredLanguages.map((l) => l.code), ...requiredOneOf.flat()]);
  const implied = stated.size === 0 ? posting.enrichment.impliedLanguage : null;
  return implied ? new Set([implied]) : stated;
}

// CEFR order; the word levels sit where ads use them ("basic" ≈ A2, "intermediate" ≈ B1,
// "good" ≈ B2, "fluent" ≈ C1, "native" ≈ C2).
const levelRank: Record<LanguageLevel, number> = {
  A1: 1,
  A2: 2,
  basic: 2,
  B1: 3,
  intermediate: 3,
  B2: 4,
  good: 4,
  C1: 5,
  fluent: 5,
  C2: 6,
  native: 6,
};
const unstated = 99;

/** A posting read once for matching against many criteria: its languages and cached word tests. */
export interface PreparedPosting {
  posting: MatchablePosting;
  /** A posting (not an article) whose deadline has not passed. */
  live: boolean;
  /**
   * Each language the posting requires, with the highest level it asks (99 when it states none);
   * when it requires none, the language it implies, at no stated level.
   */
  languageRanks: Map<string, number>;
  /** The language the posting implies and routes on, since it states none; null when it states one. */
  impliedLanguage: string | null;
  /**
   * The job can be done in English alone: every required language is English, every one-of group
   * offers it; or it states none and its ad is in English.
   */
  englishAlone: boolean;
  /** The posting's countries, each once, in its order. */
  countries: string[];
  words: string;
  wordTests: Map<string, boolean>;
  companyTests: Map<string, boolean>;
}

/** Reads what matching needs from a posting once, so each subscriber costs only lookups. */
export function preparePosting(posting: MatchablePosting, now: Date): PreparedPosting {
  const e = posting.enrichment;
  const languageRanks = new Map<string, number>();
  const note = (code: string, rank: number) => languageRanks.set(code, Math.max(languageRanks.get(code) ?? 0, rank));
  for (const l of e.requiredLanguages) note(l.code, l.level ? levelRank[l.level] : unstated);
  for (const group of e.requiredOneOf) for (const code of group) note(code, unstated);
  // What an ad states always wins over what it implies: enrichment implies a language only for an
  // ad that states none, and matching holds to that whatever an enrichment carries.
  const impliedLanguage = languageRanks.size === 0 ? e.impliedLanguage : null;
  if (impliedLanguage) note(impliedLanguage, unstated);
  return {
    posting,
    live: e.isPosting && !(e.deadline && e.deadline < now.toISOString().slice(0, 10)),
    languageRanks,
    impliedLanguage,
    englishAlone:
      languageRanks.has('en') &&
      e.requiredLanguages.every((l) => l.code === 'en') &&
      e.requiredOneOf.every((g) => g.includes('en')),
    countries: [...new Set(e.countries)],
    words: `${posting.title}\n${posting.text}`,
    wordTests: new Map(),
    companyTests: new Map(),
  };
}

function cached(tests: Map<string, boolean>, haystack: string, word: string): boolean {
  let found = tests.get(word);
  if (found === undefined) {
    found = containsWord(haystack, word);
    tests.set(word, found);
  }
  return found;
}

/**
 * Whether a posting matches a subscriber's criteria, and why; null when it doesn't.
 * Languages: any-of (the posting requires at least one language the subscriber speaks, at
 * `minLevel` or above when the ad states a level). English alone is not enough for a subscriber
 * who lists another language too, unless the job can be done in English alone: most ads ask
 * English besides the language that matters, and a Danish speaker wants the Danish jobs. A
 * posting that states no language requires the one it implies (its ad's), at no stated level, so
 * any `minLevel` passes; an English ad stating nothing can be done in English alone.
 * Places: any-of the subscriber's countries; with `remote`, also remote jobs whose remote region
 * contains one of them (any remote job when they named no country).
 * Keywords: any-of, on word boundaries, case-insensitive. Expired postings never match, nor do
 * postings naming an excluded keyword (same word rule), from an excluded company (any case), or,
 * with `adLanguages`, written in another (or an unknown) language.
 */
export function matchPosting(criteria: Criteria, posting: MatchablePosting, now: Date): MatchReason | null {
  return matchPrepared(criteria, preparePosting(posting, now));
}

/** matchPosting on a prepared posting: the one place the rules live, for the scan and the index. */
export function matchPrepared(criteria: Criteria, p: PreparedPosting): MatchReason | null {
  const where = matchWhere(criteria, p);
  if (!where) return null;
  const keywords = matchFilters(criteria, p);
  if (!keywords) return null;
  where.keywords = keywords;
  return where;
}

/**
 * The rules on languages, level, ad language and place (see matchPosting): the reason, with no
 * keywords yet, or null when they fail. Keywords and exclusions are matchFilters: the index shares
 * this verdict among subscribers who differ only in those.
 */
export function matchWhere(
  criteria: Pick<Criteria, 'languages' | 'countries' | 'remote' | 'minLevel' | 'adLanguages'>,
  p: PreparedPosting,
): MatchReason | null {
  if (!p.live) return null;
  const e = p.posting.enrichment;
  if (criteria.adLanguages && criteria.adLanguages.length > 0) {
    if (!e.adLanguage || !criteria.adLanguages.includes(e.adLanguage)) return null;
  }

  // Reasons list languages and countries in the posting's order, so that subscribers who list
  // the same ones in another order share one reason (the index hands out one per posting).
  const min = criteria.minLevel ? levelRank[criteria.minLevel] : 0;
  const languages: string[] = [];
  let onlyEnglish = true;
  for (const [l, rank] of p.languageRanks) {
    if (rank < min || !criteria.languages.includes(l)) continue;
    languages.push(l);
    if (l !== 'en') onlyEnglish = false;
  }
  if (languages.length === 0) return null;
  if (!p.englishAlone && onlyEnglish && criteria.languages.some((l) => l !== 'en')) return null;

  const countries = p.countries.filter((c) => criteria.countries.includes(c));
  let remoteRegion: string | null = null;
  if (countries.length === 0) {
    if (!criteria.remote || e.remote !== 'remote') return null;
    const region = e.remoteRegion;
    if (criteria.countries.length === 0) remoteRegion = region ?? 'anywhere';
    else if (region && criteria.countries.some((c) => regionContains(region, c))) remoteRegion = region;
    else return null;
  }
  return { languages, impliedLanguage: p.impliedLanguage, countries, remoteRegion, keywords: [] };
}

/**
 * The exclusion and keyword rules (see matchPosting): the subscriber's keywords found in the
 * posting, or null when an exclusion hits or none of their keywords is there.
 */
export function matchFilters(
  criteria: Pick<Criteria, 'keywords' | 'excludeKeywords' | 'excludeCompanies'>,
  p: PreparedPosting,
): string[] | null {
  if (criteria.excludeKeywords?.some((k) => cached(p.wordTests, p.words, k))) return null;
  const company = p.posting.company;
  if (company && criteria.excludeCompanies?.some((c) => cached(p.companyTests, company, c))) return null;
  if (criteria.keywords.length === 0) return [];
  const keywords = criteria.keywords.filter((k) => cached(p.wordTests, p.words, k));
  return keywords.length > 0 ? keywords : null;
}

const wordPatterns = new Map<string, RegExp>();

/** Case-insensitive whole-word search in any script ("support" not in "supportive"). */
export function containsWord(haystack: string, word: string): boolean {
  let re = wordPatterns.get(word);
  if (!re) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
    if (wordPatterns.size > 10_000) wordPatterns.clear();
    wordPatterns.set(word, re);
  }
  return re.test(haystack);
}
