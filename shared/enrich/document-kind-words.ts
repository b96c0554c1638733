import { fold, foldedSet } from './tokenize';

// The words document-kind.ts reads a document's kind by, in the languages of Europe's job markets.

const words = (list: string) =>
  list
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean)
    .join('|');
/** Whole phrases, case-insensitive; letters on either side make no match ("artikel" is not "artikelnummer"). */
const phrases = (list: string) => new RegExp(`(?<![\\p{L}\\d])(?:${words(list)})(?![\\p{L}\\d])`, 'iu');
/**
 * Phrases matched on a text's tokens rather than its characters (one pass for all of them, at the
 * cost of a look-up per word): each phrase as its folded words, as tokenize() keys them.
 */
const tokenPhrases = (list: string): string[][] =>
  words(list)
    .split('|')
    .map((p) =>
      p
        .split(/[^\p{L}\d]+/u)
        .filter(Boolean)
        .map(fold),
    );

/** The document calls itself an article or a blog post. */
export const SELF_ARTICLE =
  tokenPhrases(`this article|in this post|this blog post|in this blog|i denna artikel|i den här artikeln|
  i det här blogginlägget|i denne artikel|i dette blogindlæg|i denne artikkelen|i denne artikkelen|in diesem artikel|
  in diesem beitrag|in diesem blogbeitrag|dans cet article|dans ce billet|en este artículo|en este post|neste artigo|
  nesta publicação|in questo articolo|in questo post|in dit artikel|in deze blog|w tym artykule|w tym wpisie|
  tässä artikkelissa|tässä kirjoituksessa|v tomto článku|v tomto článku|v tomto příspěvku|ebben a cikkben|
  ebben a bejegyzésben|în acest articol|σε αυτό το άρθρο|στο άρθρο αυτό|selles artiklis|šajā rakstā|šiame straipsnyje|
  u ovom članku|v tem članku|в этой статье|в тази статия|у цій статті|bu yazıda|bu makalede`);

