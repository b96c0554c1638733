import { lazy } from './lazy';
import { type Clause, fold } from './tokenize';

// Jobs done with one's hands at a place (GUIDE.md: "onsite … the work is physical: cleaning,
// warehouse, field service, a shop"), named in a title in the languages of Europe's job markets.
// A stem matches inside a word ("Reinigungskraft", "sairaanhoitaja", "lagermedarbejder"); "=word"
// only as a whole word (with a plural "s"), "word$" only at a word's end ("Beikoch", not "Kochbuch").
const OCCUPATIONS = `
  cleaner cleaning housekeep janitor reinigungskraft reinigungsmitarb gebäudereinig raumpfleg renhold rengøring
  lokalvård städare siivo nettoyage limpieza limpiador pulizie limpeza schoonma sprzątacz sprzątani uklízeč úklid
  upratov takarít curățenie чистач καθαρίστ čistač čistilk čistilec koristaja apkopēj valytoj
  warehouse lagerarbe lagermedarb lagerist lagerhelfer lagermitarb lagerlogist lagerpersonal kommissionier
  staplerfahrer gabelstapler truckförare truckfører versandmitarb magazynier skladník raktáros склад αποθήκ
  skladišt varastotyö varastomies laotöötaja noliktav sandėlinink magasinier manutentionnaire cariste almacén
  carretiller magazzin mulettista armazém magazijn orderpicker heftruck forklift =picker =packer shelf vakkenvul
  regalauff reponedor
  =driver =drivers chauffeur fahrer$ fahrerin$ sjåfør chaufför kierowc řidič vodič sofőr șofer шофьор =οδηγός =οδηγοί vozač
  voznik kuljettaja autojuht autovadītāj vairuotoj =conducteur =conductor autista =motorista =courier kurier =taxi
  bezorger budbil
  =cook =cooks kitchen koch$ köchin$ küchenhilf =kok kokk$ kock$ kjøkken køkken keittiö kokki cuisinier plongeur
  cocinero cocinera =cocina cuoco cuoca cucina cozinheir cozinha kucharz kuchař kuchár szakács bucătar готвач
  μάγειρ kuhar pavār virėj waiter waitress kellner servitør servitör servitris tarjoilija serveuse
  camarer cameriere cameriera garçom kelner číšník čašník pincér ospătar сервитьор σερβιτόρ konobar natakar
  ettekandja oficiant padavėj barista bartender barkeeper dishwasher opvasker diskare felszolgál hotel hotell
  receptionist rezeption réceptionn recepcionist
  cashier kassierer kassiererin kassamedarb kasjer pokladn pénztáros casier касиер ταμί blagajn butiksmedarb
  butiksbitr butikkmedarb filialmitarb winkelmedewerker =dependiente =dependienta =commesso
  nurse nursing caregiver =carer pflegefach pflegekraft krankenpfleg altenpfleg pflegehelf pflegeassist
  krankenschwester sykepleie sygepleje sjuksköterska undersköterska helsefagarb omsorgsarb hjemmehjel hemtjänst
  hjemmepleje hoitaja sairaanhoi infirmier infirmière soignant enfermer infermier enfermeir verpleeg
  verzorgende pielęgniar opiekunka ošetřovatel ápoló sestr
  νοσηλευ =õde medmās slaugytoj physician =doctor arzt$ ärztin$ läkare lääkäri médecin
  =medico =medica lekarz lékař lekár orvos =лекар γιατρ liječnik zdravnik =arst ārsts gydytoj dentist zahnarzt
  tandläkare tannlege tandlæge hammaslääk dentiste dentista tandarts dentyst zubař fogorvos physiotherap
  fysioterap kinésithérap fisioterap fizjoterap midwife hebamme jordmor jordemor barnmorska paramedic
  rettungssanit ambulans
  teacher kindergarten erzieher lehrer lehrkraft =pedagog =pedagoger =pedagogen förskol barnehage lærer lärare opettaja päiväkoti
  varhaiskasvat enseignant professeur éducateur éducatrice educador educadora educatoare maestr =profesor
  =profesora =docente insegnant =professor leraar leerkracht nauczyciel przedszkol učitel vychovatel tanár óvoda
  óvónő учител εκπαιδευτικ δάσκαλ nastavni učitelj vzgojitelj õpetaja skolotāj mokytoj auklėtoj
  electrician elektriker elektroniker elektroinstallat installateur monteur montador montatore =monter asentaja
  mechaniker mechatroniker mekaniker mekaanikko mécanicien électricien plombier electricista fontanero
  elettricista idraulico eletricista canalizador loodgieter elektricien elektryk elektrikář instalatér
  villanyszerel szerelő електротехник монтьор električar vodoinstalater mehaanik elektriķis elektrikas welder
  schweißer sveiser svetsare svejser hitsaaja soudeur soldador saldator lasser spawacz svářeč zvárač hegesztő
  sudor заварчик zavarivač varilec keevitaja metinātāj suvirintoj carpenter joiner tischler schreiner zimmerer
  snekker snickare tømrer snedker puuseppä kirvesmies menuisier charpentier carpinter falegname timmerman stolarz
  cieśla truhlář tesař asztalos tâmplar дърводел ξυλουργ =stolar mizar puusepp galdniek staliu bricklayer maurer
  murare =murer muurari albañil muratore pedreiro metselaar murarz zedník kőműves zidar зидар plumber
  roofer dachdecker lackierer bauhelfer bauarbeiter obrero operario operaio operária produktionsmitarb
  produktionshelfer produktionsarbet produksjonsmedarb produktionsmedarb productiemedewerker tuotantotyönt
  gebäudetechniker haustechnik hausmeister vaktmester fastighetssk vicevært kiinteistönhoit concierge conserje
  custode huismeester konserwator gondnok wachmann sicherheitsmitarb werkschutz nattevakt vekter väktare vartija
  =vigilante beveiliger ochroniarz strážný охранител φύλακ zaštitar varnostnik turvatöötaja apsargs apsaugin
  außendienst servicetechniker servicetekniker kundendiensttechniker wartungstechniker instandhalt
  huoltoasentaja landwirt$ landwirtin$ jardinier jardiner giardinier tuinman ogrodnik hovenier metzger fleischer =baker bäcker
  boulanger panader fornaio bakker piekarz leipuri =bager bagare friseur frisør frisör hairdresser coiffeu
  peluquer parrucchier kapper fryzjer kampaaja haushaltshilfe nanny babysit niania kinderbetreu
`;

