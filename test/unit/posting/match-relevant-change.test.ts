import { describe, expect, it } from 'vitest';
import { changeMattersForMatching, needsMatching } from '../../../shared/posting/match-relevant-change';
import { type Enrichment, type Posting, unknownEnrichment } from '../../../shared/posting/posting';

const enrichment: Enrichment = {
  ...unknownEnrichment(true, 'en'),
  requiredLanguages: [{ code: 'de', level: 'fluent' }],
  countries: ['PT'],
  cities: ['Lisbon'],
  remote: 'onsite',
};

const stored: Posting = {
  sourceId: 'acme',
  externalId: '1',
  title: 'Support agent',
  text: 'Fluent German required, in Lisbon.',
  id: 'p1',
  fingerprint: 'f1',
  enrichment,
  status: 'open',
  firstSeenAt: '2030-01-01T00:00:00.000Z',
  lastSeenAt: '2030-01-01T00:00:00.000Z',
};

const withEnrichment = (patch: Partial<Enrichment>): Posting => ({
  ...stored,
  text: 'Reworded.',
  enrichment: { ...enrichment, ...patch },
});

describe('a change that matters for matching', () => {
  it('is not a change of wording alone', () => {
    expect(changeMattersForMatching(stored, withEnrichment({}))).toBe(false);
  });

  it('is not a reworded requirement that still asks the same', () => {
    const quoted = (quote: string) => [
      { field: 'requiredLanguages' as const, value: 'de', quote, rule: 'requirement cue' },
    ];
    const before = { ...stored, enrichment: { ...enrichment, evidence: quoted('Fluent German required') } };
    expect(changeMattersForMatching(before, withEnrichment({ evidence: quoted('You speak fluent German') }))).toBe(
      false,
    );
  });

  it.each<[string, Partial<Enrichment>]>([
    ['the required language', { requiredLanguages: [{ code: 'no', level: 'fluent' }] }],
    ['the level of a required language', { requiredLanguages: [{ code: 'de', level: 'B1' }] }],
    ['the optional languages', { optionalLanguages: ['en'] }],
    ['the countries', { countries: ['ES'] }],
    ['the cities', { cities: ['Porto'] }],
    ['the remote policy', { remote: 'remote' }],
    ['the remote region', { remote: 'remote', remoteRegion: 'EU' }],
  ])('is a change of %s', (_what, patch) => {
    expect(changeMattersForMatching(stored, withEnrichment(patch))).toBe(true);
  });

  it('sends to matching a posting never stored, or closed and listed again, but not one merely seen again', () => {
    expect(needsMatching(undefined, stored)).toBe(true);
    expect(needsMatching({ ...stored, status: 'closed' }, stored)).toBe(true);
    expect(needsMatching(stored, withEnrichment({}))).toBe(false);
  });
});
