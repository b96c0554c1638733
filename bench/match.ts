import { matchPosting } from '../shared/match/match-posting';
import { SubscriptionIndex } from '../shared/match/subscription-index';
import type { Frequency } from '../shared/subscriber/subscriber';
import { collectGarbage } from './collect-garbage';
import { postings, subscriberStream } from './generate';

const NOW = new Date('2026-11-23T10:00:00Z');

export interface MatchBenchRow {
  subscriptions: number;
  postings: number;
  matches: number;
  /** Of those, subscribers on instant delivery (the match Lambda queues their digest at once). */
  instantMatches: number;
  /** Matching every posting through the compiled index (building it not included: see buildSeconds). */
  seconds: number;
  buildSeconds: number;
  naiveSeconds: number;
  speedup: number;
  /** Resident set size after the index run, before the naive sample is generated. */
  rssMiB: number;
  /** The naive scan ran on a sample of (subscriber, posting) pairs and was scaled up linearly. */
  naiveExtrapolated: boolean;
  naivePairsMeasured: number;
}

/**
 * Index against naive scan, per size: the index over every posting, the naive scan over at most
 * `naiveSampleLimit` (subscriber, posting) pairs (the first subscribers of the same seeded stream
 * × the first postings), extrapolated when that is fewer than all pairs.
 */
export async function benchMatch(options: {
  sizes: number[];
  postings: number;
  naiveSampleLimit: number;
}): Promise<MatchBenchRow[]> {
  const ps = postings(options.postings);
  const rows: MatchBenchRow[] = [];
  for (const size of options.sizes) {
    let t = process.hrtime.bigint();
    let index: SubscriptionIndex | undefined = new SubscriptionIndex(subscriberStream(size));
    const buildSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    // The build's garbage (generated subscribers, keys) is collected before matching is timed, as
    // it would be long before a warm Lambda's next posting: otherwise a major GC of it lands in
    // the timed loop or not, by chance, and the figure swings by ±20 %.
    collectGarbage();
    let matches = 0;
    let instant = 0;
    // Matches come as runs of an id array with one frequency (what the match Lambda needs to record
    // them and queue instant digests); counting them does not read each id.
    const visit = (_ids: readonly string[], from: number, to: number, frequency: Frequency) => {
      if (frequency === 'instant') instant += to - from;
      matches += to - from;
    };
    t = process.hrtime.bigint();
    for (const p of ps) index.forEachMatch(p, NOW, visit);
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    const rssMiB = Math.round(process.memoryUsage().rss / 2 ** 20);

    // The naive scan on a sample; the index checks its own answer on the same sample.
    const sampleSubs = [...subscriberStream(Math.min(size, options.naiveSampleLimit))];
    const samplePostings = Math.max(1, Math.min(ps.length, Math.floor(options.naiveSampleLimit / sampleSubs.length)));
    let naive = 0;
    t = process.hrtime.bigint();
    for (const p of ps.slice(0, samplePostings)) {
      for (const s of sampleSubs) if (matchPosting(s.criteria, p, NOW)) naive++;
    }
    const sampleSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    const pairs = sampleSubs.length * samplePostings;
    const naiveExtrapolated = pairs < size * ps.length;
    const naiveSeconds = sampleSeconds * ((size * ps.length) / pairs);
    if (!naiveExtrapolated && naive !== matches) {
      throw new Error(`index found ${matches} matches, the naive scan ${naive}`);
    }
    if (size <= options.naiveSampleLimit) {
      const sampleIndex = new SubscriptionIndex(sampleSubs);
      const viaIndex = ps.slice(0, samplePostings).reduce((n, p) => n + sampleIndex.forEachMatch(p, NOW, () => {}), 0);
      if (viaIndex !== naive)
        throw new Error(`on the sample the index found ${viaIndex} matches, the naive scan ${naive}`);
    }
    index = undefined;
    rows.push({
      subscriptions: size,
      postings: ps.length,
      matches,
      instantMatches: instant,
      seconds,
      buildSeconds,
      naiveSeconds,
      speedup: naiveSeconds / seconds,
      rssMiB,
      naiveExtrapolated,
      naivePairsMeasured: pairs,
    });
  }
  return rows;
}

// `npx tsx bench/match.ts [sizes…]`: this part alone, one JSON row per line.
if (process.argv[1]?.endsWith('match.ts')) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const rows = await benchMatch({
    sizes: sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000],
    postings: 10_000,
    naiveSampleLimit: 20_000_000,
  });
  for (const r of rows) console.log(JSON.stringify(r));
}
