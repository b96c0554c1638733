import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EnrichInput, enrichPosting } from '../../../shared/enrich/enrich-posting';

interface Labelled {
  id: string;
  title: string;
  text: string;
  labels: {
    required_languages: string[];
    countries: string[];
    remote: string;
    is_posting?: boolean;
  };
}

const file = new URL('../../../../shared/fixtures/extraction/labelled.jsonl', import.meta.url);
const own = new URL('../../fixtures/extraction/own.jsonl', import.meta.url);
const items: Labelled[] = [readFileSync(file, 'utf8'), readFileSync(own, 'utf8')]
  .join('\n')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Labelled);
const results = items.map((item) => ({
  item,
  got: enrichPosting({ title: item.title, text: item.text } satisfies EnrichInput),
}));
const postings = results.filter((r) => r.item.labels.is_posting !== false);
const share = (n: number, of: number) => n / of;

// Floors are what this rule set reaches today (see the report); raise them as rules improve, never tune to one item.
describe('enrichment scored against the labelled real postings and our own hard cases', () => {
  it('finds required languages with micro-F1 of at least 0.95', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { item, got } of results) {
      const want = new Set(item.labels.required_languages);
      const found = new Set(got.requiredLanguages.map((l) => l.code));
      for (const code of found) want.has(code) ? tp++ : fp++;
      for (const code of want) if (!found.has(code)) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.95);
  });

  it('tells postings from articles and company pages at least 98 % of the time', () => {
    const right = results.filter(({ item, got }) => got.isPosting === (item.labels.is_posting !== false)).length;
    expect(share(right, results.length)).toBeGreaterThanOrEqual(0.98);
  });

  it('names exactly the labelled countries for at least 93 % of postings', () => {
    const same = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();
    const right = postings.filter(({ item, got }) => same(got.countries, item.labels.countries)).length;
    expect(share(right, postings.length)).toBeGreaterThanOrEqual(0.93);
  });

  it('gets the work model right for at least 80 % of postings', () => {
    const right = postings.filter(({ item, got }) => got.remote === item.labels.remote).length;
    expect(share(right, postings.length)).toBeGreaterThanOrEqual(0.8);
  });
});
