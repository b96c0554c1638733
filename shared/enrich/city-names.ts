import { lazy } from './lazy';
import { fold } from './tokenize';

// The big cities of Europe's job markets by every name ads give them (local, English, the
// neighbours' languages, Cyrillic and Greek): GeoNames knows each by one name only, often an
// exonym ("Pilsen", "Venice"), so a hand table holds the others.

function words(name: string): string[] {
  return [...name.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)].map((m) => fold(m[0]));
}

/** Major European cities with their local and foreign spellings; the first is the name we report. */
const CITY_TABLE: [string, string[]][] = [
  ['PT', ['Lisbon', 'Lisboa', 'Lissabon', 'Lisbonne', 'Lizbona', 'Lissabon', 'Lisbona']],
  ['PT', ['Porto', 'Oporto']],
  ['PT', ['Braga']],
  ['PT', ['Coimbra']],
  ['PT', ['Faro']],
  ['ES', ['Madrid']],
  ['ES', ['Barcelona', 'Barcelone']],
  ['ES', ['Valencia', 'València']],
  ['ES', ['Málaga', 'Malaga']],
  ['ES', ['Seville', 'Sevilla', 'Séville']],
  ['ES', ['Bilbao']],
  ['ES', ['Palma']],
  ['FR', ['Paris', 'Parigi', 'Paryż']],
  ['FR', ['Lyon', 'Lione']],
  ['FR', ['Marseille', 'Marsiglia', 'Marsella']],
  ['FR', ['Toulouse']],
  ['FR', ['Lille']],
  ['FR', ['Bordeaux']],
  ['FR', ['Nantes']],
  ['FR', ['Strasbourg', 'Straßburg']],
  ['DE', ['Berlin', 'Berlino', 'Berlim', 'Berlijn']],
  ['DE', ['Munich', 'München', 'Múnich', 'Monachium', 'Monaco di Baviera']],
  ['DE', ['Hamburg', 'Hambourg', 'Amburgo', 'Hamburgo']],
  ['DE', ['Frankfurt', 'Francfort', 'Fráncfort']],
  ['DE', ['Cologne', 'Köln', 'Keulen', 'Colonia']],
  ['DE', ['Düsseldorf']],
  ['DE', ['Stuttgart']],
  ['DE', ['Leipzig']],
  ['DE', ['Dresden', 'Dresde']],
  ['DE', ['Nuremberg', 'Nürnberg']],
  ['DE', ['Hannover', 'Hanover']],
  ['DE', ['Bremen']],
  ['AT', ['Vienna', 'Wien', 'Wenen', 'Vienne', 'Viena', 'Wiedeń', 'Wenen']],
  ['AT', ['Graz']],
  ['AT', ['Salzburg']],
  ['CH', ['Zurich', 'Zürich', 'Zúrich', 'Zurigo']],
  ['CH', ['Geneva', 'Genf', 'Genève', 'Ginevra', 'Ginebra']],
  ['CH', ['Basel', 'Bâle', 'Basilea']],
  ['CH', ['Lausanne']],
  ['CH', ['Lucerne', 'Luzern', 'Lucerna']],
  ['NL', ['Amsterdam']],
  ['NL', ['Rotterdam']],
  ['NL', ['The Hague', 'Den Haag']],
  ['NL', ['Utrecht']],
  ['NL', ['Eindhoven']],
  ['NL', ['Groningen']],
  ['BE', ['Brussels', 'Bruxelles', 'Brussel', 'Brüssel', 'Bryssel', 'Bruselas', 'Bruxelas', 'Bruksela']],
  ['BE', ['Antwerp', 'Antwerpen', 'Anvers', 'Amberes']],
  ['BE', ['Ghent', 'Gent', 'Gand']],
  ['BE', ['Leuven', 'Louvain']],
  ['BE', ['Bruges', 'Brugge', 'Brügge', 'Brujas']],
  ['IE', ['Dublin', 'Dublino']],
  ['IE', ['Cork']],
  ['IE', ['Galway']],
  ['GB', ['London', 'Londres', 'Londra', 'Lontoo', 'Londyn', 'Londen']],
  ['GB', ['Manchester']],
  ['GB', ['Edinburgh', 'Édimbourg']],
  ['GB', ['Glasgow']],
  ['GB', ['Birmingham']],
  [
    'DK',
    ['Copenhagen', 'København', 'Kopenhagen', 'Köpenhamn', 'Copenhague', 'Copenaghen', 'Kööpenhamina', 'Kopenhaga'],
  ],
  ['DK', ['Aarhus', 'Århus']],
  ['DK', ['Odense']],
  ['DK', ['Aalborg', 'Ålborg']],
  ['NO', ['Oslo']],
  ['NO', ['Bergen']],
  ['NO', ['Trondheim']],
  ['NO', ['Stavanger']],
  ['SE', ['Stockholm', 'Estocolmo', 'Sztokholm', 'Tukholma']],
  ['SE', ['Gothenburg', 'Göteborg']],
  ['SE', ['Malmö', 'Malmo']],
  ['SE', ['Uppsala']],
  ['FI', ['Helsinki', 'Helsingfors']],
  ['FI', ['Espoo', 'Esbo']],
  ['FI', ['Tampere', 'Tammerfors']],
  ['FI', ['Turku', 'Åbo']],
  ['EE', ['Tallinn', 'Tallin', 'Таллин']],
  ['EE', ['Tartu']],
  ['LV', ['Riga', 'Rīga', 'Ryga']],
  ['LT', ['Vilnius', 'Wilno']],
  ['LT', ['Kaunas']],
  ['PL', ['Warsaw', 'Warszawa', 'Warschau', 'Varsovie', 'Varsovia', 'Varsavia', 'Varsova']],
  ['PL', ['Kraków', 'Krakow', 'Krakau', 'Cracovie', 'Cracovia']],
  ['PL', ['Wroclaw', 'Wrocław', 'Breslau']],
  ['PL', ['Gdańsk', 'Gdansk', 'Danzig']],
  ['PL', ['Poznań', 'Poznan', 'Posen']],
  ['PL', ['Lodz', 'Łódź']],
  ['PL', ['Katowice']],
  ['CZ', ['Prague', 'Praha', 'Prag', 'Praga', 'Praag']],
  ['CZ', ['Brno', 'Brünn']],
  ['CZ', ['Pilsen', 'Plzeň']],
  ['CZ', ['Ostrava']],
  ['BG', ['Sofia', 'София']],
  ['BG', ['Plovdiv', 'Пловдив']],
  ['BG', ['Varna', 'Варна']],
  ['BG', ['Burgas', 'Бургас']],
  ['SK', ['Bratislava']],
  ['HU', ['Budapest', 'Budapeste']],
  ['RO', ['Bucharest', 'București', 'Bucuresti', 'Bukarest', 'Bucarest']],
  ['RO', ['Cluj-Napoca', 'Cluj']],
  ['GR', ['Athens', 'Athen', 'Aten', 'Athènes', 'Atenas', 'Atene', 'Ateny', 'Ateena', 'Αθήνα', 'Афины']],
  ['GR', ['Thessaloniki', 'Saloniki', 'Θεσσαλονίκη']],
  ['HR', ['Zagreb']],
  ['SI', ['Ljubljana']],
  ['RS', ['Belgrade', 'Beograd', 'Belgrad', 'Београд', 'Белград']],
  ['RS', ['Novi Sad', 'Нови Сад']],
  ['MT', ['Valletta']],
  ['MT', ['Sliema']],
  ['MT', ["St Julian's", 'St Julians', "St. Julian's", 'San Ġiljan']],
  ['CY', ['Limassol', 'Λεμεσός']],
  ['CY', ['Nicosia', 'Λευκωσία']],
  ['IT', ['Milan', 'Milano', 'Mailand', 'Milán', 'Milão']],
  ['IT', ['Rome', 'Roma']],
  ['IT', ['Turin', 'Torino']],
  ['IT', ['Naples', 'Napoli', 'Neapel']],
  ['IT', ['Florence', 'Firenze', 'Florenz']],
  ['IT', ['Bologna']],
  ['IT', ['Venice', 'Venezia', 'Venedig', 'Venise']],
  ['IT', ['Genoa', 'Genova', 'Genua', 'Gênes']],
  ['IT', ['Padua', 'Padova', 'Padoue']],
  ['IS', ['Reykjavik', 'Reykjavík']],
  ['TR', ['Istanbul', 'İstanbul']],
  ['UA', ['Kyiv', 'Kiev', 'Kyjiw', 'Київ', 'Киев']],
  ['UA', ['Lviv', 'Львів', 'Lwów', 'Lemberg']],
  ['BY', ['Minsk', 'Мінск', 'Минск']],
  ['RU', ['Moscow', 'Москва', 'Moskau', 'Moscou', 'Moskwa', 'Moscú']],
  ['US', ['New York City', 'New York', 'NYC']],
  ['US', ['San Francisco']],
  // A city whose name starts with its country's.
  ['MX', ['Mexico City', 'Ciudad de México', 'Cidade do México']],
];

const cityTables = lazy(() => {
  const phrases = new Map<string, { words: string[]; city: string; code: string }[]>();
  for (const [code, names] of CITY_TABLE) {
    const city = names[0] ?? '';
    for (const name of names) {
      const w = words(name);
      const first = w[0];
      if (!first) continue;
      const list = phrases.get(first) ?? [];
      list.push({ words: w, city, code });
      phrases.set(first, list);
    }
  }
  return phrases;
});

/** City phrases starting with a folded word. */
export function cityPhrases(first: string): { words: string[]; city: string; code: string }[] | undefined {
  return cityTables().get(first);
}
