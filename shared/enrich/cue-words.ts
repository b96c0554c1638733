import { foldedSet } from './tokenize';

/** Words that make a language in the same clause a requirement. */
export const REQUIRED_CUES = foldedSet(`
  fluent fluently fluency native mother tongue proficiency proficient speaking speaker speakers skills skill
  command knowledge required requirement requirements must mandatory essential necessary needed need excellent strong
  good level written spoken verbal oral bilingual intermediate advanced conversational basic communicate business
  communicative
  intermédio intermedio intermediário avançado avanzado avanzato básico elementare upper
  flydende kræver krav kendskab kundskaber sprogkundskaber beherske behersker mundtlig mundtlige skriftlig skriftlige
  modersmål forudsætning nødvendigt nødvendig gode god talende
  flytende krever kunnskap kunnskaper muntlig muntlige morsmål forutsetning må påkrevd
  flytande kräver krävs kunna kunskaper kunskap goda behärska behärskar tal skrift förutsättning nödvändigt talande
  fließend verhandlungssicher kenntnisse sprachkenntnisse muttersprache muttersprachler muttersprachlich gute sehr
  erforderlich notwendig voraussetzung muss musst müssen pflicht grundkenntnisse basiskenntnisse beherrschst beherrschen beherrscht wort schrift vorausgesetzt
  vloeiend moedertaal kennis goed beheersing beheers beheerst vereist vereiste noodzakelijk goede
  mondeling schriftelijk
  courant couramment natif maîtrise maîtriser maîtrisez exigé exigée requis obligatoire bilingue niveau parlé écrit maternelle
  fluido nativo dominio imprescindible requisito requerido nivel hablado escrito
  fluente fluência domínio obrigatório nível conhecimentos conhecimento falado
  madrelingua ottima ottimo conoscenza richiesto richiesta livello parlato scritto
  biegła biegły biegle znajomość wymagana wymagany wymagane komunikatywna komunikatywny poziom ojczysty
  sujuva sujuvaa sujuvasti vaaditaan edellytetään kielitaito äidinkieli
  свободный свободное свободно владение требуется обязательно грамотная грамотный письменная устная уровень носитель знание
  sicher sicheres sichere sicherer sehr zwingend verhandlungssichere fliessende perfekt perfekte ausgezeichnete
  verhandlungssicheres verhandlungssicherem verhandlungssicheren verhandlungssicherer fliessendes fliessenden fliessender
  nötig benötigt
  uitstekend uitstekende perfect
  excelente fluida conocimientos requiere requieren indispensable necesario avanzada
  fluentes conversacional conversação técnico necessário requer exige
  fluenti fondamentale indispensabile necessario padronanza buona vincolante conoscenze requisiti
  maîtrisez parlez parler excellent excellente bonne requise indispensable exigée
  znajomosc dobra dobry bardzo wymagamy wymagania komunikatywnie
  hallinta hallintaa taito taitoa hyvä hyvää erinomainen sujuvaa suullinen kirjallinen suullisesti kirjallisesti
  edellyttää edellytämme vaatimuksena vaatimus täydellistä täydellinen osaat osaamista
  flydende mundtligt skriftligt perfekt
  flytande obligatoriskt
  flytende skriftlig
  γνώση γνώσεις άριστη άριστη άπταιστα καλή πολύ απαραίτητη απαραίτητο απαιτείται προϋπόθεση ομιλία γραφή
  владеете владеене владее познания отлично отлични добро добри задължително изискване изисквания необходимо
  говоримо писмено
  володіння знання вільне вільно обов'язково
  nyelvismeret nyelvtudás ismeret ismerete tudás elvárás elvárások elvárt szükséges feltétel folyékony anyanyelvi
  kiváló jó tárgyalóképes társalgási
  znalost znalosť znalosti plynulá plynule plynulé aktívna aktívne aktivní aktivně slovom písmom slovem písmem
  pokročilý pokročilá expert začiatočník mierne rodilý požadujeme požadavky požiadavky podmínkou podmienkou nutná
  nutný nutné nevyhnutná nevyhnutné
  cunoașterea cunoasterea cunoștințe cunostinte avansat obligatoriu necesar vorbit scris fluentă fluenta
  mokėjimas mokėti gerai puikiai laisvai sklandžiai privaloma būtina būtinas reikalavimai žinios
  zināšanas prasmes brīvi labas obligāti nepieciešams nepieciešamas prasības
  keeleoskus oskus suhtlustasemel väga hea vajalik nõutav kohustuslik nõuded vabalt soravalt
  znanje aktivno tekoče tečno obvezno zahtevano pogoj poznavanje obavezno uvjet potrebno izvrsno
  akıcı ileri seviyede seviye bilen bilgisi zorunlu gerekli
  nivå nivån niveauet nivel nível úrovni úroveň úrovne szinten szintű szint taso tasolla tasoinen tase tasemel tasemel
  līmenī līmenis lygiu lygis lygio razini razina ravni raven ниво нивото επίπεδο επιπέδου uvjet preduvjet
  edellytys edellytyksenä
  reiprennandi kunnátta nauðsynleg skilyrði
  communication communicate kommunikation kommunikasjon communicatie comunicación comunicação comunicazione
  komunikacja komunikatywnym komunikatywnej komunikatywnie įgūdžiai įgūdžių professional professionnel professionnelle profesional professionale profissional
  arbeidsspråk arbeidsspråket arbetsspråk arbetsspråket arbejdssprog arbejdssproget arbeitssprache werktaal työkieli
  töökeel
`);

