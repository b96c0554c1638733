import { describe, expect, it } from 'vitest';
import { toIsoTimestamp } from '../../../shared/adapters/sources/to-iso-timestamp';

describe('a posting date read from what sources write', () => {
  it('reads epoch time written as text: ten digits as seconds, thirteen as milliseconds', () => {
    expect(toIsoTimestamp('1790412915')).toBe('2026-09-26T08:55:15.000Z');
    expect(toIsoTimestamp('1790412915000')).toBe('2026-09-26T08:55:15.000Z');
    expect(toIsoTimestamp(1790412915000)).toBe('2026-09-26T08:55:15.000Z');
  });

  it('reads the date-times the harvested payloads use', () => {
    expect(toIsoTimestamp('2026-09-18 12:55:59 UTC')).toBe('2026-09-18T12:55:59.000Z');
    expect(toIsoTimestamp('2026-08-15T08:00:00+0200')).toBe('2026-08-15T06:00:00.000Z');
    expect(toIsoTimestamp('2026-09-21T12:55:11')).toBe('2026-09-21T12:55:11.000Z');
    expect(toIsoTimestamp('Sun, 29 Dec 2019 11:02:25 UTC')).toBe('2019-12-29T11:02:25.000Z');
  });

  it('leaves out what names no day: a relative age, an ambiguous day and month, no year', () => {
    for (const text of ['Posted 30+ Days Ago', '04/09/2026', 'Monday 2 November', '']) {
      expect(toIsoTimestamp(text)).toBeUndefined();
    }
  });
});
