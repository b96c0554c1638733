import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { findPlaces } from '../../../shared/enrich/places';
import { tokenize } from '../../../shared/enrich/tokenize';

// Sentences written for these tests, in the languages of Europe's job markets.
const places = (adLanguage: string, text: string, opts: { title?: string; location?: string } = {}) => {
  const found = findPlaces(
    tokenize(opts.title ?? '', 'title'),
    tokenize(opts.location ?? '', 'header'),
    tokenize(text),
    adLanguage,
  );
  return { countries: found.countries, cities: found.cities, evidence: found.evidence ?? [] };
};

describe('location lines in the languages of Europe', () => {
  it.each([
    ['de', 'Wir suchen Verstärkung im Lager.\nArbeitsort: 91052 Erlangen\nVollzeit', 'DE', 'Erlangen'],
    ['no', 'Vi søker en kokk til kjøkkenet.\nSted: 0150 Oslo', 'NO', 'Oslo'],
    ['pt', 'Procuramos um técnico de manutenção.\nLocalização: 4000-123 Porto', 'PT', 'Porto'],
    ['pl', 'Szukamy księgowej.\nMiejsce pracy: Lublin', 'PL', 'Lublin'],
    ['cs', 'Hledáme skladníka.\nMísto výkonu práce: Olomouc', 'CZ', 'Olomouc'],
    ['hu', 'Szakácsot keresünk.\nMunkavégzés helye: Debrecen', 'HU', 'Debrecen'],
    ['el', 'Ζητείται λογιστής.\nΤοποθεσία: Αθήνα', 'GR', 'Athens'],
    ['et', 'Otsime kokka.\nAsukoht: Tartu', 'EE', 'Tartu'],
    ['lt', 'Ieškome vairuotojo.\nDarbo vieta: Klaipėda', 'LT', 'Klaipėda'],
    ['hr', 'Tražimo kuhara.\nMjesto rada: Split', 'HR', 'Split'],
    ['fi', 'Haemme myyjää.\nSijainti: Oulu', 'FI', 'Oulu'],
    ['sv', 'Vi söker en snickare.\nArbetsort: Skellefteå', 'SE', 'Skellefteå'],
    ['fr', 'Nous recrutons un comptable.\nLieu : Grenoble', 'FR', 'Grenoble'],
    ['es', 'Buscamos un camarero.\nUbicación: Zaragoza', 'ES', 'Zaragoza'],
    // A label alone on its line, the value on the next: a street and the town.
    ['sk', 'Hľadáme predavača.\nMiesto práce\nHlavná 5, Prešov', 'SK', 'Prešov'],
  ])('reads the %s line in "%s" as %s, %s', (lang, text, country, city) => {
    const found = places(lang, text);
    expect(found.countries).toEqual([country]);
    expect(found.cities).toEqual([city]);
    expect(found.evidence).toContainEqual(expect.objectContaining({ field: 'countries', rule: 'location header' }));
  });

  it('quotes the line that decided, with the rule that read it', () => {
    const found = places('de', 'Wir suchen Verstärkung im Lager.\nArbeitsort: 91052 Erlangen');
    expect(found.evidence).toEqual([
      { field: 'countries', value: 'DE', quote: 'Arbeitsort: 91052 Erlangen', rule: 'location header' },
      { field: 'cities', value: 'Erlangen', quote: 'Arbeitsort: 91052 Erlangen', rule: 'location header' },
    ]);
  });

  it('takes a country name that is also a town beside it as the town ("São Martinho", not Saint Martin)', () => {
    expect(places('pt', 'Local de trabalho: São Martinho, Funchal').countries).toEqual(['PT']);
  });
});

