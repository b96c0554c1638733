import { EEA, EU, EUROPE } from '../places/regions';
import type { Criteria, Frequency, Subscriber } from '../subscriber/subscriber';
import type { MatchReason } from './match';
import { type MatchablePosting, matchPrepared, type PreparedPosting, preparePosting } from './match-posting';

/** What the index keeps of a subscriber: enough to record the match and queue an instant digest. */
export type IndexedSubscriber = Pick<Subscriber, 'id' | 'frequency'>;

/** Subscriptions sharing one set of criteria, matched once per posting for all of them. */
interface Group {
  key: string;
  criteria: Criteria;
  /** Slots of the subscribers holding these criteria. */
  members: number[];
}

/** The groups under one language key, by where they accept work. */
interface PlaceLists {
  /** By each named country: jobs located there. */
  onsite: Map<string, Set<number>>;
  /** Remote-accepting groups by each named country: remote jobs whose region holds it. */
  remote: Map<string, Set<number>>;
  /** Remote-accepting groups naming no country: every remote job. */
  anywhere: Set<number>;
}

const frequencies: readonly Frequency[] = ['instant', 'daily', 'weekly'];
const regionCountries = new Map<string, ReadonlySet<string>>([
  ['EU', EU],
  ['EEA', EEA],
  ['Europe', EUROPE],
]);

// English listed beside another language is its own key: postings that can be done in English
// alone reach it, the (many) postings that ask English besides another language don't.
const englishWithOthers = 'en+';

/** The language keys a criteria set is filed under. */
function languageKeys(c: Criteria): Set<string> {
  const others = c.languages.some((l) => l !== 'en');
  return new Set(c.languages.map((l) => (l === 'en' && others ? englishWithOthers : l)));
}

/** Everything matchPrepared reads from criteria, in a fixed order: equal keys match alike. */
function criteriaKey(c: Criteria): string {
  return JSON.stringify([
    c.languages,
    c.countries,
    c.remote,
    c.keywords,
    c.excludeKeywords ?? [],
    c.excludeCompanies ?? [],
    c.minLevel ?? null,
    c.adLanguages ?? [],
  ]);
}