/**
 * "You speak X": the verb to speak in each language, a requirement as much as "fluent" when said
 * of the candidate. The forms here say "you" by themselves (sprichst, hablas, mówisz, mluvíš).
 * Czech, Slovak and Slovene say the language with an adverb ("mluvit anglicky", "govoriti
 * angleško"), Polish with "po" ("mówić po angielsku").
 */
export const SPEAK_YOU = foldedSet(`
  sprichst hablas parli falas mówisz mluvíš hovoríš beszélsz vorbești vorbesti μιλάς μιλάτε говориш govoriš räägid
  puhut kalbate runājat parlez parles mluvíte hovoríte vorbiți beszéled
`);
/** The other forms of "to speak" (infinitive, third person, "speaks"): a requirement only said of the candidate (see SPEAK_SUBJECTS). */
export const SPEAK_VERBS = foldedSet(`
  speak speaks speaking sprechen spricht parler parle hablar habla hablan parlare parla falar fala spreekt spreek
  spreken talar tala snakker snakke taler tale mówić mówi mluvit mluví hovoriť hovorí beszél beszélni vorbi vorbește
  говори говорите govori govoriti govorite rääkida räägib runāt runā kalbėti kalba puhua puhuu
`);
/**
 * Words before a form of "to speak" that make it said of the candidate: "you", "must", "able to",
 * "kan", "skal", "muss", "doit" …; "many speak Russian" or "our customers speak German" ask nothing.
 */
export const SPEAK_SUBJECTS = foldedSet(`
  you du je jij u sie vous tu usted você voi lei ty vy te ön sinä jūs ви вие ти εσύ
  must can able ability should need needs will skal ska må kan kunne kunna bør muss musst kannst können solltest moet
  kunt doit devez pouvez savez debe debes puedes deve devi puoi musisz musí musíte musíš treba trebuie tudsz kell tulee
  pitää peab oskad jābūt turi mokate
`);

