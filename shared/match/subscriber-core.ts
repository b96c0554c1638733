import type { Criteria } from '../subscriber/subscriber';

/** The criteria that decide languages and place: one verdict per posting for all who share them. */
export type WhereCriteria = Pick<Criteria, 'languages' | 'countries' | 'remote' | 'minLevel' | 'adLanguages'>;

/**
 * Subscribers sharing languages and place criteria, in runs of one delivery frequency and one set
 * of keyword and exclusion filters (a run key, see runKey): a run is checked once and handed out
 * whole. Order within a run is free, which makes adding and removing O(runs), not O(members).
 */
export interface Core {
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

// Everything matchWhere reads: equal keys match alike. It reads the languages and countries as
// sets (its reason follows the posting's order), so they are keyed as sets: "de, nl" and "nl, de"
// are one core.
const asSet = (xs: readonly string[] | undefined) => [...new Set(xs)].sort();

/** The key of the core a subscriber's criteria belong to. */
export const whereKey = (c: Criteria) =>
  JSON.stringify([asSet(c.languages), asSet(c.countries), c.remote, c.minLevel ?? null, asSet(c.adLanguages)]);

/** An empty core numbered `id` for the languages and place of `criteria`. */
export function newCore(key: string, id: number, criteria: Criteria): Core {
  return {
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
}
