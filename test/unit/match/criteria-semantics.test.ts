import { describe, expect, it } from 'vitest';
import { matchPosting } from '../../../shared/match/match-posting';
import { SubscriptionIndex } from '../../../shared/match/subscription-index';
import { type Enrichment, unknownEnrichment } from '../../../shared/posting/posting';
import { type Criteria, criteriaSchema, type Subscriber } from '../../../shared/subscriber/subscriber';

const NOW = new Date('2026-11-23T10:00:00Z');
const posting = (over: Partial<Enrichment>) => ({
  title: 'Customer support',
  text: '',
  enrichment: { ...unknownEnrichment(true, 'en'), countries: ['PT'], ...over },
});
const criteria = (c: Partial<Criteria>): Criteria => criteriaSchema.parse({ countries: ['PT'], ...c });

const danishWithEnglish = posting({
  requiredLanguages: [
    { code: 'da', level: 'native' },
    { code: 'en', level: 'good' },
  ],
});
const germanWithEnglish = posting({
  requiredLanguages: [
    { code: 'de', level: null },
    { code: 'en', level: null },
  ],
});
const englishOnly = posting({ requiredLanguages: [{ code: 'en', level: 'C1' }] });
const danishOrEnglish = posting({ requiredOneOf: [['da', 'en']] });

describe('English among the languages', () => {
  const dane = criteria({ languages: ['da', 'en'] });
  const english = criteria({ languages: ['en'] });

  it('serves a subscriber who lists Danish and English the Danish jobs, not every English one', () => {
    expect(matchPosting(dane, danishWithEnglish, NOW)?.languages).toEqual(['da', 'en']);
    expect(matchPosting(dane, germanWithEnglish, NOW)).toBeNull();
  });

  it('still serves them jobs that can be done in English alone', () => {
    expect(matchPosting(dane, englishOnly, NOW)?.languages).toEqual(['en']);
    expect(matchPosting(dane, danishOrEnglish, NOW)?.languages).toEqual(['da', 'en']);
  });

  it('serves a subscriber who lists English alone every job that asks English', () => {
    expect(matchPosting(english, germanWithEnglish, NOW)?.languages).toEqual(['en']);
    expect(matchPosting(english, englishOnly, NOW)?.languages).toEqual(['en']);
  });

  it('gives the index the same answers', () => {
    const sub = (id: string, c: Criteria): Subscriber => ({
      id,
      email: `${id}@example.com`,
      status: 'active',
      criteria: c,
      frequency: 'daily',
      hour: 8,
      timeZone: 'UTC',
      locale: 'en',
      createdAt: NOW.toISOString(),
    });
    const index = new SubscriptionIndex([sub('dane', dane), sub('english', english)]);
    const ids = (p: ReturnType<typeof posting>) =>
      index
        .match(p, NOW)
        .map((m) => m.subscriber.id)
        .sort();
    expect(ids(germanWithEnglish)).toEqual(['english']);
    expect(ids(danishWithEnglish)).toEqual(['dane', 'english']);
    expect(ids(englishOnly)).toEqual(['dane', 'english']);
  });
});

describe('minimum level', () => {
  it('keeps out postings that ask less than the level, and lets through those that state none', () => {
    const fluent = criteria({ languages: ['da'], minLevel: 'C1' });
    expect(matchPosting(fluent, danishWithEnglish, NOW)).not.toBeNull(); // native
    expect(matchPosting(fluent, posting({ requiredLanguages: [{ code: 'da', level: 'B1' }] }), NOW)).toBeNull();
    expect(matchPosting(fluent, posting({ requiredLanguages: [{ code: 'da', level: 'good' }] }), NOW)).toBeNull();
    expect(matchPosting(fluent, posting({ requiredLanguages: [{ code: 'da', level: 'fluent' }] }), NOW)).not.toBeNull();
    expect(matchPosting(fluent, posting({ requiredLanguages: [{ code: 'da', level: null }] }), NOW)).not.toBeNull();
  });

  it('is refused when it is not a level', () => {
    expect(criteriaSchema.safeParse({ languages: ['da'], minLevel: 'D1' }).success).toBe(false);
  });
});

describe("the ad's own language", () => {
  it('matches only ads written in one of the languages asked for, when any are asked for', () => {
    const c = criteria({ languages: ['da'], adLanguages: ['DA', 'en'] });
    expect(c.adLanguages).toEqual(['da', 'en']);
    expect(
      matchPosting(c, { ...danishWithEnglish, enrichment: { ...danishWithEnglish.enrichment, adLanguage: 'da' } }, NOW),
    ).not.toBeNull();
    expect(
      matchPosting(c, { ...danishWithEnglish, enrichment: { ...danishWithEnglish.enrichment, adLanguage: 'de' } }, NOW),
    ).toBeNull();
    expect(
      matchPosting(c, { ...danishWithEnglish, enrichment: { ...danishWithEnglish.enrichment, adLanguage: null } }, NOW),
    ).toBeNull();
    expect(matchPosting(criteria({ languages: ['da'], adLanguages: [] }), danishWithEnglish, NOW)).not.toBeNull();
  });
});
