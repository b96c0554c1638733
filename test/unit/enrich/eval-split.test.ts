import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LabelledItem, readHarvest, readLabelled, sourceGroup } from '../../../scripts/eval/labelled';
import {
  awaitingDetail,
  PAYLOAD_LABELS,
  payloadGroup,
  payloadRecordSchema,
  readPayloadLabelled,
  readPayloadRecords,
  waitingRecords,
} from '../../../scripts/eval/payload-labelled';
import { labelsAsEnrichment, routeTo, routingF1, subscriberGrid } from '../../../scripts/eval/routing';

const items = readLabelled();
const lockedGroups = new Set(
  (
    JSON.parse(readFileSync(new URL('../../fixtures/extraction/locked-sources.json', import.meta.url), 'utf8')) as {
      locked: string[];
    }
  ).locked,
);

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

describe('the payloads set: labelled postings of recorded source payloads, read through our adapters', () => {
  const records = readPayloadRecords();
  let payloads: LabelledItem[];
  beforeAll(async () => {
    payloads = await readPayloadLabelled(records);
  }, 60_000);

  it('reads every labelled posting through its real adapter from a loopback server', () => {
    const waiting = new Set([...waitingRecords(records), ...awaitingDetail]);
    expect(payloads.map((p) => p.id)).toEqual(records.filter((r) => !waiting.has(r)).map((r) => r.id));
    // Only list entries whose job page or detail was never recorded may wait, and only a few.
    expect(awaitingDetail.every((r) => ['jobvite', 'successfactors', 'arbeitsagentur'].includes(r.type))).toBe(true);
    expect(awaitingDetail.length).toBeLessThanOrEqual(10);
    expect(payloads.length).toBeGreaterThanOrEqual(40);
    const greenhouse = payloads.find((p) => p.id === 'p-greenhouse-1');
    expect(greenhouse?.input).toMatchObject({
      title: 'Account Manager - Dutch speaking',
      locationText: 'London, England',
    });
    expect(greenhouse?.input.text.length).toBeGreaterThan(100);
  });

  it('spreads over many payloads and sources, at most five postings from one payload', () => {
    const perPayload = new Map<string, number>();
    for (const r of records) perPayload.set(r.payload, (perPayload.get(r.payload) ?? 0) + 1);
    expect(Math.max(...perPayload.values())).toBeLessThanOrEqual(5);
    expect(perPayload.size).toBeGreaterThanOrEqual(15);
    expect(new Set(records.map((r) => r.type)).size).toBeGreaterThanOrEqual(15);
  });

  it('groups each posting by the repository its payload came from, none of them locked, all development', () => {
    expect(payloadGroup('greenhouse/algolia-dutch-speaking-london-paris.json')).toBe('github:AJ-Protzel/apply-engine');
    for (const p of payloads) {
      expect(p.group).toMatch(/^github:[\w.-]+\/[\w.-]+$/);
      expect(lockedGroups.has(p.group)).toBe(false);
      expect(p.part).toBe('development');
    }
    const parts = new Map<string, Set<string>>();
    for (const i of [...items, ...payloads]) parts.set(i.group, (parts.get(i.group) ?? new Set()).add(i.part));
    expect([...parts].filter(([, p]) => p.size > 1).map(([g]) => g)).toEqual([]);
  });

  it('holds labels only: a record that carries the ad text, or misses a field, is refused', () => {
    const [first] = readFileSync(PAYLOAD_LABELS, 'utf8').split('\n');
    const record = JSON.parse(first ?? '{}') as Record<string, unknown>;
    expect(payloadRecordSchema.safeParse(record).success).toBe(true);
    expect(payloadRecordSchema.safeParse({ ...record, text: 'the ad' }).success).toBe(false);
    expect(payloadRecordSchema.safeParse({ ...record, externalId: undefined }).success).toBe(false);
  });

  it('refuses a record of a source type that has no adapter and is not awaited', () => {
    const [record] = records;
    if (!record) throw new Error('no payload records');
    expect(() => waitingRecords([{ ...record, id: 'p-typo', type: 'greenhous' }])).toThrow(
      /^p-typo: no source type "greenhous" \(known: .*greenhouse/,
    );
  });

  it('names the record, the payload and what the adapter read when a posting is not there', async () => {
    const [record] = records;
    if (!record) throw new Error('no payload records');
    await expect(readPayloadLabelled([{ ...record, id: 'p-missing', externalId: 'no-such-posting' }])).rejects.toThrow(
      /p-missing: the \w+ adapter read no posting "no-such-posting" from [\w/.-]+ \(it read /,
    );
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

describe('the harvest set: real postings gathered after the split, development material', () => {
  const doc = (id: string, source: string) =>
    JSON.stringify({
      id,
      title: 'Support agent',
      text: 'Support agent in Lisbon.',
      source,
      labels: { countries: ['PT'] },
    });
  const dirWith = (...lines: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'harvest-'));
    writeFileSync(join(dir, 'harvest-test.jsonl'), `${lines.join('\n')}\n`);
    return dir;
  };

  it('reads harvest-*.jsonl as development documents grouped by source', () => {
    const [item] = readHarvest(dirWith(doc('h-1', 'github:someone/new-repo@abc jobs/1.md')));
    expect(item).toMatchObject({ id: 'h-1', set: 'harvest', group: 'github:someone/new-repo', part: 'development' });
  });

  it('refuses a document from a locked source group, or from one the shared labelled files hold', () => {
    const locked = [...lockedGroups][0] ?? '';
    const lockedSource = locked.startsWith('github:') ? `${locked}@abc x.md` : `https://${locked}/job/1`;
    expect(() => readHarvest(dirWith(doc('h-1', lockedSource)))).toThrow(/source group the shared labelled files/);
    const shared = items.find((i) => i.set === 'labelled-2' && i.part === 'development')?.group ?? '';
    const sharedSource = shared.startsWith('github:') ? `${shared}@abc x.md` : `https://${shared}/job/1`;
    expect(() => readHarvest(dirWith(doc('h-1', sharedSource)))).toThrow(/source group the shared labelled files/);
  });

  it('reads harvest2-*.jsonl as the harvest-2 set, refusing a source group the first harvest holds', () => {
    const dir = dirWith(doc('h-1', 'github:someone/new-repo@abc jobs/1.md'));
    writeFileSync(join(dir, 'harvest2-test.jsonl'), `${doc('h2-1', 'https://jobs.example.org/2')}\n`);
    expect(readHarvest(dir).map((i) => [i.id, i.set])).toEqual([
      ['h-1', 'harvest'],
      ['h2-1', 'harvest-2'],
    ]);
    writeFileSync(join(dir, 'harvest2-test.jsonl'), `${doc('h2-1', 'github:someone/new-repo@def jobs/2.md')}\n`);
    expect(() => readHarvest(dir)).toThrow(
      /h2-1 comes from github:someone\/new-repo, a source group the harvest set holds/,
    );
  });

  it('reads harvest3-*.jsonl as the harvest-3 set, refusing a source group either earlier round holds', () => {
    const dir = dirWith(doc('h-1', 'github:someone/new-repo@abc jobs/1.md'));
    writeFileSync(join(dir, 'harvest2-test.jsonl'), `${doc('h2-1', 'https://jobs.example.org/2')}\n`);
    writeFileSync(join(dir, 'harvest3-test.jsonl'), `${doc('h3-1', 'https://careers.example.net/3')}\n`);
    expect(readHarvest(dir).map((i) => [i.id, i.set])).toEqual([
      ['h-1', 'harvest'],
      ['h2-1', 'harvest-2'],
      ['h3-1', 'harvest-3'],
    ]);
    writeFileSync(join(dir, 'harvest3-test.jsonl'), `${doc('h3-1', 'https://jobs.example.org/9')}\n`);
    expect(() => readHarvest(dir)).toThrow(
      /harvest-3 document h3-1 comes from jobs.example.org, a source group the harvest-2 set/,
    );
  });

  it('refuses an id used twice', () => {
    expect(() =>
      readHarvest(dirWith(doc('h-1', 'https://a.example.org/1'), doc('h-1', 'https://b.example.org/2'))),
    ).toThrow(/h-1 is used twice/);
  });
});
