import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

// How ads share the work between home and an office (an occasional possibility, a combination, a
// percentage, days at the office in the same sentence as home), and how they free it of any place
// ("work from anywhere"). One sentence a case, in several languages, written for this test.
const remoteOf = (text: string, title = 'Specialist') =>
  enrichPosting({ title, text: `${text}\nApply with your CV.` }).remote;

describe('home work some of the time is hybrid', () => {
  it.each([
    ['cs', 'Volná pracovní doba s občasnou možností práce z domova.'],
    ['nl', 'Werk vanuit huis mogelijkheden.'],
    ['hr', 'Nudimo mogućnosti rada od kuće.'],
    ['pl', 'Oferujemy częściowo pracę zdalną.'],
    ['en', 'You may sometimes work from home.'],
    ['de', 'Gelegentliches Arbeiten im Homeoffice ist möglich.'],
  ])('%s: an occasional or possible home day: %s', (_lang, text) => {
    expect(remoteOf(text)).toBe('hybrid');
  });

  it.each([
    ['hr', 'Mogućnost kombiniranja rada iz ureda i rada od kuće.'],
    ['cs', 'Kombinace práce z kanceláře a práce z domova.'],
    ['en', 'A mix of office and remote work.'],
    ['pl', 'Łączenie pracy w biurze z pracą zdalną.'],
  ])('%s: office and home combined: %s', (_lang, text) => {
    expect(remoteOf(text)).toBe('hybrid');
  });

  it.each([
    ['nl', 'Je werkt 1-3 dagen per week op kantoor en de rest werk je vanuit huis.'],
    ['en', 'Usually two days a week at the office, and for the rest of the week you work remotely.'],
  ])('%s: days at the office said beside home work: %s', (_lang, text) => {
    expect(remoteOf(text)).toBe('hybrid');
  });

  it.each([
    ['de', 'Einsatzort: 50% Stuttgart, 50% Remote'],
    ['en', 'The split is 60% remote and 40% in the office.'],
    ['es', 'Trabajo 40 % teletrabajo.'],
  ])('%s: a share of the time remote: %s', (_lang, text) => {
    expect(remoteOf(text)).toBe('hybrid');
  });

  it('"100 % remote" and "99% remote" stay remote', () => {
    expect(remoteOf('Die Stelle ist 100 % remote.')).toBe('remote');
    expect(remoteOf('Remote 99% with two trips a year.')).toBe('remote');
  });
});

describe('work from anywhere is remote', () => {
  it.each([
    ['en', 'You can work from anywhere you like.'],
    ['de', 'Du arbeitest von überall aus.'],
    ['es', 'Puedes trabajar desde cualquier lugar.'],
    ['fr', "Vous pouvez travailler de n'importe où."],
    ['no', 'Du kan jobbe hvor som helst.'],
    ['fi', 'Voit työskennellä mistä tahansa.'],
    ['pl', 'Możesz pracować z dowolnego miejsca.'],
  ])('%s: %s', (_lang, text) => {
    expect(remoteOf(text)).toBe('remote');
  });

  it('"customers from anywhere" says nothing of where one works', () => {
    expect(remoteOf('Our customers come from anywhere in the world.')).toBe('unknown');
  });
});

describe('an on-premises product is not on-site work', () => {
  it.each([
    ['en', 'Our platform is also available as an on-premises version.'],
    ['en', 'You will support on-premises installations of our software.'],
  ])('%s: %s', (_lang, text) => {
    expect(remoteOf(text)).toBe('unknown');
  });
});

describe('words for home work the main lists lacked', () => {
  it.each([
    ['de', 'Möglichkeit zum mobilen Arbeiten.', 'hybrid'],
    ['de', 'Mobiles Arbeiten bis zu 60 % möglich.', 'hybrid'],
    ['de', 'Wir bieten 100 % mobiles Arbeiten.', 'remote'],
    ['el', 'Εργασία από το σπίτι.', 'remote'],
    ['nl', 'Dit is geen thuiswerkfunctie.', 'onsite'],
    ['tr', 'Tamamen uzaktan çalışma.', 'remote'],
  ])('%s: %s is %s', (_lang, text, policy) => {
    expect(remoteOf(text)).toBe(policy);
  });
});

describe('a share of the time said outright outweighs a bare "Remote" in the title', () => {
  it.each([
    ['de', 'Frontend Developer (m/w/d) | München Remote', 'Einsatzort: 60% München, 40% Remote'],
    ['en', 'Data Analyst (Remote)', 'The split is 50% remote and 50% at our Leeds office.'],
  ])('%s: %s', (_lang, title, text) => {
    expect(remoteOf(text, title)).toBe('hybrid');
  });

  it('a title\'s "Remote" still decides beside a full share', () => {
    expect(remoteOf('We are 100% remote.', 'Data Analyst (Remote)')).toBe('remote');
  });
});
