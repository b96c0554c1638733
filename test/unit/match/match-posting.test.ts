import { describe, expect, it } from 'vitest';
import { containsWord, matchPosting } from '../../../shared/match/match-posting';
import { SubscriptionIndex } from '../../../shared/match/subscription-index';
import { type Enrichment, unknownEnrichment } from '../../../shared/posting/posting';
import { type Criteria, criteriaSchema, type Subscriber } from '../../../shared/subscriber/subscriber';

const NOW = new Date('2026-11-23T10:00:00Z');

const enrichment = (over: Partial<Enrichment>): Enrichment => ({ ...unknownEnrichment(true, 'en'), ...over });
const posting = (over: Partial<Enrichment>, title = 'Customer support agent', text = '') => ({
  title,
  text,
  enrichment: enrichment(over),
});
const criteria = (c: Partial<Criteria>): Criteria => criteriaSchema.parse({ languages: ['no'], ...c });

const norwegianRemotePortugal = posting({
  requiredLanguages: [
    { code: 'no', level: 'C1' },
    { code: 'en', level: 'good' },
  ],
  countries: ['PT'],
  remote: 'remote',
  remoteRegion: 'PT',
});

describe('matchPosting', () => {
  it('matches a Norwegian speaker who wants Portugal, and says why', () => {
    expect(matchPosting(criteria({ countries: ['PT'] }), norwegianRemotePortugal, NOW)).toEqual({
      languages: ['no'],
      impliedLanguage: null,
      countries: ['PT'],
      remoteRegion: null,
      keywords: [],
    });
  });

  it('does not match someone who speaks none of the required languages', () => {
    expect(matchPosting(criteria({ languages: ['da'], countries: ['PT'] }), norwegianRemotePortugal, NOW)).toBeNull();
  });

  it('matches a one-of group through any of its languages ("Nordic-speaking")', () => {
    const nordic = posting({ requiredOneOf: [['sv', 'no', 'da', 'fi']], countries: ['EE'] });
    expect(matchPosting(criteria({ languages: ['da'], countries: ['EE'] }), nordic, NOW)?.languages).toEqual(['da']);
  });

  it('matches a remote job open to the EU for a subscriber in Portugal who accepts remote', () => {
    const euRemote = posting({
      requiredLanguages: [{ code: 'pt', level: null }],
      remote: 'remote',
      remoteRegion: 'EU',
    });
    const ana = criteria({ languages: ['pt'], countries: ['PT'], remote: true });
    expect(matchPosting(ana, euRemote, NOW)?.remoteRegion).toBe('EU');
    expect(matchPosting({ ...ana, remote: false }, euRemote, NOW)).toBeNull();
    expect(matchPosting({ ...ana, countries: ['NO'] }, euRemote, NOW)).toBeNull(); // Norway is not in the EU
  });

  it('matches a worldwide remote job from anywhere, and any remote job when no country is named', () => {
    const anywhere = posting({
      requiredLanguages: [{ code: 'no', level: null }],
      remote: 'remote',
      remoteRegion: 'worldwide',
    });
    expect(matchPosting(criteria({ countries: ['BR'], remote: true }), anywhere, NOW)?.remoteRegion).toBe('worldwide');
    const euOnly = posting({ requiredLanguages: [{ code: 'no', level: null }], remote: 'remote', remoteRegion: 'EU' });
    expect(matchPosting(criteria({ countries: [], remote: true }), euOnly, NOW)?.remoteRegion).toBe('EU');
  });

  it('never matches an onsite job in another country, remote or not', () => {
    const tallinn = posting({ requiredLanguages: [{ code: 'no', level: null }], countries: ['EE'], remote: 'onsite' });
    expect(matchPosting(criteria({ countries: ['PT'], remote: true }), tallinn, NOW)).toBeNull();
  });

  it('keeps articles and expired postings out', () => {
    const article = {
      ...norwegianRemotePortugal,
      enrichment: { ...norwegianRemotePortugal.enrichment, isPosting: false },
    };
    expect(matchPosting(criteria({ countries: ['PT'] }), article, NOW)).toBeNull();
    const expired = {
      ...norwegianRemotePortugal,
      enrichment: { ...norwegianRemotePortugal.enrichment, deadline: '2026-11-22' },
    };
    expect(matchPosting(criteria({ countries: ['PT'] }), expired, NOW)).toBeNull();
    const today = {
      ...norwegianRemotePortugal,
      enrichment: { ...norwegianRemotePortugal.enrichment, deadline: '2026-11-23' },
    };
    expect(matchPosting(criteria({ countries: ['PT'] }), today, NOW)).not.toBeNull();
  });

  it('requires one of the keywords, on word boundaries', () => {
    const c = criteria({ countries: ['PT'], keywords: ['billing', 'payments'] });
    const withWord = { ...norwegianRemotePortugal, text: 'Digital payments support.' };
    expect(matchPosting(c, withWord, NOW)?.keywords).toEqual(['payments']);
    expect(matchPosting(c, { ...norwegianRemotePortugal, text: 'Prepayments team' }, NOW)).toBeNull();
  });
});

describe('containsWord', () => {
  it('finds whole words in any script and case, and treats regex characters literally', () => {
    expect(containsWord('Kundeservice på dansk', 'DANSK')).toBe(true);
    expect(containsWord('Kundeservice på dansktalende', 'dansk')).toBe(false);
    expect(containsWord('Служба поддержки', 'поддержки')).toBe(true);
    expect(containsWord('C++ developer', 'c++')).toBe(true);
    expect(containsWord('Node.js developer', 'node.js')).toBe(true);
    expect(containsWord('Nodexjs developer', 'node.js')).toBe(false);
  });
});

describe('SubscriptionIndex', () => {
  const sub = (id: string, c: Partial<Criteria>, status: Subscriber['status'] = 'active'): Subscriber => ({
    id,
    email: `${id}@example.com`,
    status,
    criteria: criteria(c),
    frequency: 'daily',
    hour: 8,
    timeZone: 'UTC',
    locale: 'en',
    createdAt: NOW.toISOString(),
  });

  it('finds exactly the subscribers a naive scan finds, and only active ones', () => {
    const subscribers = [
      sub('a', { languages: ['no'], countries: ['PT'] }),
      sub('b', { languages: ['da', 'no'], countries: ['PT'] }),
      sub('c', { languages: ['no'], countries: ['ES'] }),
      sub('d', { languages: ['nl'], countries: ['PT'] }),
      sub('e', { languages: ['no'], countries: ['PT'] }, 'unsubscribed'),
      sub('f', { languages: ['en'], countries: [], remote: true }),
    ];
    const index = new SubscriptionIndex(subscribers);
    const found = index
      .match(norwegianRemotePortugal, NOW)
      .map((m) => m.subscriber.id)
      .sort();
    const naive = subscribers
      .filter((s) => s.status === 'active' && matchPosting(s.criteria, norwegianRemotePortugal, NOW))
      .map((s) => s.id)
      .sort();
    expect(found).toEqual(['a', 'b', 'f']);
    expect(found).toEqual(naive);
  });
});
