import type { Criteria, Frequency, Subscriber } from '../subscriber/subscriber';
import { CoreLists } from './core-lists';
import { addToRun, removeFromRun, runFilters, runFrequency, runKey } from './core-runs';
import { FilterSets, filterKey, hasFilters } from './filter-sets';
import type { MatchReason } from './match';
import { type MatchablePosting, matchWhere, preparePosting } from './match-posting';
import { type Core, newCore, whereKey } from './subscriber-core';

/** What the index keeps of a subscriber: enough to record the match and queue an instant digest. */
export type IndexedSubscriber = Pick<Subscriber, 'id' | 'frequency'>;

/**
 * Called for each run of matching subscribers: `ids[i]` for `from <= i < to` receives the posting,
 * all with delivery `frequency`, for `reason`. The array and reason belong to the index and are
 * shared: read them during the call, copy what you keep.
 */
export type MatchVisitor = (
  ids: readonly string[],
  from: number,
  to: number,
  frequency: Frequency,
  reason: MatchReason,
) => void;

/**
 * Posting languages and countries are bits of one number each, and both make one small-integer
 * key of the posting's reasons; past this many, every core is checked by matchWhere.
 */
const maxBits = 15;
const bitShift = 2 ** maxBits;

/**
 * Active subscriptions compiled for percolation, so that a posting touches only its candidates.
 *
 * Subscribers with the same language and place criteria form a core (subscriber-core.ts). Cores
 * are inverted by language key, then by country (onsite), by country within a remote region, and
 * a list for remote-anywhere (core-lists.ts). A posting walks the lists of its languages and
 * places; reaching a core through a list means one of its languages and one of its places fit, so
 * the lists alone decide it, and which lists reached it spell its reason (languages and countries
 * as bits), shared by every core with the same bits. Cores with a minimum level or ad languages
 * are checked by matchWhere. Within a core, members sit in runs of one frequency and filter set
 * (core-runs.ts), and keyword and exclusion filters (numbered, verdict once per posting:
 * filter-sets.ts) pick the filtered runs. Property tests hold all of it equal to the naive scan
 * (matchPosting). Add, update and remove work in place.
 */
export class SubscriptionIndex {
  private readonly slotOf = new Map<string, number>();
  private slotCore: (Core | undefined)[] = [];
  private slotPosition: number[] = [];
  private slotKey: number[] = [];
  private readonly freeSlots: number[] = [];
  private nextSlot = 0;

  private readonly coreOf = new Map<string, Core>();
  private cores: (Core | undefined)[] = [];
  private readonly freeCores: number[] = [];
  private readonly lists = new CoreLists();
  private readonly filterSets = new FilterSets();

  constructor(subscribers: Iterable<Subscriber> = []) {
    for (const s of subscribers) this.upsert(s);
  }

  /** How many active subscriptions it holds. */
  get size(): number {
    return this.slotOf.size;
  }

  /** How many distinct language-and-place criteria: the entries of the inverted lists. */
  get coreCount(): number {
    return this.coreOf.size;
  }

  /** Adds or updates a subscriber; one that is not active is removed. */
  upsert(s: Subscriber): void {
    if (s.status !== 'active') {
      this.remove(s.id);
      return;
    }
    const coreKey = whereKey(s.criteria);
    const filters = hasFilters(s.criteria) ? filterKey(s.criteria) : null;
    let slot = this.slotOf.get(s.id);
    if (slot !== undefined) {
      const core = this.slotCore[slot] as Core;
      const key = this.slotKey[slot] as number;
      const f = runFilters(key);
      const same = f < 0 ? filters === null : this.filterSets.keyOf(f) === filters;
      if (core.key === coreKey && same && key === runKey(f, s.frequency)) return;
      this.remove(s.id);
    }
    slot = this.freeSlots.pop() ?? this.nextSlot++;
    this.slotOf.set(s.id, slot);
    const core = this.coreFor(coreKey, s.criteria);
    this.slotCore[slot] = core;
    const key = runKey(filters === null ? -1 : this.filterSets.acquire(filters, s.criteria), s.frequency);
    this.slotKey[slot] = key;
    addToRun(core, key, s.id, slot, this.slotPosition);
  }

