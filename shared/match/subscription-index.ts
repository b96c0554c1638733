import { EEA, EU, EUROPE } from '../places/regions';
import type { Criteria, Frequency, Subscriber } from '../subscriber/subscriber';
import type { MatchReason } from './match';
import { containsWord, type MatchablePosting, matchWhere, type PreparedPosting, preparePosting } from './match-posting';

/** What the index keeps of a subscriber: enough to record the match and queue an instant digest. */
export type IndexedSubscriber = Pick<Subscriber, 'id' | 'frequency'>;

/** The criteria that decide languages and place: one verdict per posting for all who share them. */
type WhereCriteria = Pick<Criteria, 'languages' | 'countries' | 'remote' | 'minLevel' | 'adLanguages'>;

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

/**
 * Subscribers sharing languages and place criteria, in runs of one delivery frequency and one set
 * of keyword and exclusion filters (a run key, see runKey): a run is checked once and handed out
 * whole. Order within a run is free, which makes adding and removing O(runs), not O(members).
 */
interface Core {
  key: string;
  id: number;
  criteria: WhereCriteria;
  /** Level or ad-language rules, which the inverted lists don't capture: checked by matchWhere. */
  checked: boolean;
  ids: string[];
  slots: number[];
  /**
   * The runs in position order, as [start, key, start, key, …, end]: a run ends where the next
   * starts, the last at `end` (= ids.length). One array, so a posting touches little memory.
   */
  runs: number[];
}

/** The cores under one language key, by where they accept work. */
interface PlaceLists {
  /** By each named country: jobs located there. */
  onsite: Map<string, Set<number>>;
  /** Remote-accepting cores by each named country: remote jobs whose region holds it. */
  remote: Map<string, Set<number>>;
  /** Remote-accepting cores naming no country: every remote job. */
  anywhere: Set<number>;
}

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

const frequencies: readonly Frequency[] = ['instant', 'daily', 'weekly'];
/** Runs without filters have keys 0–2 (the frequency); with filters f, 3 + 3f + frequency. */
const runKey = (filters: number, frequency: Frequency) => 3 * (filters + 1) + frequencies.indexOf(frequency);

/** The index of the run with this key in a core's runs, or -1. */
function runOf(runs: number[], key: number): number {
  for (let j = 1; j < runs.length; j += 2) if (runs[j] === key) return (j - 1) / 2;
  return -1;
}

const regionCountries = new Map<string, ReadonlySet<string>>([
  ['EU', EU],
  ['EEA', EEA],
  ['Europe', EUROPE],
]);

// English listed beside another language is its own key: postings that can be done in English
// alone reach it, the (many) postings that ask English besides another language don't.
const englishWithOthers = 'en+';

/** The language keys a criteria set is filed under. */
function languageKeys(c: WhereCriteria): Set<string> {
  const others = c.languages.some((l) => l !== 'en');
  return new Set(c.languages.map((l) => (l === 'en' && others ? englishWithOthers : l)));
}

// Everything matchWhere / matchFilters read: equal keys match alike. matchWhere reads the
// languages and countries as sets (its reason follows the posting's order), so they are keyed as
// sets: "de, nl" and "nl, de" are one core.
const asSet = (xs: readonly string[] | undefined) => [...new Set(xs)].sort();
const whereKey = (c: Criteria) =>
  JSON.stringify([asSet(c.languages), asSet(c.countries), c.remote, c.minLevel ?? null, asSet(c.adLanguages)]);
const filterKey = (c: Criteria) => JSON.stringify([c.keywords, c.excludeKeywords ?? [], c.excludeCompanies ?? []]);
const hasFilters = (c: Criteria) =>
  c.keywords.length > 0 || (c.excludeKeywords?.length ?? 0) > 0 || (c.excludeCompanies?.length ?? 0) > 0;

/**
 * Posting languages and countries are bits of one number each, and both make one small-integer
 * key of the posting's reasons; past this many, every core is checked by matchWhere.
 */
const maxBits = 15;
const bitShift = 2 ** maxBits;

