import { describe, expect, it } from 'vitest';
import {
  type ArbeitsagenturCursor,
  MAX_KNOWN_ADS,
  nextCursor,
  planRead,
  type ReadOutcome,
  readCursor,
} from '../../../shared/adapters/sources/arbeitsagentur-cursor';

const at = (iso: string) => new Date(iso);
const cursor = (extra: Partial<ArbeitsagenturCursor> = {}): ArbeitsagenturCursor => ({
  v: 1,
  since: '2026-12-01T08:00:00.000Z',
  lastFull: '2026-12-01T08:00:00.000Z',
  known: { a: 's1', b: 's2' },
  ...extra,
});
const outcome = (extra: Partial<ReadOutcome> = {}): ReadOutcome => ({
  plan: { mode: 'full' },
  startedAt: at('2026-12-02T08:00:00Z'),
  complete: true,
  backlog: false,
  listed: new Set(),
  read: new Map(),
  gone: new Set(),
  ...extra,
});

describe('when the Jobsuche source reads the whole search', () => {
  it.each([
    ['no cursor', undefined, '2026-12-01T09:00:00Z', { mode: 'full' }],
    ['no whole read yet (a backlog)', cursor({ lastFull: undefined }), '2026-12-01T09:00:00Z', { mode: 'full' }],
    ['an hour on', cursor(), '2026-12-01T09:00:00Z', { mode: 'since', days: 1 }],
    ['a minute on', cursor(), '2026-12-01T08:01:00Z', { mode: 'since', days: 1 }],
    ['25 hours on', cursor(), '2026-12-02T09:00:00Z', { mode: 'since', days: 2 }],
    ['a week on', cursor(), '2026-12-08T08:00:00Z', { mode: 'full' }],
    [
      'the last read 101 days back',
      cursor({ lastFull: '2026-12-01T08:00:00.000Z', since: '2026-08-22T08:00:00.000Z' }),
      '2026-12-01T09:00:00Z',
      { mode: 'full' },
    ],
  ] as const)('%s', (_what, previous, now, plan) => {
    expect(planRead(previous, at(now), 7)).toEqual(plan);
  });

  it('reads a cursor it wrote, and none it did not', () => {
    expect(readCursor(JSON.stringify(cursor()))).toEqual(cursor());
    expect(readCursor('{"v":2}')).toBeUndefined();
    expect(readCursor('not json')).toBeUndefined();
    expect(readCursor(undefined)).toBeUndefined();
  });
});

describe('the cursor after a read', () => {
  it('forgets, after a whole read to the end, the ads no longer listed and those gone', () => {
    const next = readCursor(
      nextCursor(
        cursor(),
        outcome({ listed: new Set(['a', 'c']), read: new Map([['c', 's3']]), gone: new Set(['a']) }),
      ),
    );
    expect(next).toEqual({
      v: 1,
      since: '2026-12-02T08:00:00.000Z',
      lastFull: '2026-12-02T08:00:00.000Z',
      known: { c: 's3' },
    });
  });

  it('keeps every ad it knows after a read that did not reach the end or only read the latest', () => {
    for (const extra of [{ complete: false }, { plan: { mode: 'since', days: 1 } as const }]) {
      const next = readCursor(nextCursor(cursor(), outcome({ ...extra, listed: new Set(['a']) })));
      expect(next?.known).toEqual({ a: 's1', b: 's2' });
    }
    const since = readCursor(nextCursor(cursor(), outcome({ plan: { mode: 'since', days: 1 } })));
    expect(since?.lastFull).toBe('2026-12-01T08:00:00.000Z');
  });

  it('with ads still waiting, keeps the last read’s time and counts no whole read', () => {
    const next = readCursor(nextCursor(cursor({ lastFull: undefined }), outcome({ backlog: true })));
    expect(next).toMatchObject({ since: '2026-12-01T08:00:00.000Z' });
    expect(next?.lastFull).toBeUndefined();
  });

  it(`remembers at most ${MAX_KNOWN_ADS} ads, forgetting the longest-remembered first`, () => {
    const read = new Map(Array.from({ length: MAX_KNOWN_ADS + 5 }, (_, i) => [`ad-${i}`, 's'] as [string, string]));
    const next = readCursor(nextCursor(cursor(), outcome({ complete: false, read })));
    const known = Object.keys(next?.known ?? {});
    expect(known).toHaveLength(MAX_KNOWN_ADS);
    expect(known).not.toContain('a');
    expect(known).not.toContain('ad-4');
    expect(known[0]).toBe('ad-5');
    expect(known.at(-1)).toBe(`ad-${MAX_KNOWN_ADS + 4}`);
  });
});
