import { describe, expect, it } from 'vitest';
import { type Posting, unknownEnrichment } from '../../../shared/posting/posting';
import { postingChanged } from '../../../shared/posting/posting-changed';

const stored: Posting = {
  sourceId: 'acme',
  externalId: '1',
  title: 'Dutch billing specialist',
  text: 'Dutch billing in Porto.',
  url: 'https://example.com/jobs/1',
  id: 'p1',
  fingerprint: 'f1',
  enrichment: unknownEnrichment(true),
  status: 'open',
  firstSeenAt: '2030-01-01T00:00:00.000Z',
  lastSeenAt: '2030-01-01T00:00:00.000Z',
};

describe('posting changed', () => {
  it('is not changed when only our bookkeeping differs', () => {
    expect(
      postingChanged(stored, {
        ...stored,
        firstSeenAt: '2030-02-01T00:00:00.000Z',
        lastSeenAt: '2030-02-01T00:00:00.000Z',
      }),
    ).toBe(false);
  });

  it.each([
    ['title', { title: 'Dutch billing lead' }],
    ['text', { text: 'Dutch billing in Lisbon.' }],
    ['place', { locationText: 'Porto' }],
    ['link', { url: 'https://example.com/jobs/1b' }],
  ])('is changed when the %s changes', (_what, patch) => {
    expect(postingChanged(stored, { ...stored, ...patch })).toBe(true);
  });
});
