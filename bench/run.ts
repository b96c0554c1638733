import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enrichPosting } from '../shared/enrich/enrich-posting';
import { matchPosting } from '../shared/match/match-posting';
import { SubscriptionIndex } from '../shared/match/subscription-index';
import { postings, subscribers } from './generate';

// A benchmark, not a test: medians of repeated runs in one process, printed as a table (or
// one JSON object with --json). The machines are noisy; compare ratios within one run.
const NOW = new Date('2026-11-23T10:00:00Z');
const json = process.argv.includes('--json');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => unknown, runs = 5): number {
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    seconds.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return median(seconds);
}

/** Real postings from the labelled set when ../shared is there, else the example postings' titles. */
function corpus(): { title: string; text: string }[] {
  try {
    const file = fileURLToPath(new URL('../../shared/fixtures/extraction/labelled.jsonl', import.meta.url));
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { title: string; text: string });
  } catch {
    return [
      { title: 'Norwegian-speaking support', text: 'Fluent Norwegian and good English. Remote within Portugal.' },
    ];
  }
}

const docs = corpus();
const batch = Array.from({ length: 2000 }, (_, i) => docs[i % docs.length]!);
const avgBytes = batch.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / batch.length;
for (const d of batch.slice(0, 200)) enrichPosting(d); // warm up
const enrichSeconds = time(() => {
  for (const d of batch) enrichPosting(d);
});

const match = [1_000, 10_000].map((subscriptions) => {
  const subs = subscribers(subscriptions);
  const ps = postings(1_000);
  let matches = 0;
  const seconds = time(() => {
    const index = new SubscriptionIndex(subs);
    matches = ps.reduce((n, p) => n + index.match(p, NOW).length, 0);
  });
  let naive = 0;
  const naiveSeconds = time(() => {
    naive = ps.reduce((n, p) => n + subs.filter((s) => matchPosting(s.criteria, p, NOW)).length, 0);
  }, 3);
  if (naive !== matches) throw new Error(`index found ${matches} matches, the naive scan ${naive}`);
  return { subscriptions, postings: ps.length, matches, seconds, naiveSeconds, speedup: naiveSeconds / seconds };
});

const result = {
  enrich: { postingsPerSecond: Math.round(batch.length / enrichSeconds), averageBytes: Math.round(avgBytes) },
  match,
  rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
};

if (json) console.log(JSON.stringify(result));
else {
  console.log(
    `enrich: ${result.enrich.postingsPerSecond} postings/s (${batch.length} real postings, ${result.enrich.averageBytes} bytes on average, median of 5)`,
  );
  console.log('match (index vs naive scan, same results checked):');
  console.log('  subscriptions  postings  matches   index s   naive s  speedup');
  for (const m of match) {
    console.log(
      `  ${String(m.subscriptions).padStart(13)}  ${String(m.postings).padStart(8)}  ${String(m.matches).padStart(7)}  ${m.seconds.toFixed(3).padStart(8)}  ${m.naiveSeconds.toFixed(3).padStart(8)}  ${m.speedup.toFixed(1).padStart(6)}×`,
    );
  }
  console.log(`rss: ${result.rssMiB} MiB`);
}