/** Words that make a language in the same clause a plus, not a requirement. */
export const OPTIONAL_CUES = foldedSet(`
  pluspunkt pluspunkte pluspunkten meegenomen eelis eelise valorizados valorizadas valoriza valorizamos valoramos
  valorarán εκτιμηθεί εκτιμάται
  erwünscht erwuenscht gern bienvenu bienvenue bienvenida bienvenido preferencial welkom meriterar ønskværdig
  ønskværdigt hyödyksi hyötyä toivottavaa toivottava pożądana pożądane pożądany előnynek priekšrocību desired
  plus advantage advantageous bonus desirable beneficial asset merit preferred preferably nice favoured favored welcome
  fordel fordelagtig ønskelig ønskeligt meritterende meriterende
  meriterande fördel önskvärt
  vorteil vorteilhaft wünschenswert
  pluspunt pre voordeel gewenst
  atout apprécié appréciée souhaité souhaitable
  valorará valorable ventaja deseable
  vantagem valorizado valorizada valia desejável
  gradita gradito preferenziale vantaggio
  mile atut atutem atuty plusem dodatkowym dodatkowy
  eduksi etu plussaa
  преимущество плюс желательно
  gerne gjerne gärna idealerweise wünschenswerte ideally optional helpful useful valuable appreciated welcomed
  beneficial helst positivt meritt merit bevorzugt vorzugsweise idéalement préférence idealmente preferentemente
  preferencialmente preferibilmente voorkeur mieluiten ihanteellisesti
  aanbeveling valued
  souhaitée appréciées apprécié
  valora valoran valorarán deseable preferible
  diferencial diferenciais desejável desejáveis
  gradite apprezzata apprezzato preferibile preferibilmente
  widziana widziany widziane
  eduksi eduksi katsotaan
  πλεονέκτημα επιθυμητή επιθυμητό
  предимство желателно
  перевага бажано
  előny előnyt előnyben
  výhodou výhoda vítaná vítána vítaná
  avantaj
  privalumas pranašumas
  priekšrocība
  kasuks eeliseks plussiks
  prednost prednosti prednošću dobrodošlo dobrodošla dobrodošel dobrodošli dobrodošao toll
  tercih tercihen
  kostur
  valorables valorado valorada valorados valoradas deseables preferibles apreciado apreciada apreciados apreciadas
  bienvenidos bienvenidas valorizável valorizáveis apreciados bem-vindo bem-vinda bem-vindos
  souhaités souhaitées appréciés bienvenus bienvenues apprezzati graditi
  atu avantajos avantajoasă
  preference preferences preferential
  willkommen avantage avantageux avantageuse előnyös preferabil
  poželjno poželjna poželjan poželjni poželjne zaželeno zaželena zaželen zaželeni vēlams vēlama vēlamas vēlami
  pageidautina pageidautinas pageidaujama pageidaujamas soovitav soovitatav
`);

/** Negations; with a requirement word next to them they cancel it ("Polish is not necessary"). */
export const NEGATIONS = foldedSet(
  'not no without ikke inte ej nicht kein keine keinen niet geen pas non não nie ei не без sin sem senza ingen inget inga intet δεν nem ne nu nav nėra nebūtina pole mitte ni nije değil değildir ekki t',
);

/** Requirement words a negation cancels. */
export const NEGATABLE = foldedSet(`
  necessary required needed requirement must mandatory krav nødvendig nødvendigt påkrevd nödvändigt krävs kræves
  erforderlich notwendig vorausgesetzt voraussetzung muss pflicht nodig vereist noodzakelijk nécessaire requis exigé obligatoire necesario
  imprescindible necessário obrigatório necessario richiesto obbligatorio wymagany wymagana wymagane konieczna
  vaadita tarvita требуется обязательно нужен нужно
  requirement prerequisite condition condição requisito condizione warunkiem wymóg edellytys vaatimus
  απαραίτητη απαραίτητο απαιτείται задължително необходимо szükséges feltétel podmínkou podmienkou nutná nutné
  nevyhnutná potrebné podmienka obligatoriu necesar būtina privaloma nepieciešams vajalik nõutav pogoj potrebno
  obvezno zorunlu gerekli nauðsynleg
  requiere requieren requerido requerida exige exigida exigido requer requerida richiede richiesta nötig benötigt
  uvjet uvjeta preduvjet potreban potrebna obavezan obavezna obvezen obvezna pogoj pogojem
  obligāts obligāta obligātas obligāti nepieciešama nepieciešamas būtinas būtina būtini privalomas privaloma
  nõutud kohustuslik edellytys vaadi vaaditaan
  obligatorie obligatorii necesară necesare изисква изискват изискване need needs necessaire nécessaires
  vereiste vereisten behöver behøver trenger trengs hoeft hoef hoeven besoin şart
`);