function grow<T extends Int32Array | Uint8Array | Uint32Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Active subscriptions compiled for percolation: criteria shared by many subscribers are one
 * group; groups are inverted by language key, then by country / remote region, so a posting
 * visits only groups that speak one of its languages and accept its place. Keyword, exclusion,
 * level and ad-language filters then run once per candidate group (matchPrepared, the same code
 * as matchPosting, so results are the naive scan's exactly). Subscribers are integer slots over
 * typed arrays; add, update and remove work in place.
 */
export class SubscriptionIndex {
  private readonly slotOf = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private slotGroup = new Int32Array(1024);
  private slotPosition = new Int32Array(1024);
  private slotFrequency = new Uint8Array(1024);
  private readonly freeSlots: number[] = [];

  private readonly groupOf = new Map<string, number>();
  private groups: (Group | undefined)[] = [];
  private readonly freeGroups: number[] = [];
  private stamps = new Uint32Array(1024);
  private stamp = 0;

  private readonly byLanguage = new Map<string, PlaceLists>();

  constructor(subscribers: Iterable<Subscriber> = []) {
    for (const s of subscribers) this.upsert(s);
  }

  /** How many active subscriptions it holds. */
  get size(): number {
    return this.slotOf.size;
  }

  /** How many distinct criteria sets those subscriptions hold. */
  get groupCount(): number {
    return this.groupOf.size;
  }

  /** Adds or updates a subscriber; one that is not active is removed. */
  upsert(s: Subscriber): void {
    if (s.status !== 'active') {
      this.remove(s.id);
      return;
    }
    const key = criteriaKey(s.criteria);
    let slot = this.slotOf.get(s.id);
    if (slot !== undefined && this.groups[this.slotGroup[slot] as number]?.key !== key) {
      this.remove(s.id);
      slot = undefined;
    }
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.ids.length;
      this.ids[slot] = s.id;
      this.slotOf.set(s.id, slot);
      this.slotGroup = grow(this.slotGroup, slot + 1, (n) => new Int32Array(n));
      this.slotPosition = grow(this.slotPosition, slot + 1, (n) => new Int32Array(n));
      this.slotFrequency = grow(this.slotFrequency, slot + 1, (n) => new Uint8Array(n));
      const g = this.groupFor(key, s.criteria);
      const members = (this.groups[g] as Group).members;
      this.slotGroup[slot] = g;
      this.slotPosition[slot] = members.length;
      members.push(slot);
    }
    this.slotFrequency[slot] = frequencies.indexOf(s.frequency);
  }

  /** Removes a subscriber; false when it was not there. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const g = this.slotGroup[slot] as number;
    const group = this.groups[g] as Group;
    const at = this.slotPosition[slot] as number;
    const last = group.members.pop() as number;
    if (last !== slot) {
      group.members[at] = last;
      this.slotPosition[last] = at;
    }
    if (group.members.length === 0) this.dropGroup(g);
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.freeSlots.push(slot);
    return true;
  }

  /** Every active subscriber the posting matches, each with why. */
  match(posting: MatchablePosting, now: Date): { subscriber: IndexedSubscriber; reason: MatchReason }[] {
    const out: { subscriber: IndexedSubscriber; reason: MatchReason }[] = [];
    this.forEachMatch(posting, now, (id, frequency, reason) => out.push({ subscriber: { id, frequency }, reason }));
    return out;
  }

  /**
   * Calls `visit` for each matching subscriber without building a list; returns the count.
   * Subscribers with the same criteria share one reason object: treat it as read-only.
   */
  forEachMatch(
    posting: MatchablePosting,
    now: Date,
    visit: (id: string, frequency: Frequency, reason: MatchReason) => void,
  ): number {
    const p = preparePosting(posting, now);
    if (!p.live) return 0;
    let count = 0;
    for (const g of this.candidates(p)) {
      const group = this.groups[g] as Group;
      const reason = matchPrepared(group.criteria, p);
      if (!reason) continue;
      for (const slot of group.members) {
        visit(this.ids[slot] as string, frequencies[this.slotFrequency[slot] as number] as Frequency, reason);
      }
      count += group.members.length;
    }
    return count;
  }

  /** Groups that speak one of the posting's languages and accept its place, each once. */
  private candidates(p: PreparedPosting): number[] {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const stamps = this.stamps;
    const out: number[] = [];
    const take = (set: Set<number> | undefined) => {
      if (!set) return;
      for (const g of set) {
        if (stamps[g] !== stamp) {
          stamps[g] = stamp;
          out.push(g);
        }
      }
    };
    const e = p.posting.enrichment;
    const keys = [...p.languageRanks.keys()];
    if (p.englishAlone) keys.push(englishWithOthers);
    for (const key of keys) {
      const lists = this.byLanguage.get(key);
      if (!lists) continue;
      for (const c of e.countries) take(lists.onsite.get(c));
      if (e.remote !== 'remote') continue;
      take(lists.anywhere);
      const region = e.remoteRegion;
      if (region === 'worldwide') for (const set of lists.remote.values()) take(set);
      else if (region) {
        const within = regionCountries.get(region);
        if (within) for (const c of within) take(lists.remote.get(c));
        else take(lists.remote.get(region));
      }
    }
    return out;
  }

  private groupFor(key: string, criteria: Criteria): number {
    const known = this.groupOf.get(key);
    if (known !== undefined) return known;
    const g = this.freeGroups.pop() ?? this.groups.length;
    this.groups[g] = { key, criteria: structuredClone(criteria), members: [] };
    this.groupOf.set(key, g);
    this.stamps = grow(this.stamps, g + 1, (n) => new Uint32Array(n));
    this.eachList(criteria, true, (set) => set.add(g));
    return g;
  }

  private dropGroup(g: number): void {
    const group = this.groups[g] as Group;
    this.eachList(group.criteria, false, (set) => set.delete(g));
    this.groupOf.delete(group.key);
    this.groups[g] = undefined;
    this.freeGroups.push(g);
  }

  /** The lists a criteria set is filed in (created when `create`). */
  private eachList(c: Criteria, create: boolean, act: (set: Set<number>) => void): void {
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
