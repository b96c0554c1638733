import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

// Short ads written for these tests; each has enough ad vocabulary to count as a posting.
const ad = (body: string, title = 'Customer Support Agent') =>
  enrichPosting({
    title,
    text: `${title}\nResponsibilities\n- Answer customer tickets by email and chat\nRequirements\n${body}\nWhat we offer\n- Full-time contract and a competitive salary\nApply now with your CV.`,
  });
const svAd = (body: string) =>
  enrichPosting({
    title: 'Kundtjänstmedarbetare',
    text: `Arbetsuppgifter\n- Svara på kundernas frågor\nKrav\n${body}\nVi erbjuder\n- Heltid och bra lön\nSkicka din ansökan och ditt CV.`,
  });
const noAd = (body: string) =>
  enrichPosting({
    title: 'Kundeservicemedarbeider',
    text: `Arbeidsoppgaver\n- Svare på spørsmål fra kunder\nKrav\n${body}\nVi tilbyr\n- Fast stilling og god lønn\nSend søknad og CV.`,
  });
const required = (e: ReturnType<typeof enrichPosting>) => e.requiredLanguages.map((l) => l.code).sort();

describe('what is and is not a language requirement', () => {
  it('ignores a Portuguese employment contract and Portuguese public holidays', () => {
    const e = ad('- Fluent English\n- Portuguese employment contract\n- 22 days leave plus Portuguese public holidays');
    expect(required(e)).toEqual(['en']);
    expect(e.optionalLanguages).toEqual([]);
  });

  it('ignores a language that is said not to be necessary', () => {
    const e = ad('- Fluent German and English. Polish is not necessary.');
    expect(required(e)).toEqual(['de', 'en']);
    expect(e.optionalLanguages).not.toContain('pl');
  });

  it('ignores language courses offered to the candidate', () => {
    const e = ad('- Excellent English skills\n- Danish language courses offered');
    expect(required(e)).toEqual(['en']);
    expect(e.optionalLanguages).toEqual([]);
  });

  it('ignores a nationality and a company name', () => {
    const e = ad('- Good English skills\n- Danish citizens welcome to apply\n- Experience at Norwegian Air Shuttle');
    expect(required(e)).toEqual(['en']);
  });

  it('reads "a plus", "von Vorteil", "en fordel" and "meriterande" as optional', () => {
    expect(ad('- Fluent English\n- Spanish is a plus').optionalLanguages).toEqual(['es']);
    expect(ad('- Fluent German\n- Französischkenntnisse sind von Vorteil').optionalLanguages).toEqual(['fr']);
    const sv = svAd('- Du talar flytande svenska\n- Kunskaper i finska är meriterande');
    expect(required(sv)).toEqual(['sv']);
    expect(sv.optionalLanguages).toEqual(['fi']);
    const no = noAd('- Flytende norsk\n- Det er en fordel å kunne dansk');
    expect(required(no)).toEqual(['no']);
    expect(no.optionalLanguages).toEqual(['da']);
  });

  it('counts English when it is required ("good command of English")', () => {
    expect(required(ad('- A good command of English'))).toEqual(['en']);
  });

  it('reads derived forms: dansktalende, Norwegian-speaking, deutschsprachig, francophone', () => {
    expect(required(ad('- Vi søger en dansktalende medarbejder', 'Kundeservice'))).toEqual(['da']);
    expect(required(ad('- You are a Norwegian-speaking professional'))).toEqual(['no']);
    expect(required(ad('- Sie sind deutschsprachig'))).toEqual(['de']);
    expect(required(ad('- Vous êtes francophone'))).toEqual(['fr']);
  });

  it('treats Bokmål as Norwegian', () => {
    expect(required(ad('- Fluent in Norwegian Bokmål and English'))).toEqual(['en', 'no']);
  });

  it('makes "one of" a group, not a list of requirements', () => {
    const e = ad(
      '- Fluent in one Nordic language (Swedish, Norwegian, Danish, or Finnish)\n- Strong English skills (B2+/C1 level)',
    );
    expect(e.requiredLanguages).toEqual([{ code: 'en', level: 'B2' }]);
    expect(e.requiredOneOf).toEqual([['sv', 'no', 'da', 'fi']]);
  });

  it('says a level once for languages joined by "and" or a comma, before or after them', () => {
    const levels = (e: ReturnType<typeof enrichPosting>) =>
      Object.fromEntries(e.requiredLanguages.map((l) => [l.code, l.level]));
    expect(levels(ad('- You speak Danish and Norwegian fluently'))).toEqual({ da: 'fluent', no: 'fluent' });
    expect(levels(svAd('- Du talar flytande danska och norska'))).toEqual({ da: 'fluent', no: 'fluent' });
    expect(levels(ad('- Dutch, German and French at C1 level'))).toEqual({ nl: 'C1', de: 'C1', fr: 'C1' });
    expect(levels(ad('- Native Finnish and good English'))).toEqual({ fi: 'native', en: 'good' });
    const plus = ad('- Fluent German and Spanish is a plus');
    expect(levels(plus)).toEqual({ de: 'fluent' });
    expect(plus.optionalLanguages).toEqual(['es']);
  });

  it('reads basic and intermediate levels as written, below good, in several languages', () => {
    const levels = (e: ReturnType<typeof enrichPosting>) =>
      Object.fromEntries(e.requiredLanguages.map((l) => [l.code, l.level]));
    expect(levels(ad('- Fluent English and basic German are required'))).toEqual({ en: 'fluent', de: 'basic' });
    expect(levels(ad('- Sehr gute Englischkenntnisse und Grundkenntnisse in Deutsch erforderlich'))).toMatchObject({
      de: 'basic',
    });
    expect(levels(ad('- Intermediate Spanish is required'))).toEqual({ es: 'intermediate' });
    expect(levels(svAd('- Du talar svenska flytande och engelska på mellannivå'))).toEqual({
      sv: 'fluent',
      en: 'intermediate',
    });
  });

  it('does not read "polish" the verb as Polish', () => {
    expect(required(ad('- Fluent English; you polish every answer'))).toEqual(['en']);
  });
});

describe('places, work model and deadline', () => {
  it('keeps the company headquarters out of the job location', () => {
    const e = ad(
      '- Fluent Dutch\nWe have headquarters in Stockholm (Sweden).',
      'Dutch Speaking Agent (Hybrid Working in Malta)',
    );
    expect(e.countries).toEqual(['MT']);
    expect(e.remote).toBe('hybrid');
  });

  it('reads a deadline written with a month name in Danish', () => {
    expect(ad('- Flydende dansk\nAnsøgningsfrist er den 22. april 2025').deadline).toBe('2025-04-22');
  });

  it('reads a remote job open to anyone in Europe', () => {
    const e = ad('- Fluent English\nThis is a fully remote role; you can be based anywhere in Europe.');
    expect(e.remote).toBe('remote');
    expect(e.remoteRegion).toBe('Europe');
  });
});
