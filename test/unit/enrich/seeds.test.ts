import { describe, expect, it } from 'vitest';
import { seedInput } from '../../../scripts/seed-input';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { enrichmentSchema } from '../../../shared/posting/posting';

const codes = (e: ReturnType<typeof enrichPosting>) => e.requiredLanguages.map((l) => l.code).sort();

describe('enrichPosting on the five founding documents', () => {
  it('reads 000 as a remote-within-Portugal job needing Norwegian (C1, the lowest level accepted) and English', () => {
    const e = enrichPosting(seedInput('000_1749e7e31bab95be.txt'));
    expect(enrichmentSchema.parse(e)).toEqual({
      isPosting: true,
      adLanguage: 'en',
      impliedLanguage: null,
      requiredLanguages: [
        { code: 'no', level: 'C1' },
        { code: 'en', level: 'good' },
      ],
      requiredOneOf: [],
      optionalLanguages: [],
      countries: ['PT'],
      cities: [],
      remote: 'remote',
      remoteRegion: 'PT',
      deadline: null,
      evidence: expect.any(Array),
    });
  });

  it('reads 001 (Markdown with front matter) as remote for EU residents needing Portuguese and English', () => {
    const e = enrichPosting(seedInput('001_d53701c465218936.txt'));
    expect(e.isPosting).toBe(true);
    expect(e.adLanguage).toBe('en');
    expect(codes(e)).toEqual(['en', 'pt']);
    expect(e.requiredOneOf).toEqual([]);
    // "Multi-lingual capability is a big plus" names no language.
    expect(e.optionalLanguages).toEqual([]);
    expect(e.countries).toEqual([]);
    expect(e.cities).toEqual([]);
    expect(e.remote).toBe('remote');
    expect(e.remoteRegion).toBe('EU');
    expect(e.deadline).toBeNull();
  });

  it('reads 002 as a Danish ad for an onsite job in Tallinn needing Danish and English, with its deadline', () => {
    const e = enrichPosting(seedInput('002_e26d09193e706b28.txt'));
    expect(e).toMatchObject({ isPosting: true, adLanguage: 'da', countries: ['EE'], cities: ['Tallinn'] });
    expect(codes(e)).toEqual(['da', 'en']);
    expect(e.optionalLanguages).toEqual([]);
    expect(e.remote).toBe('onsite');
    expect(e.remoteRegion).toBeNull();
    expect(e.deadline).toBe('2018-03-31');
  });

  it('reads 003 as an onsite Porto job needing Dutch (C1) and English, not Portuguese', () => {
    const e = enrichPosting(seedInput('003_2eab9346ffdadcc4.txt'));
    expect(enrichmentSchema.parse(e)).toEqual({
      isPosting: true,
      adLanguage: 'en',
      impliedLanguage: null,
      requiredLanguages: [
        { code: 'nl', level: 'C1' },
        { code: 'en', level: 'good' },
      ],
      requiredOneOf: [],
      optionalLanguages: [],
      countries: ['PT'],
      cities: ['Porto'],
      remote: 'onsite',
      remoteRegion: null,
      deadline: null,
      evidence: expect.any(Array),
    });
  });

  it('recognises 004, a Norwegian article, as not a posting and reads nothing else from it', () => {
    expect(enrichPosting(seedInput('004_0fc16f87b38e3819.txt'))).toEqual({
      isPosting: false,
      adLanguage: 'no',
      impliedLanguage: null,
      requiredLanguages: [],
      requiredOneOf: [],
      optionalLanguages: [],
      countries: [],
      cities: [],
      remote: 'unknown',
      remoteRegion: null,
      deadline: null,
      // Why it is not a posting: its byline.
      evidence: [
        {
          field: 'isPosting',
          value: 'false',
          quote: 'Last Updated on april 10, 2025 by Job Squad',
          rule: 'an article',
        },
        expect.objectContaining({ field: 'adLanguage', value: 'no' }),
      ],
    });
  });
});
