import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchContext, FetchResult, Source } from '../../../shared/ports/source';
import type { RawPosting } from '../../../shared/posting/posting';
import { postingId } from '../../../shared/posting/posting-identity';
import type { PollSummary } from '../../../shared/use-cases/poll-sources';
import { seedsDir } from '../../support/fixtures';
import { startPollHarness } from './poll-harness';

// The incremental contract on real parts (dynalite, the local poll tick and worker): a national
// feed is read in full once, then only its changes since a cursor; its own "removed" entries
// close postings, and what a partial read does not name stays open. The source here is scripted
// (each poll's result is set by the test) because the contract, not one API, is under test; the
// feed adapters have their own tests on recorded payloads.
class ScriptedFeed implements Source {
  readonly id = 'feed';
  readonly type = 'scripted';
  readonly seen: FetchContext[] = [];
  next: FetchResult | Error = { notModified: true };
  async fetch(ctx: FetchContext): Promise<FetchResult> {
    this.seen.push(ctx);
    if (this.next instanceof Error) throw this.next;
    return this.next;
  }
}

let harness: Awaited<ReturnType<typeof startPollHarness>>;
let feed: ScriptedFeed;
let ads: RawPosting[];
const summaryOf = (summary: PollSummary) => summary.sources.find((s) => s.id === 'feed');
const status = async (ad: RawPosting) =>
  (await harness.deps.postings.getPostings([postingId({ sourceId: 'feed', externalId: ad.externalId })]))[0]?.status;
type Listing = Extract<FetchResult, { notModified: false }>;
const listing = (postings: RawPosting[], extra: Partial<Listing> = {}): Listing => ({
  notModified: false,
  postings,
  rejected: [],
  ...extra,
});

beforeAll(async () => {
  // The four seeds that are postings (the fifth is an article), and a fifth ad made of the first's
  // text under another title and company, so that it is no copy of it.
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt') && !f.startsWith('004_')).sort();
  ads = await Promise.all(
    files.map(async (file, i) => ({
      sourceId: 'feed',
      externalId: `ad-${i}`,
      title: `Seed ad ${i}`,
      text: await readFile(path.join(seedsDir, file), 'utf8'),
      url: `https://feed.example.org/ads/${i}`,
    })),
  );
  ads.push({
    ...ads[0]!,
    externalId: 'ad-4',
    title: 'Night shift lead',
    company: 'Other Co',
    url: 'https://feed.example.org/ads/4',
    text: `${ads[2]!.text}\n\nNight shifts only.`,
  });
  harness = await startPollHarness();
  feed = new ScriptedFeed();
  harness.deps.sources.push(feed);
});

afterAll(async () => {
  await harness?.close();
});

describe('an incremental feed', () => {
  it('is read in full once, and its cursor is kept for the next poll', async () => {
    feed.next = listing(ads.slice(0, 3), { cursor: 'page-7' });
    expect(summaryOf(await harness.poll('feed'))).toMatchObject({ ok: true, parsed: 3, new: 3, closed: 0 });
    expect(feed.seen.at(-1)?.state).toBeUndefined();
    expect((await harness.deps.sourceStates.getSourceState('feed'))?.cursor).toBe('page-7');
  });

  it('then reads only what changed: a removed entry closes its posting, an unnamed one stays open', async () => {
    harness.advance(15);
    feed.next = listing([ads[3]!], {
      coverage: 'partial',
      removed: [ads[0]!.externalId, 'never-stored'],
      cursor: 'page-9',
    });

    const summary = summaryOf(await harness.poll('feed'));

    expect(feed.seen.at(-1)?.state?.cursor).toBe('page-7');
    expect(summary).toMatchObject({ ok: true, parsed: 1, new: 1, closed: 1 });
    expect(await status(ads[0]!)).toBe('closed');
    expect(await status(ads[1]!)).toBe('open');
    expect(await status(ads[2]!)).toBe('open');
    expect(await status(ads[3]!)).toBe('open');
    expect((await harness.deps.sourceStates.getSourceState('feed'))?.cursor).toBe('page-9');
  });

  it('an entry listed again after its removal is reopened, and a listing wins over a removal in the same read', async () => {
    harness.advance(15);
    feed.next = listing([ads[0]!], { coverage: 'partial', removed: [ads[0]!.externalId], cursor: 'page-10' });

    const summary = summaryOf(await harness.poll('feed'));

    expect(summary).toMatchObject({ ok: true, closed: 0, updated: 1 });
    expect(await status(ads[0]!)).toBe('open');
  });

  it('a failed read keeps the cursor, so the next one resumes where the last stored read ended', async () => {
    harness.advance(15);
    feed.next = new Error('feed.example.org: HTTP 503');
    expect(summaryOf(await harness.poll('feed'))).toMatchObject({ ok: false });
    expect((await harness.deps.sourceStates.getSourceState('feed'))?.cursor).toBe('page-10');

    harness.advance(15);
    feed.next = { notModified: true };
    await harness.poll('feed');
    expect(feed.seen.at(-1)?.state?.cursor).toBe('page-10');
    expect((await harness.deps.sourceStates.getSourceState('feed'))?.cursor).toBe('page-10');
  });

  it('a partial listing cut at a page cap closes nothing it did not name', async () => {
    harness.advance(15);
    feed.next = listing([ads[4]!], { coverage: 'partial' });
    expect(summaryOf(await harness.poll('feed'))).toMatchObject({ ok: true, new: 1, closed: 0 });
    for (const ad of ads.slice(1)) expect(await status(ad)).toBe('open');
  });

  it('a full listing again closes what it no longer names', async () => {
    harness.advance(15);
    feed.next = listing([ads[0]!, ads[4]!], { cursor: 'page-12' });
    expect(summaryOf(await harness.poll('feed'))).toMatchObject({ ok: true, closed: 3 });
    expect(await status(ads[1]!)).toBe('closed');
    expect(await status(ads[4]!)).toBe('open');
  });
});
