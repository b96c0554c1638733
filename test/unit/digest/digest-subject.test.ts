import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../shared/digest/render-digest';
import type { MatchReason } from '../../../shared/match/match';
import type { Posting } from '../../../shared/posting/posting';
import { labelledPosting } from '../../support/labelled-postings';
import { norwegianSpeaker } from '../../support/subscribers';

const URLS = { unsubscribeUrl: 'https://jobs.example.com/unsubscribe?token=a.b', siteUrl: 'https://jobs.example.com/' };

function reason(overrides: Partial<MatchReason>): MatchReason {
  return { languages: ['no'], impliedLanguage: null, countries: [], remoteRegion: null, keywords: [], ...overrides };
}

function subjectOf(
  reasons: MatchReason[],
  options: { languages?: string[]; countries?: string[]; remote?: boolean; locale?: string; more?: number } = {},
): string {
  const subscriber = norwegianSpeaker({
    locale: options.locale ?? 'en',
    criteria: {
      languages: options.languages ?? ['no'],
      countries: options.countries ?? ['PT'],
      remote: options.remote ?? true,
      keywords: [],
    },
  });
  const posting: Posting = labelledPosting('p001');
  return renderDigest({
    subscriber,
    items: reasons.map((r) => ({ posting, reason: r })),
    moreCount: options.more,
    ...URLS,
  }).subject;
}

describe('the digest subject says what is inside', () => {
  it('one job, one language, one country', () => {
    expect(subjectOf([reason({ countries: ['PT'] })])).toBe('1 new Norwegian-speaking job in Portugal');
  });

  it('many jobs, counting the ones past the cap', () => {
    expect(subjectOf([reason({ countries: ['PT'] })], { more: 4 })).toBe('5 new Norwegian-speaking jobs in Portugal');
  });

  it('several languages, only those the jobs matched on, in the subscriber’s order', () => {
    const subject = subjectOf([reason({ languages: ['de'], countries: ['PT'] }), reason({ countries: ['PT'] })], {
      languages: ['da', 'no', 'de'],
    });
    expect(subject).toBe('2 new jobs for Norwegian or German speakers in Portugal');
  });

  it('several countries', () => {
    const subject = subjectOf([reason({ countries: ['ES'] }), reason({ countries: ['PT'] })], {
      countries: ['PT', 'ES'],
    });
    expect(subject).toBe('2 new Norwegian-speaking jobs in Portugal or Spain');
  });

  it('a country and remote jobs', () => {
    const subject = subjectOf([reason({ countries: ['PT'] }), reason({ remoteRegion: 'EU' })]);
    expect(subject).toBe('2 new Norwegian-speaking jobs in Portugal or remote');
  });

  it('remote jobs only, with no country chosen', () => {
    const subject = subjectOf([reason({ remoteRegion: 'worldwide' })], { countries: [] });
    expect(subject).toBe('1 new Norwegian-speaking job, remote');
  });

  it('names no country when the jobs are in more than three', () => {
    const countries = ['PT', 'ES', 'FR', 'DE'];
    const subject = subjectOf(
      countries.map((c) => reason({ countries: [c] })),
      { countries },
    );
    expect(subject).toBe('4 new Norwegian-speaking jobs');
  });

  it.each([
    ['no', '3 nye jobber på norsk i Portugal', '1 ny jobb på norsk i Portugal'],
    ['da', '3 nye job på norsk i Portugal', '1 nyt job på norsk i Portugal'],
    ['sv', '3 nya jobb på norska i Portugal', '1 nytt jobb på norska i Portugal'],
    ['fi', '3 uutta työpaikkaa, kieli: norja – Portugali', '1 uusi työpaikka, kieli: norja – Portugali'],
    ['de', '3 neue Stellen mit Norwegisch – Portugal', '1 neue Stelle mit Norwegisch – Portugal'],
    ['nl', '3 nieuwe vacatures met Noors in Portugal', '1 nieuwe vacature met Noors in Portugal'],
    ['pt', '3 novas vagas com norueguês – Portugal', '1 nova vaga com norueguês – Portugal'],
    ['es', '3 nuevas ofertas con noruego en Portugal', '1 nueva oferta con noruego en Portugal'],
    ['fr', '3 nouvelles offres en norvégien – Portugal', '1 nouvelle offre en norvégien – Portugal'],
  ])('in %s, with the plural the count needs', (locale, many, one) => {
    expect(subjectOf([reason({ countries: ['PT'] })], { locale, more: 2 })).toBe(many);
    expect(subjectOf([reason({ countries: ['PT'] })], { locale })).toBe(one);
  });

  it('names languages and countries in the subscriber’s language', () => {
    const subject = subjectOf([reason({ languages: ['de'], countries: ['NL'] }), reason({ remoteRegion: 'EU' })], {
      languages: ['no', 'de'],
      countries: ['NL'],
      locale: 'es',
    });
    expect(subject).toBe('2 nuevas ofertas con noruego o alemán en Países Bajos o en remoto');
  });
});
