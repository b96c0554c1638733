import type { Criteria } from '../subscriber/subscriber';
import type { MatchReason } from './match';
import { containsWord, type PreparedPosting } from './match-posting';
import { grown } from './typed-arrays';

/**
 * Keyword and exclusion filters (matchFilters' rules) with each word numbered, so that a posting
 * tests each distinct word once however many subscribers name it.
 */
interface Filters {
  key: string;
  id: number;
  users: number;
  keywords: string[];
  keywordIds: number[];
  excludeIds: number[];
  companyIds: number[];
}

/** The key of a subscriber's filter set: everything matchFilters reads, so equal keys filter alike. */
export const filterKey = (c: Criteria) =>
  JSON.stringify([c.keywords, c.excludeKeywords ?? [], c.excludeCompanies ?? []]);

/** Whether the criteria filter by keyword, excluded word or excluded company at all. */
export const hasFilters = (c: Criteria) =>
  c.keywords.length > 0 || (c.excludeKeywords?.length ?? 0) > 0 || (c.excludeCompanies?.length ?? 0) > 0;

// Shared by every filtered member whose filters pass without keywords: never changed.
const noKeywords: string[] = [];

/**
 * The distinct filter sets of an index, numbered and counted by their users, with one verdict per
 * set and posting however many runs carry the set.
 */
export class FilterSets {
  private readonly filterOf = new Map<string, Filters>();
  private filters: (Filters | undefined)[] = [];
  private readonly freeFilters: number[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];

  // Per posting, stamped so nothing needs clearing: each filter's verdict; each word's.
  private stamp = 0;
  private filterStamps = new Uint32Array(64);
  private filterVerdicts: (string[] | null)[] = [];
  private keywordReasons: ({ base: MatchReason; stamp: number; reason: MatchReason } | undefined)[] = [];
  private wordStamps = new Uint32Array(64);
  private wordHits = new Uint8Array(64);
  private companyStamps = new Uint32Array(64);
  private companyHits = new Uint8Array(64);

  /** Forgets the verdicts on the last posting: the next ones are on a new one. */
  nextPosting(): void {
    if (++this.stamp === 0xffffffff) {
      for (const a of [this.filterStamps, this.wordStamps, this.companyStamps]) a.fill(0);
      this.stamp = 1;
    }
  }

  /** The key of filter set `f`, if it is in use. */
  keyOf(f: number): string | undefined {
    return this.filters[f]?.key;
  }

  /** The number of the filter set with this key, made when new; counts one more user. */
  acquire(key: string, criteria: Criteria): number {
    let filters = this.filterOf.get(key);
    if (!filters) {
      const id = this.freeFilters.pop() ?? this.filters.length;
      filters = {
        key,
        id,
        users: 0,
        keywords: [...criteria.keywords],
        keywordIds: criteria.keywords.map((w) => this.wordId(w)),
        excludeIds: (criteria.excludeKeywords ?? []).map((w) => this.wordId(w)),
        companyIds: (criteria.excludeCompanies ?? []).map((w) => this.wordId(w)),
      };
      this.filters[id] = filters;
      this.filterOf.set(key, filters);
      if (id >= this.filterStamps.length)
        this.filterStamps = grown(this.filterStamps, this.filterStamps.length * 2, Uint32Array);
      this.filterStamps[id] = 0;
    }
    filters.users++;
    return filters.id;
  }

  /** Counts one user of filter set `f` less, dropping the set with its last. */
  release(f: number): void {
    const filters = this.filters[f] as Filters;
    if (--filters.users > 0) return;
    this.filterOf.delete(filters.key);
    this.filters[f] = undefined;
    this.freeFilters.push(f);
  }

  /** matchFilters on numbered words, once per posting: the keywords found, or null when filtered out. */
  verdict(f: number, p: PreparedPosting): string[] | null {
    if (this.filterStamps[f] === this.stamp) return this.filterVerdicts[f] as string[] | null;
    const filters = this.filters[f] as Filters;
    let verdict: string[] | null = noKeywords;
    const company = p.posting.company;
    for (const w of filters.excludeIds) if (this.inText(w, p)) verdict = null;
    if (verdict && company) for (const w of filters.companyIds) if (this.inCompany(w, company)) verdict = null;
    if (verdict && filters.keywordIds.length > 0) {
      const found: string[] = [];
      for (let i = 0; i < filters.keywordIds.length; i++) {
        if (this.inText(filters.keywordIds[i] as number, p)) found.push(filters.keywords[i] as string);
      }
      verdict = found.length > 0 ? found : null;
    }
    this.filterStamps[f] = this.stamp;
    this.filterVerdicts[f] = verdict;
    return verdict;
  }

  /** The reason with the keywords found, one object per (reason, filters) and posting. */
  withKeywords(reason: MatchReason, f: number, keywords: string[]): MatchReason {
    const last = this.keywordReasons[f];
    if (last && last.base === reason && last.stamp === this.stamp) return last.reason;
    const combined = {
      languages: reason.languages,
      impliedLanguage: reason.impliedLanguage,
      countries: reason.countries,
      remoteRegion: reason.remoteRegion,
      keywords,
    };
    this.keywordReasons[f] = { base: reason, stamp: this.stamp, reason: combined };
    return combined;
  }

  private inText(word: number, p: PreparedPosting): boolean {
    if (this.wordStamps[word] !== this.stamp) {
      this.wordStamps[word] = this.stamp;
      this.wordHits[word] = containsWord(p.words, this.words[word] as string) ? 1 : 0;
    }
    return this.wordHits[word] === 1;
  }

  private inCompany(word: number, company: string): boolean {
    if (this.companyStamps[word] !== this.stamp) {
      this.companyStamps[word] = this.stamp;
      this.companyHits[word] = containsWord(company, this.words[word] as string) ? 1 : 0;
    }
    return this.companyHits[word] === 1;
  }

  /** The number of a filter word; words are kept for the index's life (a reload starts afresh). */
  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.wordIds.set(word, id);
      if (id >= this.wordStamps.length) {
        const size = this.wordStamps.length * 2;
        this.wordStamps = grown(this.wordStamps, size, Uint32Array);
        this.companyStamps = grown(this.companyStamps, size, Uint32Array);
        this.wordHits = grown(this.wordHits, size, Uint8Array);
        this.companyHits = grown(this.companyHits, size, Uint8Array);
      }
    }
    return id;
  }
}
