import { describe, expect, it } from 'vitest';
import { dueDigestId } from '../../../shared/digest/digest-schedule';
import type { Subscriber } from '../../../shared/subscriber/subscriber';

const subscriber = (over: Partial<Subscriber>): Subscriber => ({
  id: 's1',
  email: 's1@example.com',
  status: 'active',
  criteria: { languages: ['no'], countries: ['PT'], remote: false, keywords: [] },
  frequency: 'daily',
  hour: 8,
  timeZone: 'Europe/Lisbon',
  locale: 'en',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('dueDigestId', () => {
  it('is due at the local hour in winter and in summer (DST)', () => {
    const s = subscriber({});
    expect(dueDigestId(s, new Date('2026-01-15T08:00:00Z'))).toBe('daily-2026-01-15'); // WET = UTC
    expect(dueDigestId(s, new Date('2026-07-15T07:00:00Z'))).toBe('daily-2026-07-15'); // WEST = UTC+1
    expect(dueDigestId(s, new Date('2026-07-15T08:00:00Z'))).toBeNull();
  });

  it('uses the local date, not the UTC one', () => {
    const tokyo = subscriber({ timeZone: 'Asia/Tokyo', hour: 7 });
    expect(dueDigestId(tokyo, new Date('2026-03-01T22:00:00Z'))).toBe('daily-2026-03-02');
  });

  it('sends weekly digests on Mondays only', () => {
    const s = subscriber({ frequency: 'weekly', timeZone: 'UTC' });
    expect(dueDigestId(s, new Date('2026-11-23T08:00:00Z'))).toBe('weekly-2026-11-23'); // a Monday
    expect(dueDigestId(s, new Date('2026-11-24T08:00:00Z'))).toBeNull();
  });

  it('leaves instant subscribers to the match step', () => {
    expect(dueDigestId(subscriber({ frequency: 'instant' }), new Date('2026-01-15T08:00:00Z'))).toBeNull();
  });
});
