import { foldedSet } from './tokenize';

/** Words that make a language in the same clause a requirement. */
export const REQUIRED_CUES = foldedSet(`
  fluent fluently fluency native mother tongue proficiency proficient speaking speaker speakers speak skills skill
  command knowledge required requirement requirements must mandatory essential necessary needed need excellent strong
  good level written spoken verbal oral bilingual intermediate advanced conversational basic communicate business
  intermédio intermedio intermediário avançado avanzado avanzato básico elementare upper
  flydende kræver krav kendskab kundskaber sprogkundskaber beherske behersker mundtlig mundtlige skriftlig skriftlige
  modersmål forudsætning nødvendigt nødvendig gode god talende
  flytende krever kunnskap kunnskaper muntlig muntlige morsmål forutsetning må påkrevd
  flytande kräver krävs kunna kunskaper kunskap goda behärska behärskar tal skrift förutsättning nödvändigt talande
  fließend verhandlungssicher kenntnisse sprachkenntnisse muttersprache muttersprachler muttersprachlich gute sehr
  erforderlich notwendig voraussetzung beherrschst beherrschen beherrscht wort schrift vorausgesetzt
  vloeiend moedertaal kennis beheersing beheers beheerst vereist vereiste noodzakelijk goede spreek spreekt spreken
  mondeling schriftelijk
  courant couramment natif maîtrise maîtriser maîtrisez exigé exigée requis obligatoire bilingue niveau parlé écrit maternelle
  fluido nativo dominio imprescindible requisito requerido nivel hablado escrito
  fluente fluência domínio obrigatório nível conhecimentos conhecimento falado
  madrelingua ottima ottimo conoscenza richiesto richiesta livello parlato scritto
  biegła biegły biegle znajomość wymagana wymagany wymagane komunikatywna komunikatywny poziom ojczysty
  sujuva sujuvaa sujuvasti vaaditaan edellytetään kielitaito äidinkieli
  свободный свободное свободно владение требуется обязательно грамотная грамотный письменная устная уровень носитель знание
`);

/** Words that make a language in the same clause a plus, not a requirement. */
export const OPTIONAL_CUES = foldedSet(`
  plus advantage advantageous bonus desirable beneficial asset merit preferred preferably nice favoured favored welcome
  fordel fordelagtig ønskelig ønskeligt meritterende meriterende
  meriterande fördel önskvärt
  vorteil vorteilhaft wünschenswert
  pluspunt pre voordeel gewenst
  atout apprécié appréciée souhaité souhaitable
  valorará valorable ventaja deseable
  vantagem valorizado valorizada valia desejável
  gradita gradito preferenziale vantaggio
  mile atut plusem
  eduksi etu plussaa
  преимущество плюс желательно
`);

/** Negations; with a requirement word next to them they cancel it ("Polish is not necessary"). */
export const NEGATIONS = foldedSet(
  'not no without ikke inte ej nicht kein keine keinen niet geen pas non não nie ei не без sin sem senza ingen',
);

/** Requirement words a negation cancels. */
export const NEGATABLE = foldedSet(`
  necessary required needed requirement must mandatory krav nødvendig nødvendigt påkrevd nödvändigt krävs kræves
  erforderlich notwendig vorausgesetzt nodig vereist noodzakelijk nécessaire requis exigé obligatoire necesario
  imprescindible necessário obrigatório necessario richiesto obbligatorio wymagany wymagana wymagane konieczna
  vaadita tarvita требуется обязательно нужен нужно
`);

/** Words allowed between a negation and what it negates ("not a requirement", "inte ett krav"). */
export const FILLERS = foldedSet('a an any et ett en ein eine um uma un une el la the is er är ist es be at å');

/** After a language: it is a course or a thing to learn, not a requirement. */
export const COURSE_WORDS = foldedSet(`
  course courses class classes lessons lesson training tuition kursus kurser kurs kurse sprachkurs sprachkurse
  undervisning lektioner cours curso cursos corso corsi kurssi kurssit курсы lekcje
`);
/** Before a language: learning it ("opportunity to learn Portuguese"). */
export const LEARN_WORDS = foldedSet(
  'learn learning lære lare lära lernen apprendre aprender imparare leren nauczyć oppia',
);

/** Words for "language" itself; may follow a language name ("Russian language"). */
export const LANGUAGE_WORDS = foldedSet(`
  language languages sprog sproget språk språket språken sprache sprachen taal talen langue langues idioma idiomas
  lingua lingue język języki języka kieli kielet kielen kieltä kielellä kielitaito kielitaitoa язык языки языка
`);

/** "and" words: a list goes on, each part keeps its own level. */
export const AND_WORDS = foldedSet('and og och und et y e ja и oraz');
/** "or" words: the candidate needs one of the listed languages. */
export const OR_WORDS = foldedSet('or eller oder ou o lub albo tai или either');

export const NATIVE_WORDS = foldedSet(`
  native muttersprache muttersprachler muttersprachlich moedertaal modersmål morsmål madrelingua nativo natif носитель
  ojczysty äidinkieli
`);
export const FLUENT_WORDS = foldedSet(`
  fluent fluently fluency fließend flydende flytende flytande vloeiend fluente fluido courant couramment biegły biegła
  biegle sujuva sujuvaa sujuvasti свободный свободно свободное verhandlungssicher
`);
export const GOOD_WORDS = foldedSet(`
  good gute guten gode god goda goede bon bonne buen buena bom boa buona buono dobra dobry hyvä хороший хорошее
`);

/** Heading words that open a requirements section. */
export const REQUIREMENT_HEADINGS = foldedSet(`
  requirements requirement qualifications qualification profile skills languages bring
  krav kvalifikationer kvalifikasjoner kvalifikationer kompetencer kompetanse profil anforderungen voraussetzungen
  bringst mitbringen profiel vereisten breng exigences requisitos requisiti wymagania vaatimukset edellytämme требования
`);
/** Heading words that open any other section. */
export const OTHER_HEADINGS = foldedSet(`
  responsibilities tasks duties offer offered benefits about arbejdsopgaver opgaver tilbyder tilbyr erbjuder
  arbetsuppgifter arbeidsoppgaver aufgaben bieten vorteile taken biedt bieden missions offre tareas ofrecemos funções
  oferecemos mansioni offriamo obowiązki oferujemy tehtävät tarjoamme обязанности условия conditions culture company
`);
