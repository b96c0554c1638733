import { regionCountries } from '../places/regions';
import type { PreparedPosting } from './match-posting';
import type { WhereCriteria } from './subscriber-core';
import { grown } from './typed-arrays';

/** The cores under one language key, by where they accept work. */
interface PlaceLists {
  /** By each named country: jobs located there. */
  onsite: Map<string, Set<number>>;
  /** Remote-accepting cores by each named country: remote jobs whose region holds it. */
  remote: Map<string, Set<number>>;
  /** Remote-accepting cores naming no country: every remote job. */
  anywhere: Set<number>;
}

// English listed beside another language is its own key: postings that can be done in English
// alone reach it, the (many) postings that ask English besides another language don't.
const englishWithOthers = 'en+';

/** The language keys a criteria set is filed under. */
function languageKeys(c: WhereCriteria): Set<string> {
  const others = c.languages.some((l) => l !== 'en');
  return new Set(c.languages.map((l) => (l === 'en' && others ? englishWithOthers : l)));
}

/**
 * Cores (by number) inverted by language key, then by country (onsite), by country within a
 * remote region, and a list for remote-anywhere. Reaching a core through a list means one of its
 * languages and one of its places fit; which lists reached it spell its reason.
 */
export class CoreLists {
  private readonly byLanguage = new Map<string, PlaceLists>();

  // Per posting, stamped so nothing needs clearing: which cores a list reached, through which
  // language and country bits, and whether a qualifying one. Read them after reach(); they are
  // replaced, not resized, when the cores outgrow them.
  private stamp = 0;
  private coreStamps = new Uint32Array(1024);
  coreLanguages = new Int32Array(1024);
  coreCountries = new Int32Array(1024);
  coreQualified = new Uint8Array(1024);
  /** The cores the last reach() found, each once, in its first `n` places. */
  reached = new Int32Array(1024);

  /** Files core `id` in the lists of its criteria. */
  add(id: number, criteria: WhereCriteria): void {
    if (id >= this.coreStamps.length) {
      const size = this.coreStamps.length * 2;
      this.coreStamps = grown(this.coreStamps, size, Uint32Array);
      this.coreLanguages = grown(this.coreLanguages, size, Int32Array);
      this.coreCountries = grown(this.coreCountries, size, Int32Array);
      this.coreQualified = grown(this.coreQualified, size, Uint8Array);
      this.reached = grown(this.reached, size, Int32Array);
    }
    this.eachList(criteria, true, (set) => set.add(id));
  }

  /** Takes core `id` out of the lists of its criteria. */
  delete(id: number, criteria: WhereCriteria): void {
    this.eachList(criteria, false, (set) => set.delete(id));
  }

  /**
   * Walks the lists of the posting's languages and places, noting in the per-core arrays which
   * language and country bits reached each core and whether a qualifying language did; the cores
   * reached go into `reached`, each once. Returns how many.
   */
  reach(p: PreparedPosting, languages: string[]): number {
    if (++this.stamp === 0xffffffff) {
      this.coreStamps.fill(0);
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
      if (!region) continue;
      // The region's countries (a named region, a list, a time-zone window); null is every country.
      const admitted = regionCountries(region);
      if (!admitted) for (const set of lists.remote.values()) walk(set, languageBit, 0, qualifies);
      else if (admitted.size <= lists.remote.size)
        for (const c of admitted) walk(lists.remote.get(c), languageBit, 0, qualifies);
      else for (const [c, set] of lists.remote) if (admitted.has(c)) walk(set, languageBit, 0, qualifies);
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
