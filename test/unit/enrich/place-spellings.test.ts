import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

// Short ads written for these tests (never fixture text): places written as ads write them when
// they are not the dictionary form (plain ASCII, upper case, a local or inflected name), and
// capitalised words after a cue that are not places.
type Probe = [lang: string, title: string, text: string, countries: string[], cities: string[]];

const check = ([, title, text, countries, cities]: Probe) => {
  const e = enrichPosting({ title, text });
  expect({ countries: e.countries, cities: e.cities }).toEqual({ countries, cities });
};

describe('a town written in plain ASCII or in capitals', () => {
  it.each<Probe>([
    [
      'fr',
      'Comptable (H/F)',
      'Nous recrutons un comptable.\nLieu : 59 - MARCQ EN BAROEUL\nCDI',
      ['FR'],
      ['Marcq-en-Barœul'],
    ],
    ['fr', 'Aide-soignant (H/F)', 'Poste en EHPAD.\nLocation: 30 - LA CALMETTE\nTemps plein', ['FR'], ['La Calmette']],
    ['pl', 'Magazynier', 'Szukamy magazyniera.\nMiejsce pracy: Niepolomice', ['PL'], ['Niepołomice']],
    ['da', 'Lagermedarbejder', 'Vi søger en lagermedarbejder.\nArbejdssted: Koege', ['DK'], ['Køge']],
    ['no', 'Sykepleier', 'Vi søker sykepleier.\nArbeidssted: Tonsberg', ['NO'], ['Tønsberg']],
  ])('%s: %s', (...probe) => check(probe));
});

describe('a label that asks "where", or runs on before its colon', () => {
  it.each<Probe>([
    ['es', 'Desarrollador front-end', 'Buscamos desarrollador.\nDónde: Rosario\nJornada completa', ['AR'], ['Rosario']],
    ['fr', 'Technicien', 'Nous cherchons un technicien.\nOù : Quimper', ['FR'], ['Quimper']],
    ['no', 'Elektriker', 'Vi søker elektriker.\nHvor: Sandnes', ['NO'], ['Sandnes']],
    ['cs', 'Účetní', 'Hledáme účetní.\nMísto vykonávání práce: Olomouc', ['CZ'], ['Olomouc']],
    ['fr', 'Vendeur', 'Nous recrutons.\nLieu de travail principal : Vannes', ['FR'], ['Vannes']],
    ['bg', 'Продавач', 'Търсим продавач.\nМесторабота: Пловдив', ['BG'], ['Plovdiv']],
  ])('%s: %s', (...probe) => check(probe));
});

describe('a country or a city named in the ad’s own language, or inflected', () => {
  it.each<Probe>([
    [
      'cs',
      'Řidič',
      'Hledáme řidiče, který bude pracovat v zahraničí a má řidičský průkaz.\nMísto výkonu práce: Německo',
      ['DE'],
      [],
    ],
    [
      'et',
      'Ehitustööline',
      'Otsime oma meeskonda ehitustöölisi, kes on valmis töötama välismaal.\nTöö asukoht: Rootsi\nPakume head palka ja tasuta majutust.',
      ['SE'],
      [],
    ],
    [
      'lt',
      'Statybininkas',
      'Ieškome statybininkų, kurie nori dirbti užsienyje ir turi patirties.\nDarbo vieta: Švedija\nSiūlome gerą atlyginimą ir nemokamą apgyvendinimą.',
      ['SE'],
      [],
    ],
    [
      'hu',
      'Raktáros',
      'Raktárost keresünk, aki szeretne egy stabil cégnél dolgozni és van tapasztalata.\nMunkavégzés helye: Ausztria\nAmit kínálunk: jó fizetés és szállás.',
      ['AT'],
      [],
    ],
    [
      'cs',
      'Programátor',
      'Hledáme programátora, který se k nám přidá a bude s námi tvořit nové věci. Rozšiřujeme náš tým v Plzni a nabízíme práci na plný úvazek.',
      ['CZ'],
      ['Pilsen'],
    ],
    [
      'cs',
      'Skladník',
      'Hledáme skladníka, který bude pracovat v naší pobočce v Liberci a je spolehlivý. Nabízíme stabilní práci a dobrý plat.',
      ['CZ'],
      ['Liberec'],
    ],
    ['it', 'Cameriere', 'Cerchiamo un cameriere.\nSede di lavoro: Venezia', ['IT'], ['Venice']],
  ])('%s: %s', (...probe) => check(probe));
});

describe('a region, county or province names its country, not a town', () => {
  it.each<Probe>([
    ['de', 'Lagerhelfer (m/w/d)', 'Wir suchen einen Lagerhelfer.\nArbeitsort: Leipzig, Sachsen', ['DE'], ['Leipzig']],
    ['no', 'Selger', 'Vi søker selger.\nArbeidssted: Agder', ['NO'], []],
    ['fi', 'Myyjä', 'Haemme myyjää.\nSijainti: Uusimaa', ['FI'], []],
    ['it', 'Magazziniere', 'Cerchiamo un magazziniere.\nSede di lavoro: Lombardia', ['IT'], []],
    ['es', 'Camarero', 'Buscamos camarero.\nUbicación: Andalucía', ['ES'], []],
  ])('%s: %s', (...probe) => check(probe));
});

describe('small towns listed after a place, in its country', () => {
  it.each<Probe>([
    [
      'da',
      'Chauffør',
      'Vi søger chauffører til Aarhus, Skanderborg og Hammel.',
      ['DK'],
      ['Aarhus', 'Skanderborg', 'Hammel'],
    ],
    [
      'sv',
      'Lärare',
      'Tjänsterna finns i Göteborg, Kungälv eller Stenungsund.',
      ['SE'],
      ['Gothenburg', 'Kungälv', 'Stenungsund'],
    ],
    ['pt', 'Programador', 'Remoto ou escritório - Portugal (Viseu ou Aveiro)', ['PT'], ['Viseu', 'Aveiro']],
  ])('%s: %s', (...probe) => check(probe));
});

describe('an ordinary word is no place', () => {
  it.each<Probe>([
    [
      'et',
      'Arendaja',
      'Otsime oma meeskonda arendajat, kes on huvitatud uutest tehnoloogiatest ja tahab areneda.\nOmalt poolt pakume head palka ja paindlikku tööaega.',
      [],
      [],
    ],
    ['en', 'Sales Representative', 'Send your CV and join our Bright team today.', [], []],
    ['en', 'Designer', 'Apply now and join our Pioneer crew.', [], []],
    ['no', 'Snekker', 'Man jobber i et hyggelig team i Bergen.', ['NO'], ['Bergen']],
    ['de', 'Tischler (m/w/d)', 'Man arbeitet bei uns in einem netten Team in Hamburg.', ['DE'], ['Hamburg']],
  ])('%s: %s', (...probe) => check(probe));

  it('still reads a town after a weak cue’s preposition or a known city right after it', () => {
    check(['en', 'Analyst', 'You will be working from our office in Kendal.', ['GB'], ['Kendal']]);
    check(['en', 'Engineer', 'Join our Berlin team.', ['DE'], ['Berlin']]);
  });
});
