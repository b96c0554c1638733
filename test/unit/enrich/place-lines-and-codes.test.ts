import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

// Short ads written for these tests (never fixture text): province codes after a town, countries
// named only in the company's story, the town a board prints under the title, and towns of a
// one-country language named without a preposition.
type Probe = [lang: string, title: string, text: string, countries: string[], cities: string[]];

const read = (title: string, text: string) => {
  const e = enrichPosting({ title, text });
  return { countries: e.countries, cities: e.cities };
};

const check = ([, title, text, countries, cities]: Probe) => expect(read(title, text)).toEqual({ countries, cities });

const JOB_EN = 'We are hiring an accountant to join our finance team. You will close the books every month.';

describe('a code after a town that is its province, not a country', () => {
  it.each<Probe>([
    ['en', 'Accountant', `Location: Munich, BY\n${JOB_EN}`, ['DE'], ['Munich']],
    ['en', 'Accountant', `Location: Bergamo, BG\n${JOB_EN}`, ['IT'], ['Bergamo']],
    ['en', 'Accountant', `Location: Amsterdam, NH\n${JOB_EN}`, ['NL'], ['Amsterdam']],
    [
      'de',
      'Buchhalter (m/w/d)',
      'Arbeitsort: Stuttgart, BW\nWir suchen einen Buchhalter für unser Team.',
      ['DE'],
      ['Stuttgart'],
    ],
  ])('%s: %s', (...p) => check(p));

  it('keeps a code that is the town’s own country', () => {
    expect(read('Accountant', `Location: Porto, PT\n${JOB_EN}`)).toEqual({ countries: ['PT'], cities: ['Porto'] });
    expect(read('Accountant', `Location: Kraków, PL\n${JOB_EN}`)).toEqual({ countries: ['PL'], cities: ['Kraków'] });
  });
});

describe('a country named only in the company’s story, beside the job’s town', () => {
  it.each<Probe>([
    [
      'en',
      'Caretaker',
      'The Consulate of Italy in Stockholm is seeking a caretaker for its residence. You keep the building in order.',
      ['SE'],
      ['Stockholm'],
    ],
    [
      'en',
      'Support Lead',
      'Our office in Dublin, Ireland is growing. You will scale our support as we grow across Spain and Italy.',
      ['IE'],
      ['Dublin'],
    ],
    [
      'fr',
      'Comptable H/F',
      'Poste basé à Nantes. Notre groupe est aussi présent en Belgique et en Suisse depuis vingt ans.',
      ['FR'],
      ['Nantes'],
    ],
    [
      'de',
      'Buchhalter (m/w/d)',
      'Für unseren Standort in Leipzig suchen wir einen Buchhalter. Unsere Kunden sitzen in Österreich und Polen.',
      ['DE'],
      ['Leipzig'],
    ],
  ])('%s: %s', (...p) => check(p));

  it('still counts a country an ad names with no town anywhere', () => {
    const text = 'We are hiring an accountant in Portugal. You will close the books every month for our clients.';
    expect(read('Accountant', text).countries).toEqual(['PT']);
  });
});

describe('the town a board prints on the line under the title', () => {
  it.each<Probe>([
    ['en', 'Payment Accountant', `Payment Accountant\n\nSzékesfehérvár\n\n${JOB_EN}`, ['HU'], ['Székesfehérvár']],
    ['en', 'Data Analyst', `Data Analyst\nTampere, Finland\n${JOB_EN}`, ['FI'], ['Tampere']],
    ['en', 'Payroll Specialist', `Payroll Specialist\nKaunas\n${JOB_EN}`, ['LT'], ['Kaunas']],
  ])('%s: %s', (...p) => check(p));

  it('leaves a heading that GeoNames also knows as a village', () => {
    const text = `Engineer wanted\n\nOpportunity\n\n- build the storage engine\n- located in the EU`;
    expect(read('Storage Engineer', text).cities).toEqual([]);
  });

  it('says which line decided it', () => {
    const e = enrichPosting({ title: 'Payment Accountant', text: `Payment Accountant\nSzékesfehérvár\n${JOB_EN}` });
    expect(e.evidence).toContainEqual({ field: 'countries', value: 'HU', quote: 'Székesfehérvár', rule: 'place line' });
  });
});

