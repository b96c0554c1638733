import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enrichPosting } from '../shared/enrich/enrich-posting';

/** One labelled real posting (../shared/fixtures/extraction/labelled.jsonl). */
export interface LabelledPosting {
  id: string;
  title: string;
  text: string;
  company?: string;
  source?: string;
}

/** Real postings from the labelled set when ../shared is there, else one made-up posting. */
export function labelledPostings(): LabelledPosting[] {
  try {
    const file = fileURLToPath(new URL('../../shared/fixtures/extraction/labelled.jsonl', import.meta.url));
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as LabelledPosting);
  } catch {
    return [
      {
        id: 'made-up',
        title: 'Norwegian-speaking support',
        text: 'Fluent Norwegian and good English. Remote within Portugal.',
      },
    ];
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Seconds `fn` takes, the median of `runs` runs. */
export function time(fn: () => unknown, runs = 5): number {
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    seconds.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return median(seconds);
}

/** Enrichment throughput on real postings: median of 5 runs over `count` of them. */
export function benchEnrich(options: { count: number }): {
  postingsPerSecond: number;
  postings: number;
  averageBytes: number;
} {
  const docs = labelledPostings();
  const batch = Array.from({ length: options.count }, (_, i) => docs[i % docs.length] as LabelledPosting);
  const averageBytes = batch.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / batch.length;
  for (const d of batch.slice(0, 200)) enrichPosting(d); // warm up
  const seconds = time(() => {
    for (const d of batch) enrichPosting(d);
  });
  return {
    postingsPerSecond: Math.round(batch.length / seconds),
    postings: batch.length,
    averageBytes: Math.round(averageBytes),
  };
}
