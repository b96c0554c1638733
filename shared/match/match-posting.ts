import { regionContains } from '../places/regions';
import type { Posting } from '../posting/posting';
import type { Criteria } from '../subscriber/subscriber';
import type { MatchReason } from './match';

/** A posting as matching reads it. */
export type MatchablePosting = Pick<Posting, 'title' | 'text' | 'enrichment' | 'company'>;

/** Languages a posting requires in any form: each required one and each one-of group's members. */
export function postingLanguages(posting: MatchablePosting): Set<string> {
  const { requiredLanguages, requiredOneOf } = posting.enrichment;
  return new Set([...requiredLanguages.map((l) => l.code), ...requiredOneOf.flat()]);
}

/**
 * Whether a posting matches a subscriber's criteria, and why; null when it doesn't.
 * Languages: any-of (the posting requires at least one language the subscriber speaks).
 * Places: any-of the subscriber's countries; with `remote`, also remote jobs whose remote region
 * contains one of them (any remote job when they named no country).
 * Keywords: any-of, on word boundaries, case-insensitive. Expired postings never match, nor do
 * postings naming an excluded keyword (same word rule) or from an excluded company (any case).
 */
export function matchPosting(criteria: Criteria, posting: MatchablePosting, now: Date): MatchReason | null {
  const e = posting.enrichment;
  if (!e.isPosting) return null;
  if (e.deadline && e.deadline < now.toISOString().slice(0, 10)) return null;

  const required = postingLanguages(posting);
  const languages = criteria.languages.filter((l) => required.has(l));
  if (languages.length === 0) return null;

  const countries = criteria.countries.filter((c) => e.countries.includes(c));
  let remoteRegion: string | null = null;
  if (countries.length === 0) {
    if (!criteria.remote || e.remote !== 'remote') return null;
    const region = e.remoteRegion;
    if (criteria.countries.length === 0) remoteRegion = region ?? 'anywhere';
    else if (region && criteria.countries.some((c) => regionContains(region, c))) remoteRegion = region;
    else return null;
  }

  const words = `${posting.title}\n${posting.text}`;
  if (criteria.excludeKeywords?.some((k) => containsWord(words, k))) return null;
  if (posting.company && criteria.excludeCompanies?.some((c) => containsWord(posting.company as string, c)))
    return null;

  const keywords = criteria.keywords.filter((k) => containsWord(words, k));
  if (criteria.keywords.length > 0 && keywords.length === 0) return null;

  return { languages, countries, remoteRegion, keywords };
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
