import { describe, expect, it } from 'vitest';
import { clauseText, tokenize } from '../../../shared/enrich/tokenize';

const sections = (text: string) => tokenize(text).map((c) => `${c.section}: ${clauseText(c)}`);

describe('the sections of an ad', () => {
  it('follows headings in several languages until the next heading', () => {
    expect(
      sections(
        [
          'Kundeservicemedarbeider',
          'Om oss',
          'Vi har kontorer i Bergen og Stockholm.',
          'Arbeidsoppgaver',
          '- Svare kunder',
          'Kvalifikasjoner',
          '- Flytende norsk',
          'Vi tilbyr',
          '- Gratis danskkurs',
        ].join('\n'),
      ),
    ).toEqual([
      'body: Kundeservicemedarbeider',
      'about: Om oss',
      'about: Vi har kontorer i Bergen og Stockholm',
      'body: Arbeidsoppgaver',
      'body: Svare kunder',
      'requirements: Kvalifikasjoner',
      'requirements: Flytende norsk',
      'benefits: Vi tilbyr',
      'benefits: Gratis danskkurs',
    ]);
  });

  it('reads German, French and Polish headings, and "About <Company>" as the company', () => {
    expect(sections('Über uns\nWir sind in Wien.\nIhr Profil\nSehr gute Deutschkenntnisse')).toEqual([
      'about: Über uns',
      'about: Wir sind in Wien',
      'requirements: Ihr Profil',
      'requirements: Sehr gute Deutschkenntnisse',
    ]);
    expect(sections('Ce que nous offrons :\nTickets restaurant')[1]).toBe('benefits: Tickets restaurant');
    expect(sections('Wymagania\nZnajomość języka niemieckiego')[1]).toBe('requirements: Znajomość języka niemieckiego');
    expect(sections('About Acme Corp\nFounded in Lisbon in 1999.')[1]).toBe('about: Founded in Lisbon in 1999');
  });

  it('reads "About you" as what the job asks of the candidate', () => {
    expect(sections('About you\nFluent German')).toEqual(['requirements: About you', 'requirements: Fluent German']);
  });

  it('tells "about the role" (the job) from "about us" (the company)', () => {
    expect(sections('About us\nOffices in Paris.\nAbout the role\nYou will work from Porto.')).toEqual([
      'about: About us',
      'about: Offices in Paris',
      'body: About the role',
      'body: You will work from Porto',
    ]);
  });

  it('marks "Label: value" lines as header lines wherever they stand, and leaves running text alone', () => {
    expect(sections('Arbeitsort: 91052 Erlangen\nWe offer a job in Berlin, and more.')).toEqual([
      'header: Arbeitsort: 91052 Erlangen',
      'body: We offer a job in Berlin, and more',
    ]);
  });

  it('gives a title or a source field one section as a whole', () => {
    expect(tokenize('About us', 'title').map((c) => c.section)).toEqual(['title']);
  });
});
