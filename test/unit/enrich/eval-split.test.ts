import { describe, expect, it } from 'vitest';
import { readLabelled, sourceGroup } from '../../../scripts/eval/labelled';
import { labelsAsEnrichment, routeTo, routingF1, subscriberGrid } from '../../../scripts/eval/routing';

const items = readLabelled();

describe('the development / locked split of the labelled postings', () => {
  it('never puts one source group in both parts', () => {
    const parts = new Map<string, Set<string>>();
    for (const i of items) parts.set(i.group, (parts.get(i.group) ?? new Set()).add(i.part));
    expect([...parts].filter(([, p]) => p.size > 1).map(([g]) => g)).toEqual([]);
  });

  it('locks about 30 % of the labelled real postings, and none of the seeds or our own cases', () => {
    const real = items.filter((i) => i.set === 'labelled' || i.set === 'labelled-2');
    const locked = real.filter((i) => i.part === 'locked').length;
    expect(locked / real.length).toBeGreaterThan(0.25);
    expect(locked / real.length).toBeLessThan(0.35);
    expect(items.filter((i) => (i.set === 'seeds' || i.set === 'own') && i.part === 'locked')).toEqual([]);
  });

  it('groups sources by repository or web host', () => {
    expect(sourceGroup('github:a/b@123 path/x.md (job 1)')).toBe('github:a/b');
    expect(sourceGroup('https://github.com/a/b/issues/7')).toBe('github:a/b');
    expect(sourceGroup('https://www.Example.org/jobs/1')).toBe('example.org');
  });
});

describe('alert routing', () => {
  const grid = subscriberGrid(['no', 'en', 'da'], ['PT', 'DK']);
  const doc = { title: 'Support', text: '' };
  const labels = {
    required_languages: ['no', 'en'],
    countries: ['PT'],
    remote: 'remote',
    remote_region: 'PT',
  };
  const want = routeTo(doc, labelsAsEnrichment(labels), grid);

  it('reaches the speakers of a required language in the job country or anywhere remote, and no one else', () => {
    expect([...want].sort()).toEqual([
      'en PT',
      'en PT+remote',
      'en remote',
      'no PT',
      'no PT+remote',
      'no remote',
      'no+en PT',
      'no+en PT+remote',
      'no+en remote',
    ]);
  });

  it('scores a missed language as a partial route, and an article that got through as none', () => {
    const missedNorwegian = routeTo(doc, labelsAsEnrichment({ ...labels, required_languages: ['en'] }), grid);
    expect(routingF1(want, missedNorwegian)).toBeGreaterThan(0);
    expect(routingF1(want, missedNorwegian)).toBeLessThan(1);
    const article = routeTo(doc, labelsAsEnrichment({ ...labels, is_posting: false }), grid);
    expect(article.size).toBe(0);
    expect(routingF1(article, want)).toBe(0);
    expect(routingF1(new Set(), new Set())).toBe(1);
  });
});