/** A picture's credit line, as news pages and blogs print it, or a stock-photo library. */
export const PHOTO_LINE =
  /^\s*[([]?\s*(?:fot\.|foto\s*:|photo\s*:|photos\s*:|image\s*:|imagem\s*:|imagen\s*:|immagine\s*:|bild\s*:|bildquelle|bildnachweis|kuva\s*:|zdjęcie\s*:|snímek\s*:|kép\s*:|φωτογραφία\s*:|фото\s*:|photo credit|crédit photo|crédito|credits?\s*:)/iu;
export const STOCK_PHOTO = tokenPhrases(
  'pexels|unsplash|shutterstock|adobestock|adobe stock|getty images|istock|istockphoto|pixabay|depositphotos|dreamstime|123rf|freepik',
);

/** A news page's or a blog's link to its other articles, as a line of its own ("Lire également : …"). */
export const RELATED_ARTICLES =
  /^\s*(?:read also|also read|see also|related articles|related posts|more articles|lire également|à lire aussi|lire aussi|articles similaires|articles liés|ähnliche artikel|weitere artikel|das könnte sie auch interessieren|mehr zum thema|relaterte saker|relaterte artikler|relaterede artikler|relaterade artiklar|artículos relacionados|te puede interesar|lee también|leia também|artigos relacionados|leggi anche|articoli correlati|potrebbe interessarti|lees ook|gerelateerde artikelen|czytaj także|czytaj też|przeczytaj też|podobne artykuły|lue myös|aiheesta lisää|čtěte také|související články|čítajte aj|súvisiace články|kapcsolódó cikkek|olvasd el|citește și|articole similare|διαβάστε επίσης|σχετικά άρθρα|loe ka|lasiet arī|skaitykite taip pat|pročitajte još|povezani članci|preberite še|читайте также|похожие статьи|прочетете още|читайте також|ilgili haberler)(?=[\s:.…]|$)/iu;

/** A press release's or a wire story's opening: "Berlin (ots) –", "PARIS (AFP) -". */
export const DATELINE =
  /^\s*\p{Lu}[\p{L}.' -]{1,30}\s*[,/]?\s*\((?:ots|apa|dpa|afp|ap|reuters|pap|čtk|ctk|tasr|mti|ansa|adnkronos|efe|europa press|lusa|anp|belga|ntb|tt|ritzau|stt|sta|hina|bta|leta|bns|elta|err|agerpres|ana-mpa|ria novosti|tass|ukrinform|pr newswire|prnewswire|business wire|globe newswire|globenewswire|pressetext|pts|pte|idw)\)\s*[-–—:]/iu;
/**
 * A news story's own dateline, without an agency: a place, a comma, the day and month, a dash
 * ("Ljubljana, 27. aprila -", "LONDON, March 3 —", "Berlin, 3. März 2024 –"). An ad never opens so.
 */
export const PLACE_DATELINE =
  /^\s*\p{Lu}[\p{L}' .-]{1,30},\s*(?:\d{1,2}\.?\s*\p{L}{3,12}\.?|\p{L}{3,12}\.?\s*\d{1,2}(?:st|nd|rd|th)?)(?:,?\s*(?:19|20)\d\d)?\s*[-–—]\s/u;
export const PRESS_RELEASE = phrases(`press release|pressemitteilung|presseinformation|pressemeddelelse|pressemelding|
  pressmeddelande|communiqué de presse|nota de prensa|comunicado de prensa|comunicado de imprensa|comunicato stampa|
  persbericht|komunikat prasowy|informacja prasowa|tiedote|lehdistötiedote|tisková zpráva|tlačová správa|
  sajtóközlemény|comunicat de presă|δελτίο τύπου|pressiteade|preses relīze|pranešimas spaudai|priopćenje za medije|
  sporočilo za javnost|пресс-релиз|прессъобщение|прес-реліз|basın bülteni`);

/**
 * An occupation guide's question about one occupation, asked as a heading or a title: "What does a
 * nurse do?", "Hva er en sykepleier?", "Que fait un infirmier ?" (at most three words after it, so
 * an ad's "What does a typical day look like?" is no guide).
 */
const GUIDE_OPENING = words(`what does an?|what is an?|hva gjør en|hva gjør et|hva er en|hva er et|vad gör en|
  vad gör ett|vad är en|vad är ett|hvad laver en|hvad laver et|hvad er en|hvad er et|was macht ein|was macht eine|
  was ist ein|was ist eine|qu'est-ce qu'un|qu'est-ce qu'une|que fait un|que fait une|qué hace un|qué hace una|qué es un|
  qué es una|o que faz um|o que faz uma|o que é um|o que é uma|cosa fa un|cosa fa una|che cos'è un|wat doet een|
  wat is een|czym zajmuje się|kim jest|mitä tekee|mikä on|co dělá|kdo je|čo robí|kto je|mit csinál|mivel foglalkozik|
  ce face un|ce face o|ce este un|τι κάνει ένας|τι κάνει μια|τι είναι ένας|mida teeb|kes on|ko dara|kas ir|ką veikia|
  kas yra|što radi|tko je|kaj dela|kdo je|чем занимается|кто такой|какво прави|кой е|що робить|хто такий|ne yapar|
  nedir`);
export const GUIDE_QUESTION = new RegExp(
  `^\\s*(?:#+\\s*)?(?:${GUIDE_OPENING})\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}(?:\\s+do)?\\s*\\?\\s*$`,
  'iu',
);
/** How to become one: a guide's title. */
export const HOW_TO_BECOME =
  phrases(`how to become|how do i become|hvordan bli|hvordan blir man|hur blir man|hur blir du|
  hvordan bliver man|hvordan bliver du|wie wird man|wie werde ich|comment devenir|cómo ser|cómo convertirse en|
  como se tornar|come diventare|hoe word je|jak zostać|miten tulla|miten pääsee|jak se stát|ako sa stať|hogyan legyél|
  hogyan lehetsz|cum să devii|πώς να γίνετε|kuidas saada|kā kļūt|kaip tapti|kako postati|как стать|как да станете|
  як стати|nasıl olunur`);
/** Words only an occupation guide, a salary guide or a career site's article uses. */
export const GUIDE_WORDS = phrases(
  `career guide|careers guide|job profile|occupation profile|yrkesguide|yrkesbeskrivning|yrkesbeskrivelse|
  jobbeskrivelse og|stillingsbeskrivelse og|berufsbild|berufsprofil|berufsbeschreibung|fiche métier|fiches métiers|
  guía profesional|guía de carrera|guia de carreira|guida alla professione|beroepsprofiel|beroepsomschrijving|
  opis zawodu|ammattikuvaus|ammattinimike|popis profese|popis povolání|pályakép|foglalkozás leírása|descrierea ocupației|
  ametikirjeldus|profesijas apraksts|profesijos aprašymas|opis zanimanja|opis poklica|описание профессии|
  описание на професията|опис професії|meslek tanımı`,
);
export const AVERAGE_SALARY = tokenPhrases(
  `average salary|average pay|median salary|gjennomsnittslønn|genomsnittslön|medellön|medianlön|gennemsnitsløn|
  durchschnittsgehalt|durchschnittliches gehalt|durchschnittsverdienst|salaire moyen|salario medio|salario promedio|
  salário médio|stipendio medio|retribuzione media|gemiddeld salaris|gemiddelde salaris|średnie wynagrodzenie|
  średnia pensja|keskipalkka|keskimääräinen palkka|průměrný plat|průměrná mzda|priemerný plat|átlagfizetés|átlagbér|
  salariul mediu|μέσος μισθός|keskmine palk|vidējā alga|vidutinis atlyginimas|prosječna plaća|povprečna plača|
  средняя зарплата|средна заплата|середня зарплата|ortalama maaş|gjennomsnittslønnen|genomsnittslönen|medellönen|
  gennemsnitslønnen|durchschnittsgehalts|keskipalkan|átlagfizetése|átlagbére`,
);
/** Employers in general, as a guide or a report writes about them ("many employers prefer"). */
export const EMPLOYERS_IN_GENERAL = tokenPhrases(`some employers|many employers|most employers|nogle arbejdsgivere|
  mange arbejdsgivere|de fleste arbejdsgivere|noen arbeidsgivere|mange arbeidsgivere|de fleste arbeidsgivere|
  vissa arbetsgivare|många arbetsgivare|de flesta arbetsgivare|einige arbeitgeber|viele arbeitgeber|
  die meisten arbeitgeber|certains employeurs|de nombreux employeurs|la plupart des employeurs|algunos empleadores|
  muchos empleadores|la mayoría de los empleadores|alguns empregadores|muitos empregadores|a maioria dos empregadores|
  alcuni datori di lavoro|molti datori di lavoro|sommige werkgevers|veel werkgevers|de meeste werkgevers|
  niektórzy pracodawcy|wielu pracodawców|większość pracodawców|jotkut työnantajat|monet työnantajat|
  useimmat työnantajat|někteří zaměstnavatelé|mnoho zaměstnavatelů|niektorí zamestnávatelia|egyes munkáltatók|
  sok munkáltató|a legtöbb munkáltató|unii angajatori|mulți angajatori|ορισμένοι εργοδότες|πολλοί εργοδότες|
  mõned tööandjad|paljud tööandjad|daži darba devēji|daudzi darba devēji|kai kurie darbdaviai|daugelis darbdavių|
  neki poslodavci|mnogi poslodavci|nekateri delodajalci|številni delodajalci|некоторые работодатели|
  многие работодатели|някои работодатели|много работодатели|деякі роботодавці|багато роботодавців|bazı işverenler|
  birçok işveren`);

/** A careers page that says it has nothing open. */
export const NO_OPENINGS =
  tokenPhrases(`no open positions|no current openings|no open roles|no vacancies|no current vacancies|
  there are currently no|we currently have no|we have no open|keine offenen stellen|derzeit keine stellen|
  derzeit keine offenen|aktuell keine offenen|zurzeit keine offenen|ingen ledige stillinger|ingen ledige stillingar|
  ingen ledige job|inga lediga tjänster|inga lediga jobb|inga lediga platser|aucun poste|aucune offre|
  pas de poste ouvert|no hay ofertas|no hay vacantes|no tenemos vacantes|no tenemos ofertas|não há vagas|
  não temos vagas|nenhuma vaga|nessuna posizione aperta|non ci sono posizioni|geen vacatures|geen openstaande|
  brak ofert|brak wolnych|brak aktualnych ofert|ei avoimia|nemáme volné|nemáme žádné volné|žádné volné pozice|
  nemáme voľné|nincs nyitott|nincsenek nyitott|jelenleg nincs|nu avem posturi|nu există posturi|δεν υπάρχουν ανοιχτές|
  δεν υπάρχουν διαθέσιμες|vabu töökohti ei ole|pašlaik nav vakanču|laisvų darbo vietų nėra|nemamo oglašenih|
  nemamo otvorenih|nemamo slobodnih|trenutno nema otvorenih|ni prostih delovnih mest|нет открытых вакансий|
  нет вакансий|няма свободни|немає вакансій|açık pozisyon bulunmamaktadır`);

/** The name of a careers page or of its list of openings: a page with this for its title lists jobs. */
export const CAREERS_TITLE = new RegExp(
  `^(?:${words(`careers|career|jobs|job openings|open positions|open roles|current openings|
  current vacancies|vacancies|join us|join our team|work with us|jobbörse|stellenangebote|stellenmarkt|offene stellen|
  karriere|jobs bei uns|ledige stillinger|ledige stillingar|lediga tjänster|lediga jobb|ledige job|karriär|jobba hos oss|
  arbeid hos oss|carrières|carrière|offres d'emploi|nos offres|rejoignez-nous|empleo|ofertas de empleo|vacantes|
  trabaja con nosotros|únete a nosotros|carreiras|vagas|trabalhe conosco|junte-se a nós|posizioni aperte|
  lavora con noi|carriere|opportunità di lavoro|vacatures|werken bij|werken bij ons|kariera|oferty pracy|praca u nas|
  dołącz do nas|avoimet työpaikat|rekry|ura|töihin meille|kariéra|volné pozice|volná místa|pracovní příležitosti|
  voľné pozície|nyitott pozíciók|nyitott pozícióink|állásajánlatok|állásaink|karrier|cariere|locuri de muncă|
  posturi vacante|θέσεις εργασίας|ανοιχτές θέσεις|καριέρα|karjäär|vabad töökohad|vakances|karjera|
  laisvos darbo vietos|karijera|zapošljavanje|slobodna radna mjesta|natječaji|prosta delovna mesta|zaposlitev|
  вакансии|карьера|кариери|свободни позиции|вакансії|кар'єра|kariyer|açık pozisyonlar`)})$`,
  'iu',
);
/** Separators between a page title's parts ("Careers - Acme", "Jobbörse, Stellenangebote, Jobs"). */
export const TITLE_PARTS = /\s+[-–—|·:]\s+|\s*[,|·]\s*/u;

/**
 * Entries of a list of openings: "Profile A:", "Position 2 –", "## Two (2) positions", each one a
 * job of its own.
 */
export const LETTERED_ENTRY =
  /^[\s#*>-]{0,6}(?:profile|profil|profilo|perfil|position|poste|posizione|puesto|stelle|stilling|tjänst|pozice|pozícia|pozycja|stanowisko|θέση|pozíció|job|role|rolle|rol|ruolo|vaga)\s+(?:[A-H]|[1-9]\d?)\s*[:.)–-]/iu;
export const COUNTED_POSITIONS =
  /\(\d{1,2}\)\s+(?:θέσ|positions?\b|posts?\b|stellen\b|postes?\b|puestos?\b|plazas?\b|vagas?\b|posti\b|posizioni\b|stanowisk|pozic|állás|posturi|mjesta|mest|vacatures|stillinger|tjänster)/iu;

/**
 * How an ad speaks: to its reader ("you", "du", "Sie"… as their pronouns) or as the employer
 * ("we", "vi", "wir"…). A text of some length that does neither is written about people, as a
 * guide, a report or a news story is (formal ads that do neither still carry no second cue).
 */
export const ADDRESS: Record<string, Set<string>> = {
  en: foldedSet('you your yours we our us'),
  da: foldedSet('du dig din dit dine vi os vores jer'),
  no: foldedSet('du deg din ditt dine vi oss vår vårt våre dere'),
  sv: foldedSet('du dig din ditt dina vi oss vår vårt våra ni er'),
  de: foldedSet('du dich dir dein deine deinen deinem wir uns unser unsere unseren unserem euch'),
  fr: foldedSet('vous votre vos tu ton ta tes toi nous notre nos'),
  es: foldedSet('tú te tu tus ti usted ustedes vosotros os nosotros nosotras nuestro nuestra nuestros nuestras'),
  pt: foldedSet('você vocês te teu tua teus tuas nós nosso nossa nossos nossas'),
  it: foldedSet('tu ti tuo tua tuoi tue voi vi vostro vostra noi ci nostro nostra nostri nostre'),
  nl: foldedSet('je jij jou jouw u uw we wij ons onze'),
  pl: foldedSet('ty ciebie cię twój twoja twoje wy was wam my nas nam nasz nasza nasze naszej naszego'),
  fi: foldedSet('sinä sinun sinua sinulla sinulle te teidän teitä me meidän meillä meille meitä meihin'),
  cs: foldedSet('ty tě tebe tebou ti tvůj tvoje vy vás vám váš vaše my nás nám náš naše našeho našem'),
  sk: foldedSet('ty ťa teba tebou ti tvoj tvoja vy vás vám váš vaša my nás nám náš naša nášho'),
  hu: foldedSet('te téged neked ön önt önnek önök mi minket nekünk nálunk'),
  ro: foldedSet('tu te ți tău ta voi vă vostru voastră noi ne nostru noastră noștri'),
  el: foldedSet('εσύ εσένα σου σας εσείς εμείς μας'),
  et: foldedSet('sina sinu sind sul sulle teie teid teil me meie meil meid'),
  lv: foldedSet('tu tev tevi jūs jums jūsu mēs mums mūsu'),
  lt: foldedSet('tu tau tave jūs jums jūsų mes mums mūsų'),
  hr: foldedSet('ti tebe tebi tvoj tvoja vi vas vam vaš vaša mi nas nam naš naša'),
  sl: foldedSet('ti tebe tebi tvoj tvoja vi vas vam vaš vaša mi nas nam naš naša'),
  sr: foldedSet(
    'ти тебе теби твој твоја ви вас вам ваш ваша ми нас нам наш наша ti tebe tebi tvoj tvoja vi vas vam vaš vaša mi nas nam naš naša',
  ),
  ru: foldedSet('ты тебя тебе вы вас вам ваш ваша мы нас нам наш наша'),
  bg: foldedSet('ти теб тебе вие вас ви ваш ваша ние нас нашия нашата нашите'),
  uk: foldedSet('ти тебе тобі ви вас вам ваш ваша ми нас нам наш наша'),
  tr: foldedSet('sen seni sana siz sizi size sizin biz bizi bize bizim'),
};