/** Several words said as one ("security guard", "field service", "домашни помощници"). */
const PHRASES = [
  'security guard',
  'field service',
  'field technician',
  'field engineer',
  'shop assistant',
  'store assistant',
  'retail assistant',
  'care assistant',
  'care worker',
  'construction worker',
  'production operator',
  'production worker',
  'maintenance technician',
  'agent d entretien',
  'femme de ménage',
  'agent de sécurité',
  'agent de pază',
  'commis de cuisine',
  'préparateur de commandes',
  'mozo de almacén',
  'ayudante de cocina',
  'empregado de mesa',
  'operatore socio',
  'operator produkcji',
  'opérateur de production',
  'biztonsági őr',
  'asistent medical',
  'asistentă medical',
  'медицинска сестра',
  'opiekun osób',
  'домашни помощни',
  'au pair',
];

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PATTERN = lazy(() => {
  const parts = OCCUPATIONS.trim()
    .split(/\s+/)
    .map((w) => {
      if (w.startsWith('=')) return `(?<![^ ])${literal(fold(w.slice(1)))}s?(?![^ ])`;
      if (w.endsWith('$')) return `${literal(fold(w.slice(0, -1)))}(?![^ ])`;
      return literal(fold(w));
    });
  for (const p of PHRASES) parts.push(`(?<![^ ])${literal(fold(p))}`);
  return new RegExp(parts.join('|'));
});

/** "Device driver", "data warehouse", "data cleaning": a thing of software, not of hands. */
const SOFTWARE_BEFORE = /(?:device|kernel|software|linux|graphics|gpu|data) ?$/;
/** A title naming an engineer or developer ("Inżynier elektryk", "Ingenieur Haustechnik") is not a trade. */
const ENGINEER =
  /(?<![^ ])(?:engineers?|developers?|ingenieur\S*|inzynier\S*|ingenier\S*|ingegner\S*|ingenjor\S*|insinoor\S*|ingeniør\S*|mernok\S*|inginer\S*|инженер\S*|inzenyr\S*|inzinier\S*|inzenjer\S*|inzenir\S*|entwickler\S*)(?![^ ])/;

/** The title clause that names physical work done at a place, or null. */
export function physicalWork(titleClauses: Clause[]): Clause | null {
  for (const clause of titleClauses) {
    // A title is short; a scraped "title" holding a whole paragraph is read no further than this.
    const text = clause.tokens
      .slice(0, 16)
      .map((t) => t.key)
      .join(' ');
    const match = PATTERN().exec(text);
    if (!match || SOFTWARE_BEFORE.test(text.slice(0, match.index))) continue;
    // A phrase ("field engineer", "security guard") says it; a trade word beside "engineer" does not.
    if (match[0].includes(' ') || !ENGINEER.test(text)) return clause;
  }
  return null;
}
