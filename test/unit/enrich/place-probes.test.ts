import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { findPlaces } from '../../../shared/enrich/places';
import { tokenize } from '../../../shared/enrich/tokenize';

// Short ads written for these tests (never fixture text), one or more per language of Europe's job
// markets: where each says the job is, and the places it names that are not the job's.
type Probe = [lang: string, title: string, text: string, countries: string[], cities: string[]];

const read = (title: string, text: string) => {
  const e = enrichPosting({ title, text });
  return { countries: e.countries, cities: e.cities };
};

const check = ([, title, text, countries, cities]: Probe) => expect(read(title, text)).toEqual({ countries, cities });

describe('a location line with a small town, in each language', () => {
  it.each<Probe>([
    ['en', 'Store Assistant', 'We are hiring a store assistant.\nLocation: Kendal\nFull time', ['GB'], ['Kendal']],
    [
      'de',
      'Lagerhelfer (m/w/d)',
      'Wir suchen einen Lagerhelfer.\nArbeitsort: 83646 Bad Tölz\nVollzeit',
      ['DE'],
      ['Bad Tölz'],
    ],
    ['fr', 'Comptable H/F', 'Nous recrutons un comptable.\nLieu de travail : 56000 Vannes\nCDI', ['FR'], ['Vannes']],
    [
      'es',
      'Camarero/a',
      'Buscamos camarero para nuestro restaurante.\nUbicación: Ponferrada (León)',
      ['ES'],
      ['Ponferrada'],
    ],
    ['pt', 'Rececionista', 'Procuramos rececionista para hotel.\nLocal de trabalho: Viseu', ['PT'], ['Viseu']],
    ['it', 'Magazziniere', 'Cerchiamo un magazziniere.\nSede di lavoro: Cremona (CR)', ['IT'], ['Cremona']],
    ['nl', 'Monteur', 'Wij zoeken een monteur.\nStandplaats: Zutphen\n40 uur per week', ['NL'], ['Zutphen']],
    ['pl', 'Magazynier', 'Szukamy magazyniera.\nMiejsce pracy: 83-110 Tczew', ['PL'], ['Tczew']],
    ['sv', 'Lagerarbetare', 'Vi söker lagerarbetare.\nPlaceringsort: Kalmar', ['SE'], ['Kalmar']],
    ['no', 'Lagermedarbeider', 'Vi søker lagermedarbeider.\nArbeidssted: 6413 Molde', ['NO'], ['Molde']],
    ['da', 'Lagermedarbejder', 'Vi søger en lagermedarbejder.\nArbejdssted: 7100 Vejle', ['DK'], ['Vejle']],
    ['fi', 'Varastotyöntekijä', 'Haemme varastotyöntekijää.\nTyöpaikan sijainti: Kajaani', ['FI'], ['Kajaani']],
    ['cs', 'Skladník', 'Hledáme skladníka.\nMísto výkonu práce: Jihlava', ['CZ'], ['Jihlava']],
    ['sk', 'Skladník', 'Hľadáme skladníka.\nMiesto výkonu práce: Poprad', ['SK'], ['Poprad']],
    ['hu', 'Raktáros', 'Raktárost keresünk.\nMunkavégzés helye: Eger', ['HU'], ['Eger']],
    ['ro', 'Operator depozit', 'Căutăm operator depozit.\nLocul de muncă: Sibiu', ['RO'], ['Sibiu']],
    ['et', 'Laotöötaja', 'Otsime laotöötajat.\nTöö asukoht: Pärnu', ['EE'], ['Pärnu']],
    ['lt', 'Sandėlininkas', 'Ieškome sandėlininko.\nDarbo vieta: Šiauliai', ['LT'], ['Šiauliai']],
    ['lv', 'Noliktavas darbinieks', 'Meklējam noliktavas darbinieku.\nDarba vieta: Valmiera', ['LV'], ['Valmiera']],
    ['hr', 'Skladištar', 'Tražimo skladištara.\nMjesto rada: Varaždin', ['HR'], ['Varaždin']],
    ['sl', 'Skladiščnik', 'Iščemo skladiščnika.\nKraj dela: Celje', ['SI'], ['Celje']],
  ])('%s: %s', (...probe) => check(probe));
});