  /** Removes a subscriber; false when it was not there. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const core = this.slotCore[slot] as Core;
    const key = this.slotKey[slot] as number;
    removeFromRun(core, key, slot, this.slotPosition);
    if (key >= 3) this.filterSets.release(runFilters(key));
    if (core.ids.length === 0) this.dropCore(core);
    this.slotOf.delete(id);
    this.slotCore[slot] = undefined;
    this.freeSlots.push(slot);
    return true;
  }

  /** Every active subscriber the posting matches, each with why. */
  match(posting: MatchablePosting, now: Date): { subscriber: IndexedSubscriber; reason: MatchReason }[] {
    const out: { subscriber: IndexedSubscriber; reason: MatchReason }[] = [];
    this.forEachMatch(posting, now, (ids, from, to, frequency, reason) => {
      for (let i = from; i < to; i++) out.push({ subscriber: { id: ids[i] as string, frequency }, reason });
    });
    return out;
  }

  /**
   * Calls `visit` for each run of matching subscribers, without building a list per
   * subscriber; returns how many subscribers matched.
   */
  forEachMatch(posting: MatchablePosting, now: Date, visit: MatchVisitor): number {
    const p = preparePosting(posting, now);
    if (!p.live) return 0;
    const languages = [...p.languageRanks.keys()];
    const bitwise = languages.length <= maxBits && p.countries.length <= maxBits;
    const { lists, filterSets } = this;
    const n = lists.reach(p, languages);
    filterSets.nextPosting();
    const { reached, coreLanguages, coreCountries, coreQualified } = lists;
    const reasons = new Map<number, MatchReason>();
    const region = p.posting.enrichment.remoteRegion ?? 'anywhere';
    let count = 0;
    for (let i = 0; i < n; i++) {
      const c = reached[i] as number;
      const core = this.cores[c] as Core;
      let reason: MatchReason | null;
      if (core.checked || !bitwise) reason = matchWhere(core.criteria, p);
      else if (coreQualified[c] === 0) reason = null;
      else {
        const languageBits = coreLanguages[c] as number;
        const countryBits = coreCountries[c] as number;
        const key = languageBits * bitShift + countryBits;
        reason = reasons.get(key) ?? null;
        if (!reason) {
          reason = {
            languages: languages.filter((_, b) => languageBits & (1 << b)),
            impliedLanguage: p.impliedLanguage,
            countries: p.countries.filter((_, b) => countryBits & (1 << b)),
            remoteRegion: countryBits === 0 ? region : null,
            keywords: [],
          };
          reasons.set(key, reason);
        }
      }
      if (!reason) continue;
      const { runs, ids } = core;
      for (let j = 0; j + 1 < runs.length; j += 2) {
        const from = runs[j] as number;
        const key = runs[j + 1] as number;
        const to = runs[j + 2] as number;
        const frequency = runFrequency(key);
        if (key < 3) visit(ids, from, to, frequency, reason);
        else {
          const f = runFilters(key);
          const keywords = filterSets.verdict(f, p);
          if (!keywords) continue;
          visit(
            ids,
            from,
            to,
            frequency,
            keywords.length === 0 ? reason : filterSets.withKeywords(reason, f, keywords),
          );
        }
        count += to - from;
      }
    }
    return count;
  }

  private coreFor(key: string, criteria: Criteria): Core {
    const known = this.coreOf.get(key);
    if (known) return known;
    const id = this.freeCores.pop() ?? this.cores.length;
    const core = newCore(key, id, criteria);
    this.cores[id] = core;
    this.coreOf.set(key, core);
    this.lists.add(id, core.criteria);
    return core;
  }

  private dropCore(core: Core): void {
    this.lists.delete(core.id, core.criteria);
    this.coreOf.delete(core.key);
    this.cores[core.id] = undefined;
    this.freeCores.push(core.id);
  }
}
