/**
 * Details (a job's text, read with one more request) kept between polls of one source instance
 * while the listing says the same of the job, so that a poll fetches only the new or changed
 * ones; those of jobs no longer listed are dropped, so the cache cannot outgrow the site.
 */
export class DetailCache<T> {
  private readonly kept = new Map<string, { stamp: string; detail: T }>();

  /** The kept detail of `id` when its `stamp` (what the listing says of it) is unchanged, else `load`'s. */
  async get(id: string, stamp: string, load: () => Promise<T>): Promise<T> {
    const cached = this.kept.get(id);
    if (cached?.stamp === stamp) return cached.detail;
    const detail = await load();
    this.kept.set(id, { stamp, detail });
    return detail;
  }

  /** Drops the details of every job not in `listed`. */
  keepOnly(listed: ReadonlySet<string>): void {
    for (const id of this.kept.keys()) if (!listed.has(id)) this.kept.delete(id);
  }
}