describe('"based in" and "our office in" sentences', () => {
  it.each<Probe>([
    ['en', 'Accountant', 'The role is based at our office in Kendal, Cumbria.', ['GB'], ['Kendal']],
    ['de', 'Buchhalter (m/w/d)', 'Die Stelle ist an unserem Standort in Landshut angesiedelt.', ['DE'], ['Landshut']],
    ['fr', 'Comptable', 'Le poste est basé à Quimper.', ['FR'], ['Quimper']],
    ['es', 'Contable', 'El puesto está ubicado en Ponferrada.', ['ES'], ['Ponferrada']],
    ['pt', 'Contabilista', 'A função é baseada em Leiria.', ['PT'], ['Leiria']],
    ['it', 'Contabile', 'Il lavoro si svolge presso la nostra sede di Ravenna.', ['IT'], ['Ravenna']],
    ['nl', 'Boekhouder', 'Je werkt vanuit ons kantoor in Deventer.', ['NL'], ['Deventer']],
    ['sv', 'Ekonom', 'Tjänsten är placerad i Falun.', ['SE'], ['Falun']],
    ['no', 'Regnskapsfører', 'Stillingen er lokalisert i Haugesund.', ['NO'], ['Haugesund']],
    ['da', 'Bogholder', 'Stillingen er placeret i Horsens.', ['DK'], ['Horsens']],
  ])('%s: %s', (...probe) => check(probe));
});

describe('places that are not the job’s', () => {
  it.each<Probe>([
    ['en', 'Support Engineer', 'Our headquarters are in Munich, Germany.\nLocation: Kendal', ['GB'], ['Kendal']],
    [
      'de',
      'Vertriebsinnendienst (m/w/d)',
      'Wir beliefern Kunden in Frankreich, Spanien und Italien.\nArbeitsort: Landshut',
      ['DE'],
      ['Landshut'],
    ],
    [
      'en',
      'Project Manager',
      'Founded in Oslo in 1998, we now employ 400 people.\nThis role is based in Tallinn.',
      ['EE'],
      ['Tallinn'],
    ],
    [
      'fr',
      'Technicien',
      'Le poste est basé à Annecy.\nDéplacements ponctuels en Allemagne et en Suisse.',
      ['FR'],
      ['Annecy'],
    ],
    [
      'de',
      'Elektriker (m/w/d)',
      'Arbeitsort: Landshut\nDeine Aufgaben: Wartung von Anlagen.\n\nMusterfirma GmbH, Hauptstraße 1, 10115 Berlin',
      ['DE'],
      ['Landshut'],
    ],
    ['en', 'Account Manager', 'You will grow our Swedish market from our office in Tallinn.', ['EE'], ['Tallinn']],
    ['en', 'Account Manager', 'You will own the relationships with our Swedish and Danish customers.', [], []],
    [
      'en',
      'Data Analyst',
      'We have offices in London, Berlin and Warsaw.\nThis role is based in our Lisbon office.',
      ['PT'],
      ['Lisbon'],
    ],
    ['en', 'Backend Engineer', 'Nice to have: experience with Kafka.\nLocation: Leeds', ['GB'], ['Leeds']],
    ['en', 'Office Manager', 'Questions? Contact Florence Dupont in HR.\nLocation: Leeds', ['GB'], ['Leeds']],
  ])('%s: %s', (...probe) => check(probe));
});

describe('remote jobs: a region has no country, one country is that country', () => {
  it.each<Probe>([
    ['en', 'Backend Engineer (Remote)', 'Fully remote, open to candidates anywhere in the EU.', [], []],
    ['en', 'Backend Engineer', 'This is a 100% remote role; you can work from anywhere in Europe.', [], []],
    ['de', 'Backend-Entwickler (m/w/d)', '100 % remote aus ganz Deutschland möglich.', ['DE'], []],
    ['es', 'Desarrollador backend', 'Trabajo 100% remoto desde cualquier lugar de España.', ['ES'], []],
    ['en', 'Backend Engineer', 'Remote (Poland). You must live in Poland.', ['PL'], []],
  ])('%s: %s', (...probe) => check(probe));
});

describe('several places listed', () => {
  it.each<Probe>([
    [
      'sv',
      'Servicetekniker',
      'Vi söker servicetekniker.\nPlaceringsort: Kalmar eller Falun',
      ['SE'],
      ['Kalmar', 'Falun'],
    ],
    ['en', 'Sales Engineer', 'Location: Vejle, Denmark or Borås, Sweden', ['DK', 'SE'], ['Vejle', 'Borås']],
  ])('%s: %s', (...probe) => check(probe));
});

