import { describe, expect, it } from 'vitest';
import { sourceConfigSchema } from '../../../shared/adapters/sources/registry';

describe('the EURES source config', () => {
  function issues(config: unknown) {
    const result = sourceConfigSchema.safeParse(config);
    if (result.success) throw new Error('expected the config to be refused');
    return result.error.issues.map((i) => [i.path, i.message]);
  }

  it('is accepted by the registry in its short form, one keyword', () => {
    const config = { id: 'de-dev', type: 'eures', keywords: 'entwickler' };
    expect(sourceConfigSchema.parse(config)).toEqual(config);
  });

  it('takes every option', () => {
    const config = {
      id: 'pt',
      type: 'eures',
      keywords: ['support'],
      countries: ['PT'],
      locationCodes: ['PT17'],
      requiredLanguages: ['de(B2)'],
      sort: 'BEST_MATCH',
      maxPages: 20,
      url: 'https://mirror.example.com/search',
    };
    expect(sourceConfigSchema.parse(config)).toEqual(config);
  });

  it('refuses a search without keywords or a place', () => {
    expect(issues({ id: 'all', type: 'eures' })).toEqual([
      [['keywords'], expect.stringMatching(/^a search needs keywords, countries or locationCodes/)],
    ]);
  });

  it('names each bad field', () => {
    const base = { id: 'x', type: 'eures', keywords: 'a' };
    expect(issues({ ...base, countries: ['DEU'] })[0]?.[0]).toEqual(['countries', 0]);
    expect(issues({ ...base, locationCodes: ['DE 21'] })[0]?.[0]).toEqual(['locationCodes', 0]);
    expect(issues({ ...base, requiredLanguages: ['German'] })[0]?.[0]).toEqual(['requiredLanguages', 0]);
    expect(issues({ ...base, keywords: ' ' })[0]?.[0]).toEqual(['keywords']);
    expect(issues({ ...base, maxPages: 0 })).toEqual([[['maxPages'], 'must be at least 1']]);
    expect(issues({ ...base, maxPages: 101 })).toEqual([[['maxPages'], 'must be at most 100']]);
    expect(issues({ ...base, sort: 'NEWEST' })).toEqual([[['sort'], 'must be "MOST_RECENT" or "BEST_MATCH"']]);
    expect(issues({ ...base, resultsPerPage: 100 })[0]?.[1]).toMatch(/resultsPerPage/);
  });
});