/** Words allowed between a negation and what it negates ("not a requirement", "inte ett krav"). */
export const FILLERS = foldedSet(
  'a an any et ett en ein eine um uma un une el la the is er är ist es be at å jest je est é è este είναι е є on ole se si се',
);

/** After a language: it is a course or a thing to learn, not a requirement. */
export const COURSE_WORDS = foldedSet(`
  course courses class classes lessons lesson training tuition kursus kurser kurs kurse sprachkurs sprachkurse
  sprachunterricht taalcursus taalcursussen språkkurs språkkurser sprogkursus sprogundervisning kurzy kurz kurzus
  μαθήματα курсове cursuri kursai kursi tečaj tečaji kursları lessen
  undervisning lektioner cours curso cursos corso corsi kurssi kurssit курсы lekcje
`);
/** Before a language: learning it ("opportunity to learn Portuguese"). */
export const LEARN_WORDS = foldedSet(
  'learn learning lære lare lära lernen apprendre aprender imparare leren nauczyć oppia opi naučiť naučit tanulni',
);

/** Words for "language" itself; may follow a language name ("Russian language"). */
export const LANGUAGE_WORDS = foldedSet(`
  language languages sprog sproget sprogene språk språket språken språkene språka sprache sprachen taal talen langue langues idioma idiomas
  lingua lingue język języki języka językiem języku kieli kielet kielen kieltä kielellä kielitaito kielitaitoa язык языки языка
  língua línguas linguas idioma lengua sprog sprogkundskaber språkkunskaper språkkunnskaper sprachkenntnisse
  γλώσσα γλώσσας γλώσσες γλωσσών език езика езици мова мови мову мовою nyelv nyelvet nyelven nyelvismeret
  nyelvtudás nyelvtudást jazyk jazyka jazyku jazykom jazyky jazyková jezik jezika jeziku jezikom kalba kalbos
  kalbą kalbų valoda valodas valodu valodā keel keele keelt keeles limba limbii limbă dil dili tungumál tungumáli
  madrelingua
`);

/** "if": a plus said of a condition ("if you also speak Spanish, that is a plus") is said of the languages after it. */
export const CONDITIONAL_WORDS = foldedSet(
  'if wenn falls om hvis als si se jos ha jeśli jeżeli pokud jestli ak dacă ако αν ako če kui jei eğer',
);
/** "but": "not a requirement, but an advantage" makes the negated language a plus. */
export const BUT_WORDS = foldedSet(
  'but aber men maar mais pero ma mas ale ale ale však ali dar но αλλά mutta aga bet tačiau de',
);

/** "and" words: a list goes on, each part keeps its own level. */
export const AND_WORDS = foldedSet('and og och und et y e ja и oraz ir και ve');
/** "or" words: the candidate needs one of the listed languages. */
export const OR_WORDS = foldedSet(
  'or eller oder ou o lub albo tai или either vagy alebo nebo ή sau arba vai või ali veya eða oppure',
);

