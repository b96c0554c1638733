import { describe, expect, it } from 'vitest';
import { candidateUtcHours, dueDigestId, type Schedule } from '../../../shared/digest/digest-schedule';

const zones = ['Europe/Lisbon', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'];
const hourMs = 3_600_000;
const ticks2026 = Array.from({ length: 365 * 24 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * hourMs));
// The hours DST moves through (00–03) and two ordinary ones: every hour would only be slower.
const hoursToCheck = [0, 1, 2, 3, 8, 23];
const daily = (timeZone: string, hour: number): Schedule => ({ frequency: 'daily', hour, timeZone });

describe('the due-hour index keys', () => {
  it('gives both the standard- and the daylight-time UTC hour where the zone has DST', () => {
    expect(candidateUtcHours(daily('Europe/Lisbon', 8), new Date('2026-03-01'))).toEqual([7, 8]);
    expect(candidateUtcHours(daily('America/New_York', 8), new Date('2026-03-01'))).toEqual([12, 13]);
    expect(candidateUtcHours(daily('Australia/Sydney', 8), new Date('2026-03-01'))).toEqual([21, 22]);
  });

  it('gives hour 8 in Kolkata (UTC+05:30) as 03:00 UTC, the tick at 08:30 local', () => {
    expect(candidateUtcHours(daily('Asia/Kolkata', 8), new Date('2026-03-01'))).toEqual([3]);
    expect(dueDigestId(daily('Asia/Kolkata', 8), new Date('2026-03-02T03:00:00Z'))).toBe('daily-2026-03-02');
    expect(dueDigestId(daily('Asia/Kolkata', 8), new Date('2026-03-02T02:00:00Z'))).toBeNull();
  });

  it('indexes instant subscribers nowhere: the match step sends theirs', () => {
    expect(candidateUtcHours({ frequency: 'instant', hour: 8, timeZone: 'UTC' }, new Date())).toEqual([]);
  });

  // Exhaustive over every hourly tick of 2026, across each zone's DST changes: the planner reads
  // only the tick's index partition, so a due tick outside it would be a lost digest.
  it.each(zones)('in %s, every tick at which a digest is due is one of its indexed UTC hours', (timeZone) => {
    for (const hour of hoursToCheck) {
      const s = daily(timeZone, hour);
      const indexed = new Set(candidateUtcHours(s, new Date('2026-06-01')));
      const due = ticks2026.filter((t) => dueDigestId(s, t) !== null);
      expect(due.filter((t) => !indexed.has(t.getUTCHours()))).toEqual([]);
    }
  });

  it.each(zones)(
    'in %s, a daily subscriber at any hour is due on every local day of 2026, once per day',
    (timeZone) => {
      for (const hour of hoursToCheck) {
        const ids = ticks2026.flatMap((t) => dueDigestId(daily(timeZone, hour), t) ?? []);
        const days = new Set(ids);
        // A DST fold repeats an hour: two ticks, one digest id (the sender sends it once).
        expect(ids.length - days.size).toBeLessThanOrEqual(1);
        // 2026 in UTC ticks covers 364 to 366 local days depending on the offset's sign.
        expect(days.size).toBeGreaterThanOrEqual(364);
        const sorted = [...days].sort();
        for (let i = 1; i < sorted.length; i++) {
          const gap = Date.parse(sorted[i]!.slice(6)) - Date.parse(sorted[i - 1]!.slice(6));
          expect(gap, `${timeZone} ${hour}h: ${sorted[i - 1]} → ${sorted[i]}`).toBe(86_400_000);
        }
      }
    },
  );

  it('on the spring-forward day in New York, the 02:00 subscriber gets the digest at 03:00 EDT', () => {
    const s = daily('America/New_York', 2);
    // 2026-03-08: 02:00 EST jumps to 03:00 EDT at 07:00 UTC.
    expect(dueDigestId(s, new Date('2026-03-08T07:00:00Z'))).toBe('daily-2026-03-08');
    expect(dueDigestId(s, new Date('2026-03-08T06:00:00Z'))).toBeNull();
  });

  it('on the fall-back day in Lisbon, the repeated 01:00 plans one digest id twice', () => {
    const s = daily('Europe/Lisbon', 1);
    // 2026-10-25: 02:00 WEST falls back to 01:00 WET; 01:xx local is both 00:xx and 01:xx UTC.
    expect(dueDigestId(s, new Date('2026-10-25T00:00:00Z'))).toBe('daily-2026-10-25');
    expect(dueDigestId(s, new Date('2026-10-25T01:00:00Z'))).toBe('daily-2026-10-25');
  });

  it('sends weekly digests on the local Monday in Sydney, a UTC Sunday', () => {
    const s: Schedule = { frequency: 'weekly', hour: 8, timeZone: 'Australia/Sydney' };
    expect(dueDigestId(s, new Date('2026-11-22T21:00:00Z'))).toBe('weekly-2026-11-23'); // AEDT, UTC+11
    expect(dueDigestId(s, new Date('2026-11-23T21:00:00Z'))).toBeNull();
  });
});