describe('an ad that names no place', () => {
  it('is for a job in its language’s one country when it is an office job, with the evidence saying so', () => {
    const e = enrichPosting({ title: 'Kokk', text: 'Vi søker en kokk til kjøkkenet vårt. Du må like å lage mat.' });
    expect(e.countries).toEqual(['NO']);
    expect(e.evidence).toContainEqual(
      expect.objectContaining({ field: 'countries', rule: 'ad language, no place named' }),
    );
  });

  it.each<Probe>([
    ['no', 'Rådgiver', 'Vi søker en rådgiver til vårt team. Du må snakke og skrive godt norsk.', ['NO'], []],
    ['pl', 'Księgowa', 'Szukamy księgowej do naszego zespołu. Wymagana biegła znajomość języka polskiego.', ['PL'], []],
    ['da', 'Konsulent', 'Vi søger en konsulent til vores team. Du taler og skriver flydende dansk.', ['DK'], []],
  ])('is for a job in its language’s one country when it asks for that language (%s: %s)', (...probe) => check(probe));

  it.each<Probe>([
    ['no', 'Utvikler', 'Vi søker en erfaren utvikler som vil jobbe med nye løsninger sammen med oss.', [], []],
    ['cs', 'Programátor', 'Hledáme programátora, který se k nám přidá a bude s námi tvořit nové věci.', [], []],
    [
      'fi',
      'Ohjelmistokehittäjä',
      'Etsimme kokenutta ohjelmistokehittäjää, joka haluaa kehittää uusia palveluja.',
      [],
      [],
    ],
  ])('names no country when it says neither where nor how the work is done (%s: %s)', (...probe) => check(probe));

  it.each<Probe>([
    ['no', 'Utvikler', 'Stillingen er 100 % fjernarbeid. Vi søker en erfaren utvikler.', [], []],
    ['pl', 'Programista', 'Praca w 100% zdalna. Szukamy doświadczonego programisty.', [], []],
  ])('says nothing of where a remote worker lives (%s: %s)', (...probe) => check(probe));
});

describe('a cue and the words around it', () => {
  it.each<Probe>([
    [
      'en',
      'Team Lead',
      'Our headquarters are in Oslo, but you will be working at our site in Bergen.',
      ['NO'],
      ['Bergen'],
    ],
    [
      'en',
      'Analyst',
      'You will be working at our headquarters in Zutphen or Deventer.',
      ['NL'],
      ['Zutphen', 'Deventer'],
    ],
    ['fr', 'Ingénieur', 'Fondée en 1950 à Genève, la société est basée à Lausanne.', [], []],
    ['en', 'Recruiter', 'The company has locations in Malta, Spain and Cyprus.', [], []],
  ])('%s: %s', (...probe) => check(probe));
});

describe('a town named with its province, county or area', () => {
  it.each<Probe>([
    ['sv', 'Förskollärare', 'Vi söker förskollärare.\nArbetsort: Knivsta, Uppsala län', ['SE'], ['Knivsta']],
    ['de', 'Techniker (m/w/d)', 'Wir suchen Techniker.\nArbeitsort: Erding (München)', ['DE'], ['Erding']],
    ['en', 'Barista', 'A cosy café in the Leeds area is hiring.', ['GB'], ['Leeds']],
    ['en', 'Engineer', 'You live in the Stockholm area and work at our office in Solna.', ['SE'], ['Solna']],
  ])('%s: %s', (...probe) => check(probe));
});

// The ad's language given (these ads are too short for it to be recognised): what the place finder reads.
const inLanguage = (lang: string, title: string, text: string) => {
  const found = findPlaces(tokenize(title, 'title'), [], tokenize(text), lang);
  return { countries: found.countries, cities: found.cities };
};