/** Heading words that open a requirements section. */
export const REQUIREMENT_HEADINGS = foldedSet(`
  requirements requirement qualifications qualification profile skills languages bring
  krav kvalifikationer kvalifikasjoner kvalifikationer kompetencer kompetanse profil anforderungen voraussetzungen
  bringst mitbringen profiel vereisten breng exigences requisitos requisiti wymagania vaatimukset edellytämme требования
  erwarten expect expectations looking seeking need needs odotamme elvárások elvárásaink požadavky požiadavky
  απαιτήσεις προσόντα изисквания cerințe reikalavimai prasības nõuded zahteve uvjeti kvalifikationer
  kompetenser qualifikationen qualifikation profil perfil profilo kompetenzen must habilidades requeridas requeridos
  competencias conhecimentos competências competenze conoscenze kwalifikacje pätevyys osaaminen
  požadujeme vyžadujeme očekáváme očakávame oczekujemy wymagamy ootame sagaidām tikimės očekujemo pričakujemo
  elvárunk requerimos exigimos richiediamo cerințe nitelikler aranan
`);
/** Heading words that open the offer: what the employer gives. */
export const OFFER_HEADINGS = foldedSet(`
  offer offers offered benefits perks tilbyder tilbyr erbjuder bieten biedt bieden offre offrons ofrecemos oferecemos
  offriamo oferujemy tarjoamme предлагаем nabízíme ponúkame kínálunk oferim προσφέρουμε pakume piedāvājam siūlome
  nudimo nudimo предлагаме vorteile voordelen förmåner fordele goder imkanlar sunuyoruz sunduklarımız
`);

/** Heading words that open any other section. */
export const OTHER_HEADINGS = foldedSet(`
  responsibilities tasks duties offer offered benefits about arbejdsopgaver opgaver tilbyder tilbyr erbjuder
  arbetsuppgifter arbeidsoppgaver aufgaben bieten vorteile taken biedt bieden missions offre tareas ofrecemos funções
  oferecemos mansioni offriamo obowiązki oferujemy tehtävät tarjoamme обязанности условия conditions culture company
  görevler sorumluluklar
`);

/**
 * Heading words that open a "nice to have" section: a language under it, with no cue of its own, is a plus.
 * Matched as the heading's words ("Nice to have", "Von Vorteil", "Előnyt jelent", "Meriterande").
 */
export const OPTIONAL_HEADINGS = foldedSet(`
  nice bonus plus plusses pluses pluspunkte pluspunkt preferred advantage advantages desirable optional
  meriterande meritterende fordel fordeler fördel vorteil wünschenswert pluspunten
  atouts atout apprécié souhaité deseable valorable valoramos diferenciais diferencial desejável
  gradito graditi preferenziali plusem mile eduksi előny előnyt výhodou výhoda πλεονέκτημα предимство avantaj
  valorará valorarán valora preferenziale titolo pre ønskelig ønskeligt önskvärt önskemål fordel kasuks eeliseks
  privalumas priekšrocība prednost
  desejáveis desejados valorizados plusy atuty privalumai pranašumai priekšrocības avantaje предимства prednosti
  eelised výhodou plusz előnyök πλεονεκτήματα bonuspunkte zusatzqualifikationen wünschenswerte preferible
  preferibili merit meriter meritoriskt deseables preferibles valorables assets
`);

/** "other" / "another": "or another language" asks for no language in particular. */
export const OTHER_WORDS = foldedSet(`
  other another annet andet annat anden andere anderen anderes autre autres otra otro outra outro altra altro inny
  inna innego muu muun másik iný jiný άλλη друг друга друг alta kita cita teine drugi başka annað
`);

/** Labels of a field that lists the languages a job asks for ("Languages: German, English"); not "the language:". */
export const LANGUAGE_FIELDS = foldedSet(`
  languages sprachen sprachkenntnisse sprog sprogkundskaber språk språkkunskaper språkkunnskaper talen taalvaardigheid
  langues idiomas línguas lingue języki kielitaito kielet языки γλώσσες езици nyelvtudás nyelvismeret jazyky
  jazykové keeled kalbos valodas limbi diller
`);
