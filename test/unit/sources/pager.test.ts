import { describe, expect, it } from 'vitest';
import { type Page, readPages } from '../../../shared/adapters/sources/pager';

/** A listing of `total` numbered items served `size` at a time, optionally shifting by `shift` items after each page. */
function listing(total: number, size: number, options: { report?: boolean; shift?: number } = {}) {
  const requested: number[] = [];
  let shifted = 0;
  const readPage = async (_index: number, itemsSoFar: number): Promise<Page<number>> => {
    requested.push(itemsSoFar);
    const start = Math.max(0, itemsSoFar - shifted);
    shifted += options.shift ?? 0;
    const items = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i);
    return { items, ...(options.report ? { total } : {}) };
  };
  return { readPage, requested };
}

describe('the shared pager', () => {
  it('reads to the end of a listing and says it read all of it', async () => {
    const { readPage } = listing(45, 20);
    const out = await readPages({ maxPages: 10, readPage, key: String, pageSize: 20 });
    expect(out.items).toHaveLength(45);
    expect(out).toMatchObject({ complete: true, pages: 3 });
  });

  it('stops at the reported total without asking for an empty page', async () => {
    const { readPage, requested } = listing(40, 20, { report: true });
    const out = await readPages({ maxPages: 10, readPage, key: String });
    expect(out).toMatchObject({ complete: true, pages: 2 });
    expect(requested).toEqual([0, 20]);
  });

  it('says the listing is partial when the page cap stops it first', async () => {
    const { readPage } = listing(100, 20, { report: true });
    const out = await readPages({ maxPages: 3, readPage, key: String });
    expect(out.items).toHaveLength(60);
    expect(out.complete).toBe(false);
  });

  it('keeps each item once when the listing shifts under it, and ends at a page with nothing new', async () => {
    const { readPage } = listing(30, 10, { shift: 10 });
    const out = await readPages({ maxPages: 10, readPage, key: String });
    expect(new Set(out.items).size).toBe(out.items.length);
    expect(out.complete).toBe(true);
  });

  it('ends when the source says there is no next page', async () => {
    const out = await readPages<number>({
      maxPages: 10,
      key: String,
      readPage: async (index, _n, previous) =>
        index === 0 ? { items: [1, 2], last: false } : previous && index === 1 ? { items: [3], last: true } : undefined,
    });
    expect(out).toMatchObject({ items: [1, 2, 3], complete: true, pages: 2 });
  });
});