describe('places that are not the job’s', () => {
  it('skips headquarters, clients and markets when the text says where the job is', () => {
    expect(places('en', 'Our headquarters are in Stockholm.\nYou will be based in Lisbon.')).toMatchObject({
      countries: ['PT'],
      cities: ['Lisbon'],
    });
    expect(places('de', 'Unser Hauptsitz ist in Hamburg.\nDein Arbeitsort ist Leipzig.').cities).toEqual(['Leipzig']);
    expect(places('fr', 'Nous avons des clients en Belgique et en Suisse.\nLe poste est basé à Lyon.')).toMatchObject({
      countries: ['FR'],
      cities: ['Lyon'],
    });
    expect(places('sv', 'Våra kunder finns i Norge och Danmark.\nArbetsort: Umeå').countries).toEqual(['SE']);
  });

  it('lets "based in" outweigh a market named in the title and throughout', () => {
    const text = 'Help us grow in France.\nOur French customers need you.\nThe role will be based in London.';
    expect(places('en', text, { title: 'Customer Support - France' }).countries).toEqual(['GB']);
  });

  it('skips a trip, and the company’s own story in "about us"', () => {
    expect(places('it', "Trasferte a Londra due volte l'anno.\nSede di lavoro: Torino").countries).toEqual(['IT']);
    expect(places('en', 'Senior engineer, fully remote.\nYou will visit Berlin twice a year.').countries).toEqual([]);
    const story = 'We are a Danish company from Aarhus, proud of our craft.';
    expect(places('en', story).countries).toEqual(['DK']);
    expect(places('en', `About us\n${story}`).countries).toEqual([]);
    expect(places('en', `About us\n${story}\n\nThe role\nYou will join our team in Tartu.`).countries).toEqual(['EE']);
  });

  it('does not take a common noun for a town ("in den Bergen" is not Bergen)', () => {
    expect(places('de', 'Wir lieben die Natur in den Bergen.\nArbeitsort: Passau').countries).toEqual(['DE']);
    expect(places('de', 'Du wanderst gern in den Bergen?').countries).toEqual([]);
  });

  it('invents no country for an English ad that names no place', () => {
    expect(places('en', 'We build payment software and care about quality.').countries).toEqual([]);
  });
});

describe('places in running text', () => {
  it('reads every office of a list after "based in"', () => {
    expect(places('en', 'You can be based in Aarhus, Tartu or Kaunas.')).toMatchObject({
      countries: ['DK', 'EE', 'LT'],
      cities: ['Aarhus', 'Tartu', 'Kaunas'],
    });
  });

  it('reads an address line with its postcode, a council employer and "Town, Country"', () => {
    expect(places('de', 'Schick uns deine Bewerbung.\nBahnhofstraße 3\n96450 Coburg').cities).toEqual(['Coburg']);
    expect(places('nl', 'Gemeente Zwolle zoekt een beleidsmedewerker.')).toMatchObject({
      countries: ['NL'],
      cities: ['Zwolle'],
    });
    expect(places('no', 'Tromsø kommune søker en sykepleier.').cities).toEqual(['Tromsø']);
    expect(places('en', 'Our team sits together at Gijón, Spain.').cities).toEqual(['Gijón']);
  });

  it('reads a city in the genitive, but not its county', () => {
    expect(places('de', 'Wir sitzen im Süden Münchens.').countries).toEqual(['DE']);
    expect(places('sv', 'Vi finns i Stockholms län.').cities).toEqual([]);
  });
});

describe('the source’s location field', () => {
  it('is read when the text names no place, and loses to the text when they disagree', () => {
    const quiet = places('en', 'We build payment software.', { location: 'Tampere, Finland' });
    expect(quiet).toMatchObject({ countries: ['FI'], cities: ['Tampere'] });
    expect(quiet.evidence[0]).toMatchObject({ rule: 'source field', quote: 'Tampere, Finland' });
    expect(places('en', 'Location: Dublin', { location: 'London, UK' }).countries).toEqual(['IE']);
  });

  it('reaches the enrichment through enrichPosting, with its evidence', () => {
    const e = enrichPosting({
      title: 'Warehouse Operative',
      text: 'Warehouse Operative\nResponsibilities\n- Pick and pack orders\nRequirements\n- Fluent English\nApply now with your CV.',
      locationText: 'Tampere, Finland',
    });
    expect(e.countries).toEqual(['FI']);
    expect(e.evidence).toContainEqual({
      field: 'countries',
      value: 'FI',
      quote: 'Tampere, Finland',
      rule: 'source field',
    });
  });
});