describe('a town of a one-country language, named without a preposition', () => {
  it.each<Probe>([
    [
      'tr',
      'Muhasebeci',
      'Muhasebe ekibimize katılacak deneyimli bir muhasebeci arıyoruz. Başvurular tercihen Eskişehir ikametli adaylardan alınmaktadır. Rekabetçi maaş ve özel sağlık sigortası sunuyoruz.',
      ['TR'],
      ['Eskişehir'],
    ],
    [
      'tr',
      'Muhasebeci',
      'Ankara ofisimizde çalışacak deneyimli bir muhasebeci arıyoruz. Rekabetçi maaş ve özel sağlık sigortası sunuyoruz. Ekibimiz genç ve dinamiktir.',
      ['TR'],
      ['Ankara'],
    ],
    [
      'pl',
      'Księgowa',
      'Szukamy doświadczonej księgowej do naszego zespołu. Oferujemy umowę o pracę, biuro Lublin, elastyczne godziny pracy i prywatną opiekę medyczną.',
      ['PL'],
      ['Lublin'],
    ],
    [
      'hu',
      'Könyvelő',
      'Keresünk tapasztalt könyvelőt a csapatunkba. A munkavégzés helye Miskolc belvárosa, amit kínálunk: versenyképes fizetés és cafeteria.',
      ['HU'],
      ['Miskolc'],
    ],
  ])('%s: %s', (...p) => check(p));

  it('does not take a small town’s name in running text for the place', () => {
    const text =
      'Szukamy doświadczonej księgowej do naszego zespołu. Pracujemy z firmą Sokół nad nowym systemem i oferujemy umowę o pracę oraz prywatną opiekę medyczną.';
    expect(read('Księgowa', text).cities).toEqual([]);
  });
});

describe('a region of Slovenia in a location line', () => {
  it('names the country', () => {
    const text =
      'Iščemo terenskega zastopnika za prodajo naših izdelkov.\nLokacija: Podravska, Savinjska, Osrednjeslovenska';
    expect(read('Terenski zastopnik', text).countries).toEqual(['SI']);
  });
});

describe('towns joined by "and/or"', () => {
  it.each<Probe>([
    [
      'it',
      'Contabile',
      'Cerchiamo un contabile con sede a Verona e/o Padova. Offriamo uno stipendio competitivo e un contratto a tempo indeterminato.',
      ['IT'],
      ['Verona', 'Padua'],
    ],
    [
      'de',
      'Buchhalter (m/w/d)',
      'Wir suchen einen Buchhalter mit Arbeitsort in Linz und/oder Wels. Wir bieten ein attraktives Gehalt und flexible Arbeitszeiten.',
      ['AT'],
      ['Linz', 'Wels'],
    ],
  ])('%s: %s', (_lang, title, text, countries, cities) => {
    const found = read(title, text);
    expect(found.countries).toEqual(countries);
    expect([...found.cities].sort()).toEqual([...cities].sort());
  });
});

describe('a line that lists the job’s town with others', () => {
  it('reads every town of a title that lists the location line’s town (cs, de)', () => {
    const text =
      'Location: Brno\nWir suchen einen Analysten für unser Team. Du arbeitest mit Daten und berichtest an die Leitung.';
    const found = read('Analyst (Praha, Brno, Ostrava)', text);
    expect(found.countries).toEqual(['CZ']);
    expect([...found.cities].sort()).toEqual(['Brno', 'Ostrava', 'Prague']);
  });

  it('reads every office a sentence lists beside the location line’s town (no)', () => {
    const text =
      'Arbeidssted: Bergen\nVi søker en rådgiver til vårt team. Du kan jobbe fra et av kontorene våre; Bergen, Stavanger eller Tromsø.';
    expect([...read('Rådgiver', text).cities].sort()).toEqual(['Bergen', 'Stavanger', 'Tromsø']);
  });

  it('leaves the towns of a bus route in the benefits (pl)', () => {
    const text =
      'Miejsce pracy: Kraków\nSzukamy operatora maszyn do naszego zakładu.\nOferujemy:\n- dojazd autobusem z miejscowości: Kraków, Bochnia, Tarnów, Wieliczka';
    expect(read('Operator maszyn', text).cities).toEqual(['Kraków']);
  });
});

describe('the title’s town over a location line’s town in the same country', () => {
  it.each<Probe>([
    [
      'de',
      'Assistenz (m/w/d) für unser Büro Leipzig',
      'Location: Stuttgart\nWir suchen eine Assistenz für unser Büro. Du organisierst Termine und Reisen.',
      ['DE'],
      ['Leipzig'],
    ],
    [
      'sl',
      'Računovodja m/ž Ljubljana',
      'Lokacija: Maribor\nIščemo samostojnega računovodjo. Nudimo zaposlitev za nedoločen čas.',
      ['SI'],
      ['Ljubljana'],
    ],
  ])('%s: %s', (...p) => check(p));

  it('keeps the location line’s town when the title names one abroad', () => {
    const text = 'Location: Vienna\nWe are hiring a sales lead for our team. You will travel to clients.';
    expect(read('Sales Lead for the Budapest market', text).cities).toEqual(['Vienna']);
  });
});
