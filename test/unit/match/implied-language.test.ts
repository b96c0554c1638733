import { describe, expect, it } from 'vitest';
import { matchReasonSchema } from '../../../shared/match/match';
import { type MatchablePosting, matchPosting, postingLanguages } from '../../../shared/match/match-posting';
import { SubscriptionIndex } from '../../../shared/match/subscription-index';
import { impliedLanguage } from '../../../shared/posting/implied-language';
import { type Enrichment, unknownEnrichment } from '../../../shared/posting/posting';
import { type Criteria, criteriaSchema, type Subscriber } from '../../../shared/subscriber/subscriber';

const NOW = new Date('2026-11-23T10:00:00Z');

/** A posting as enrichment leaves it: the implied language set by the product's own rule. */
function posting(adLanguage: string, over: Partial<Enrichment> = {}): MatchablePosting {
  const e = { ...unknownEnrichment(true, adLanguage), countries: ['DK'], remote: 'onsite' as const, ...over };
  return { title: 'Kundeservicemedarbejder', text: '', enrichment: { ...e, impliedLanguage: impliedLanguage(e) } };
}
const criteria = (c: Partial<Criteria>): Criteria => criteriaSchema.parse({ countries: ['DK'], ...c });
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

const danishAd = posting('da');
const danishAdAskingEnglish = posting('da', { requiredLanguages: [{ code: 'en', level: 'good' }] });
const englishAd = posting('en');

/** Who the index reaches, by id, checked against the scan subscriber by subscriber. */
function reached(p: MatchablePosting, subs: Record<string, Criteria>): string[] {
  const index = new SubscriptionIndex(Object.entries(subs).map(([id, c]) => sub(id, c)));
  const viaIndex = index.match(p, NOW);
  for (const m of viaIndex) expect(m.reason).toEqual(matchPosting(subs[m.subscriber.id] as Criteria, p, NOW));
  const viaScan = Object.keys(subs).filter((id) => matchPosting(subs[id] as Criteria, p, NOW));
  const ids = viaIndex.map((m) => m.subscriber.id).sort();
  expect(ids).toEqual(viaScan.sort());
  return ids;
}

describe('a posting that states no language', () => {
  it('reaches a Danish speaker in Denmark when its ad is in Danish, and says the language was implied', () => {
    expect(matchPosting(criteria({ languages: ['da'] }), danishAd, NOW)).toEqual({
      languages: ['da'],
      impliedLanguage: 'da',
      countries: ['DK'],
      remoteRegion: null,
      keywords: [],
    });
    expect(
      reached(danishAd, { dane: criteria({ languages: ['da'] }), swede: criteria({ languages: ['sv'] }) }),
    ).toEqual(['dane']);
  });

  it('does not reach a Danish speaker elsewhere, nor one who wants it remote only', () => {
    const subs = {
      portugal: criteria({ languages: ['da'], countries: ['PT'], remote: true }),
      remoteOnly: criteria({ languages: ['da'], countries: [], remote: true }),
    };
    expect(reached(danishAd, subs)).toEqual([]);
    const remoteDanish = posting('da', { countries: [], remote: 'remote', remoteRegion: 'EU' });
    expect(reached(remoteDanish, subs)).toEqual(['portugal', 'remoteOnly']);
  });

  it('implies nothing when the ad requires a language: a Danish ad asking English does not reach a Danish-only speaker', () => {
    expect(danishAdAskingEnglish.enrichment.impliedLanguage).toBeNull();
    expect(matchPosting(criteria({ languages: ['da'] }), danishAdAskingEnglish, NOW)).toBeNull();
    const subs = {
      dane: criteria({ languages: ['da'] }),
      english: criteria({ languages: ['en'] }),
      daneWithEnglish: criteria({ languages: ['da', 'en'] }),
    };
    // English is all it asks, so the job can be done in English alone.
    expect(reached(danishAdAskingEnglish, subs)).toEqual(['daneWithEnglish', 'english']);
    expect(matchPosting(subs.english, danishAdAskingEnglish, NOW)?.impliedLanguage).toBeNull();
  });

  it('routes on what it states even when an enrichment carries an implied language beside it', () => {
    const both: MatchablePosting = {
      ...danishAdAskingEnglish,
      enrichment: { ...danishAdAskingEnglish.enrichment, impliedLanguage: 'da' },
    };
    expect(postingLanguages(both)).toEqual(new Set(['en']));
    expect(reached(both, { dane: criteria({ languages: ['da'] }), english: criteria({ languages: ['en'] }) })).toEqual([
      'english',
    ]);
  });

  it('passes any minimum level, as a language whose level the ad does not state', () => {
    const subs = {
      fluent: criteria({ languages: ['da'], minLevel: 'C1' }),
      native: criteria({ languages: ['da'], minLevel: 'native' }),
    };
    expect(reached(danishAd, subs)).toEqual(['fluent', 'native']);
    const statedB1 = posting('da', { requiredLanguages: [{ code: 'da', level: 'B1' }] });
    expect(reached(statedB1, subs)).toEqual([]);
  });

  it('holds to the ad languages a subscriber asks for', () => {
    const subs = {
      danishAds: criteria({ languages: ['da'], adLanguages: ['da'] }),
      englishAds: criteria({ languages: ['da'], adLanguages: ['en'] }),
    };
    expect(reached(danishAd, subs)).toEqual(['danishAds']);
  });

  it('can be done in English alone when its ad is in English: it reaches English speakers who list another language too', () => {
    const subs = {
      english: criteria({ languages: ['en'] }),
      daneWithEnglish: criteria({ languages: ['da', 'en'] }),
      dane: criteria({ languages: ['da'] }),
    };
    expect(reached(englishAd, subs)).toEqual(['daneWithEnglish', 'english']);
    expect(matchPosting(subs.daneWithEnglish, englishAd, NOW)?.impliedLanguage).toBe('en');
  });

  it('reaches no one when its ad language is unknown, or when it is not a posting', () => {
    const unknown = posting('da', { adLanguage: null });
    const article = posting('da', { isPosting: false });
    const subs = { dane: criteria({ languages: ['da'] }) };
    expect(reached(unknown, subs)).toEqual([]);
    expect(reached(article, subs)).toEqual([]);
    expect(postingLanguages(unknown)).toEqual(new Set());
    expect(postingLanguages(danishAd)).toEqual(new Set(['da']));
  });

  it('reads a reason stored before reasons said so as a match on a stated language', () => {
    const stored = { languages: ['da'], countries: ['DK'], remoteRegion: null, keywords: [] };
    expect(matchReasonSchema.parse(stored)).toEqual({ ...stored, impliedLanguage: null });
    expect(matchReasonSchema.safeParse({ ...stored, impliedLanguage: 7 }).success).toBe(false);
  });
});
