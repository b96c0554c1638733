import { describe, expect, it } from 'vitest';
import { SubscriptionIndex } from '../../../shared/match/subscription-index';
import { unknownEnrichment } from '../../../shared/posting/posting';
import { type Criteria, criteriaSchema, type Subscriber } from '../../../shared/subscriber/subscriber';

const NOW = new Date('2026-11-23T10:00:00Z');
const sub = (id: string, c: Partial<Criteria>, over: Partial<Subscriber> = {}): Subscriber => ({
  id,
  email: `${id}@example.com`,
  status: 'active',
  criteria: criteriaSchema.parse({ languages: ['pt'], ...c }),
  frequency: 'daily',
  hour: 8,
  timeZone: 'UTC',
  locale: 'en',
  createdAt: NOW.toISOString(),
  ...over,
});
const euRemote = {
  title: 'Suporte ao cliente',
  text: '',
  enrichment: {
    ...unknownEnrichment(true, 'pt'),
    requiredLanguages: [{ code: 'pt', level: null }],
    remote: 'remote' as const,
    remoteRegion: 'EU' as const,
  },
};
const ids = (index: SubscriptionIndex) =>
  index
    .match(euRemote, NOW)
    .map((m) => m.subscriber.id)
    .sort();

describe('SubscriptionIndex', () => {
  it('reaches a Portuguese subscriber in Portugal who accepts remote with a remote job within the EU, and says why', () => {
    const index = new SubscriptionIndex([
      sub('ana', { countries: ['PT'], remote: true }),
      sub('bo', { countries: ['NO'], remote: true }),
    ]);
    expect(index.match(euRemote, NOW)).toEqual([
      {
        subscriber: { id: 'ana', frequency: 'daily' },
        reason: { languages: ['pt'], impliedLanguage: null, countries: [], remoteRegion: 'EU', keywords: [] },
      },
    ]);
  });

  it('adds, updates and removes subscriptions in place', () => {
    const index = new SubscriptionIndex([sub('ana', { countries: ['PT'], remote: true })]);
    index.upsert(sub('rui', { countries: [], remote: true }));
    expect(ids(index)).toEqual(['ana', 'rui']);

    index.upsert(sub('ana', { countries: ['PT'], remote: false })); // no longer accepts remote
    expect(ids(index)).toEqual(['rui']);

    index.upsert(sub('rui', { countries: [], remote: true }, { frequency: 'instant' }));
    expect(index.match(euRemote, NOW).map((m) => m.subscriber.frequency)).toEqual(['instant']);

    index.upsert(sub('rui', { countries: [], remote: true }, { status: 'paused' }));
    expect(ids(index)).toEqual([]);
    expect(index.remove('ana')).toBe(true);
    expect(index.remove('ana')).toBe(false);
    expect(index.size).toBe(0);
    expect(index.coreCount).toBe(0);
  });

  it('files subscribers with the same criteria once and still reports each of them', () => {
    const index = new SubscriptionIndex(['a', 'b', 'c'].map((id) => sub(id, { countries: ['PT'], remote: true })));
    expect(index.coreCount).toBe(1);
    expect(ids(index)).toEqual(['a', 'b', 'c']);
  });
});
