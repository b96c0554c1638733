/** One page as an adapter read it. */
export interface Page<Item> {
  items: Item[];
  /** How many items the whole listing holds, when the source says (a `total`, `totalFound`). */
  total?: number;
  /** The source says no page follows (a `last` flag, no next link). */
  last?: boolean;
}

export interface PagedListing<Item> {
  /** Every page's items in order, each key once (a listing that shifts while paged repeats some). */
  items: Item[];
  /**
   * False when the page cap stopped the reading before the listing's end: what was not read may
   * still be listed, so the result is partial and nothing may be closed for being absent.
   */
  complete: boolean;
  pages: number;
}

export interface PagerOptions<Item> {
  /** Pages read at most per poll. */
  maxPages: number;
  /**
   * Reads page `index` (0 for the first), knowing how many distinct items came before it and the
   * page before it (for a next link or a range); undefined when there is no such page.
   */
  readPage: (index: number, itemsSoFar: number, previous: Page<Item> | undefined) => Promise<Page<Item> | undefined>;
  /** An item's identity: repeats are dropped, and a page with nothing new ends the listing. */
  key: (item: Item) => string;
  /** The size the source pages by: a shorter page is the last. */
  pageSize?: number;
}

/**
 * Every source that pages reads through this one loop, so that each one stops the same way (an
 * empty, short, last or repeated page, the reported total) and says the same way whether it read
 * the whole listing.
 */
export async function readPages<Item>(options: PagerOptions<Item>): Promise<PagedListing<Item>> {
  const items: Item[] = [];
  const seen = new Set<string>();
  let previous: Page<Item> | undefined;
  let total: number | undefined;
  for (let index = 0; index < options.maxPages; index++) {
    const page = await options.readPage(index, items.length, previous);
    if (!page) return { items, complete: true, pages: index };
    total ??= page.total;
    let fresh = 0;
    for (const item of page.items) {
      const key = options.key(item);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
      fresh++;
    }
    const short = options.pageSize !== undefined && page.items.length < options.pageSize;
    const ended = page.items.length === 0 || fresh === 0 || page.last === true || short;
    if (ended || (total !== undefined && items.length >= total)) return { items, complete: true, pages: index + 1 };
    previous = page;
  }
  return { items, complete: total !== undefined && items.length >= total, pages: options.maxPages };
}