/**
 * Active subscriptions compiled for percolation, so that a posting touches only its candidates.
 *
 * Subscribers with the same language and place criteria form a core. Cores are inverted by
 * language key, then by country (onsite), by country within a remote region, and a list for
 * remote-anywhere. A posting walks the lists of its languages and places; reaching a core through
 * a list means one of its languages and one of its places fit, so the lists alone decide it, and
 * which lists reached it spell its reason (languages and countries as bits), shared by every core
 * with the same bits. Cores with a minimum level or ad languages are checked by matchWhere.
 * Within a core, keyword and exclusion filters (numbered, verdict once per posting) pick the
 * filtered members. Property tests hold all of it equal to the naive scan (matchPosting).
 * Add, update and remove work in place.
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
  private readonly byLanguage = new Map<string, PlaceLists>();

  private readonly filterOf = new Map<string, Filters>();
  private filters: (Filters | undefined)[] = [];
  private readonly freeFilters: number[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];

  // Per posting, stamped so nothing needs clearing: which cores a list reached, through which
  // language and country bits, and whether a qualifying one; each filter's verdict; each word's.
  private stamp = 0;
  private coreStamps = new Uint32Array(1024);
  private coreLanguages = new Int32Array(1024);
  private coreCountries = new Int32Array(1024);
  private coreQualified = new Uint8Array(1024);
  private reached = new Int32Array(1024);
  private filterStamps = new Uint32Array(64);
  private filterVerdicts: (string[] | null)[] = [];
  private keywordReasons: ({ base: MatchReason; stamp: number; reason: MatchReason } | undefined)[] = [];
  private wordStamps = new Uint32Array(64);
  private wordHits = new Uint8Array(64);
  private companyStamps = new Uint32Array(64);
  private companyHits = new Uint8Array(64);

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
      const f = Math.floor(key / 3) - 1;
      const same = f < 0 ? filters === null : this.filters[f]?.key === filters;
      if (core.key === coreKey && same && key === runKey(f, s.frequency)) return;
      this.remove(s.id);
    }
    slot = this.freeSlots.pop() ?? this.nextSlot++;
    this.slotOf.set(s.id, slot);
    const core = this.coreFor(coreKey, s.criteria);
    this.slotCore[slot] = core;
    const key = runKey(filters === null ? -1 : this.filtersFor(filters, s.criteria), s.frequency);
    this.slotKey[slot] = key;
    const runs = core.runs;
    let r = runOf(runs, key);
    if (r < 0) {
      // A new, empty run at the end.
      r = (runs.length - 1) / 2;
      runs.push(key, runs[runs.length - 1] as number);
    }
    // Each later run gives its first member to the free place after its end, so a place opens
    // at the end of run r.
    const end = runs.length - 1;
    let free = runs[end] as number;
    for (let j = (runs.length - 1) / 2 - 1; j > r; j--) {
      const first = runs[2 * j] as number;
      this.move(core, first, free);
      free = first;
      runs[2 * j] = first + 1;
    }
    this.place(core, free, s.id, slot);
    runs[end] = (runs[end] as number) + 1;
  }

  /** Removes a subscriber; false when it was not there. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const core = this.slotCore[slot] as Core;
    const key = this.slotKey[slot] as number;
    const runs = core.runs;
    const r = runOf(runs, key);
    // The run's last member fills the hole; each later run then moves its last member to the
    // place before its start, so the hole ends at the end of the array.
    let hole = this.slotPosition[slot] as number;
    const count = (runs.length - 1) / 2;
    for (let j = r; j < count; j++) {
      const last = (runs[2 * j + 2] as number) - 1;
      this.move(core, last, hole);
      hole = last;
      if (j > r) runs[2 * j] = (runs[2 * j] as number) - 1;
    }
    runs[runs.length - 1] = (runs[runs.length - 1] as number) - 1;
    core.ids.pop();
    core.slots.pop();
    if (runs[2 * r] === runs[2 * r + 2]) runs.splice(2 * r, 2);
    if (key >= 3) this.releaseFilters(Math.floor(key / 3) - 1);
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
    const n = this.reach(p, languages);
    const reasons = new Map<number, MatchReason>();
    const region = p.posting.enrichment.remoteRegion ?? 'anywhere';
    let count = 0;
    for (let i = 0; i < n; i++) {
      const c = this.reached[i] as number;
      const core = this.cores[c] as Core;
      let reason: MatchReason | null;
      if (core.checked || !bitwise) reason = matchWhere(core.criteria, p);
      else if (this.coreQualified[c] === 0) reason = null;
      else {
        const languageBits = this.coreLanguages[c] as number;
        const countryBits = this.coreCountries[c] as number;
        const key = languageBits * bitShift + countryBits;
        reason = reasons.get(key) ?? null;
        if (!reason) {
          reason = {
            languages: languages.filter((_, b) => languageBits & (1 << b)),
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
        const frequency = frequencies[key % 3] as Frequency;
        if (key < 3) visit(ids, from, to, frequency, reason);
        else {
          const f = Math.floor(key / 3) - 1;
          const keywords = this.verdict(f, p);
          if (!keywords) continue;
          visit(ids, from, to, frequency, keywords.length === 0 ? reason : this.withKeywords(reason, f, keywords));
        }
        count += to - from;
      }
    }
    return count;
  }

  /**
   * Walks the lists of the posting's languages and places, noting in the per-core arrays which
   * language and country bits reached each core and whether a qualifying language did; the cores
   * reached go into `reached`, each once. Returns how many.
   */
  private reach(p: PreparedPosting, languages: string[]): number {
    if (++this.stamp === 0xffffffff) {
      for (const a of [this.coreStamps, this.filterStamps, this.wordStamps, this.companyStamps]) a.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const { coreStamps, coreLanguages, coreCountries, coreQualified, reached } = this;
    // The lists to walk, each with the language bit, country bit and qualification it carries.
    const sets: Set<number>[] = [];
    const bits: number[] = [];
    const walk = (set: Set<number> | undefined, languageBit: number, countryBit: number, qualifies: number) => {
      if (set) sets.push(set) && bits.push(languageBit, countryBit, qualifies);
    };
    const e = p.posting.enrichment;
    const keys: [string, number, number][] = languages.map((l, b) => [l, 1 << b, 1]);
    // English beside other languages reaches its cores for the reason, and qualifies them only
    // when the job can be done in English alone (matchWhere's rule).
    const english = languages.indexOf('en');
    if (english >= 0) keys.push([englishWithOthers, 1 << english, p.englishAlone ? 1 : 0]);
    for (const [key, languageBit, qualifies] of keys) {
      const lists = this.byLanguage.get(key);
      if (!lists) continue;
      for (let b = 0; b < p.countries.length; b++) {
        walk(lists.onsite.get(p.countries[b] as string), languageBit, 1 << b, qualifies);
      }
      if (e.remote !== 'remote') continue;
      walk(lists.anywhere, languageBit, 0, qualifies);
      const region = e.remoteRegion;
      if (region === 'worldwide') for (const set of lists.remote.values()) walk(set, languageBit, 0, qualifies);
      else if (region)
        for (const c of regionCountries.get(region) ?? [region]) walk(lists.remote.get(c), languageBit, 0, qualifies);
    }
    let n = 0;
    for (let i = 0; i < sets.length; i++) {
      const languageBit = bits[3 * i] as number;
      const countryBit = bits[3 * i + 1] as number;
      const qualifies = bits[3 * i + 2] as number;
      for (const c of sets[i] as Set<number>) {
        if (coreStamps[c] !== stamp) {
          coreStamps[c] = stamp;
          coreLanguages[c] = languageBit;
          coreCountries[c] = countryBit;
          coreQualified[c] = qualifies;
          reached[n++] = c;
        } else {
          coreLanguages[c] = (coreLanguages[c] as number) | languageBit;
          coreCountries[c] = (coreCountries[c] as number) | countryBit;
          coreQualified[c] = (coreQualified[c] as number) | qualifies;
        }
      }
    }
    return n;
  }

  /** The reason with the keywords found, one object per (reason, filters) and posting. */
  private withKeywords(reason: MatchReason, f: number, keywords: string[]): MatchReason {
    const last = this.keywordReasons[f];
    if (last && last.base === reason && last.stamp === this.stamp) return last.reason;
    const combined = {
      languages: reason.languages,
      countries: reason.countries,
      remoteRegion: reason.remoteRegion,
      keywords,
    };
    this.keywordReasons[f] = { base: reason, stamp: this.stamp, reason: combined };
    return combined;
  }

  /** matchFilters on numbered words, once per posting: the keywords found, or null when filtered out. */
  private verdict(f: number, p: PreparedPosting): string[] | null {
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

  /** Writes a member at position `at` of the core (which may be one past the end). */
  private place(core: Core, at: number, id: string, slot: number): void {
    core.ids[at] = id;
    core.slots[at] = slot;
    this.slotPosition[slot] = at;
  }

  private move(core: Core, from: number, to: number): void {
    if (from !== to) this.place(core, to, core.ids[from] as string, core.slots[from] as number);
  }

  private coreFor(key: string, criteria: Criteria): Core {
    const known = this.coreOf.get(key);
    if (known) return known;
    const id = this.freeCores.pop() ?? this.cores.length;
    const core: Core = {
      key,
      id,
      // One object shape for every core (absent fields undefined): matchWhere's reads stay monomorphic.
      criteria: {
        languages: [...criteria.languages],
        countries: [...criteria.countries],
        remote: criteria.remote,
        minLevel: criteria.minLevel,
        adLanguages: criteria.adLanguages ? [...criteria.adLanguages] : undefined,
      },
      checked: criteria.minLevel !== undefined || (criteria.adLanguages?.length ?? 0) > 0,
      ids: [],
      slots: [],
      runs: [0],
    };
    this.cores[id] = core;
    this.coreOf.set(key, core);
    if (id >= this.coreStamps.length) {
      const size = this.coreStamps.length * 2;
      this.coreStamps = grown(this.coreStamps, size, Uint32Array);
      this.coreLanguages = grown(this.coreLanguages, size, Int32Array);
      this.coreCountries = grown(this.coreCountries, size, Int32Array);
      this.coreQualified = grown(this.coreQualified, size, Uint8Array);
      this.reached = grown(this.reached, size, Int32Array);
    }
    this.eachList(core.criteria, true, (set) => set.add(id));
    return core;
  }

  private dropCore(core: Core): void {
    this.eachList(core.criteria, false, (set) => set.delete(core.id));
    this.coreOf.delete(core.key);
    this.cores[core.id] = undefined;
    this.freeCores.push(core.id);
  }

  private filtersFor(key: string, criteria: Criteria): number {
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

  private releaseFilters(f: number): void {
    const filters = this.filters[f] as Filters;
    if (--filters.users > 0) return;
    this.filterOf.delete(filters.key);
    this.filters[f] = undefined;
    this.freeFilters.push(f);
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

  /** The lists a criteria set is filed in (created when `create`). */
  private eachList(c: WhereCriteria, create: boolean, act: (set: Set<number>) => void): void {
    for (const key of languageKeys(c)) {
      let lists = this.byLanguage.get(key);
      if (!lists) {
        if (!create) continue;
        lists = { onsite: new Map(), remote: new Map(), anywhere: new Set() };
        this.byLanguage.set(key, lists);
      }
      const inMap = (map: Map<string, Set<number>>, k: string) => {
        let set = map.get(k);
        if (!set) {
          if (!create) return;
          set = new Set();
          map.set(k, set);
        }
        act(set);
        if (set.size === 0) map.delete(k);
      };
      for (const country of c.countries) inMap(lists.onsite, country);
      if (c.remote) {
        for (const country of c.countries) inMap(lists.remote, country);
        if (c.countries.length === 0) act(lists.anywhere);
      }
    }
  }
}

// Shared by every filtered member whose filters pass without keywords: never changed.
const noKeywords: string[] = [];

function grown<T extends Uint8Array | Uint32Array | Int32Array>(a: T, size: number, make: new (n: number) => T): T {
  const b = new make(size);
  b.set(a);
  return b;
}