describe('a place named in a case form of the ad’s language', () => {
  it.each<Probe>([
    ['fi', 'Myyjä', 'Haemme myyjää. Työpaikka sijaitsee Kuopiossa.', ['FI'], ['Kuopio']],
    ['fi', 'Myyjä', 'Haemme myyjää. Toimistomme on Tampereella.', ['FI'], ['Tampere']],
    ['fi', 'Asiakaspalvelija', 'Haemme asiakaspalvelijaa toimistollemme Tukholmassa.', ['SE'], ['Stockholm']],
    ['et', 'Kokk', 'Otsime kokka. Töö toimub Pärnus.', ['EE'], ['Pärnu']],
    ['hu', 'Szakács', 'Szakácsot keresünk. Munkavégzés Egerben, teljes munkaidőben.', ['HU'], ['Eger']],
    ['pl', 'Księgowa', 'Szukamy księgowej. Praca w Tczewie, pełny etat.', ['PL'], ['Tczew']],
    ['pl', 'Księgowa', 'Szukamy księgowej. Praca stacjonarna w Krakowie.', ['PL'], ['Kraków']],
    ['cs', 'Účetní', 'Hledáme účetní. Práce v Jihlavě na plný úvazek.', ['CZ'], ['Jihlava']],
    ['sk', 'Účtovník', 'Hľadáme účtovníka. Práca v Poprade.', ['SK'], ['Poprad']],
    ['hr', 'Kuhar', 'Tražimo kuhara. Posao u Varaždinu.', ['HR'], ['Varaždin']],
    ['sl', 'Kuhar', 'Iščemo kuharja. Delo v Celju.', ['SI'], ['Celje']],
    ['lt', 'Virėjas', 'Ieškome virėjo. Darbas Šiauliuose.', ['LT'], ['Šiauliai']],
    ['fi', 'Asiakaspalvelija', 'Työ tehdään kotoa käsin, ja asut Suomessa.', ['FI'], []],
  ])('%s: %s', (lang, title, text, countries, cities) =>
    expect(inLanguage(lang, title, text)).toEqual({ countries, cities }),
  );

  it('takes no capitalised word of the ad for a town', () => {
    expect(inLanguage('fi', 'Myyjä', 'Tehtävässäsi palvelet asiakkaita. Tarjoamme koulutuksen.').cities).toEqual([]);
    expect(inLanguage('hu', 'Szakács', 'Feladatok: főzés. Elvárások: tapasztalat.').cities).toEqual([]);
  });
});

describe('towns by their council and by foreign names', () => {
  it.each<Probe>([
    ['nl', 'Beleidsmedewerker', 'Lokaal Bestuur Zutphen zoekt een beleidsmedewerker.', ['NL'], ['Zutphen']],
    ['fr', 'Agent d’accueil', 'La Mairie de Vannes recrute un agent d’accueil.', ['FR'], ['Vannes']],
    ['sv', 'Kundtjänst', 'Arbetsort: Aten, Grekland', ['GR'], ['Athens']],
    ['en', 'Analyst', 'Location: New York, NY', ['US'], ['New York City']],
    ['pl', 'Tester', 'Miejsce pracy: Wrocław', ['PL'], ['Wroclaw']],
  ])('%s: %s', (lang, title, text, countries, cities) =>
    expect(inLanguage(lang, title, text)).toEqual({ countries, cities }),
  );
});

describe('a "based in" that is the company’s', () => {
  it.each<Probe>([
    ['en', 'Accountant', 'This job is in Dublin. Our parent company is based in Paris.', ['IE'], ['Dublin']],
    ['en', 'Engineer', 'Our headquarters are located in Oslo.\nLocation: Tartu', ['EE'], ['Tartu']],
    ['de', 'Monteur (m/w/d)', 'Für unseren Standort Regensburg suchen wir einen Monteur.', ['DE'], ['Regensburg']],
  ])('%s: %s', (lang, title, text, countries, cities) =>
    expect(inLanguage(lang, title, text)).toEqual({ countries, cities }),
  );
});

describe('a town named as near the job’s place', () => {
  it.each<Probe>([
    ['de', 'Versand (m/w/d)', 'Unser Lager liegt im Süden Münchens.', ['DE'], []],
    ['de', 'Fahrer (m/w/d)', 'Arbeitsort: Erding, nördlich von München', ['DE'], ['Erding']],
    ['en', 'Farm Hand', 'Work on a farm near Uppsala, Sweden.', ['SE'], []],
    ['en', 'Courier', 'Deliveries across South London.\nLocation: London', ['GB'], ['London']],
  ])('%s: %s', (lang, title, text, countries, cities) =>
    expect(inLanguage(lang, title, text)).toEqual({ countries, cities }),
  );
});
