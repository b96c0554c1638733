import { foldedSet } from './tokenize';

/**
 * The vocabulary of job ads, by the part of the ad it belongs to, in each language ads come in:
 * the headings and verbs every ad has ("Requirements", "Wir bieten", "Náplň práce", "Jelentkezés").
 */
export const AD_PARTS: { part: string; words: Set<string> }[] = [
  {
    part: 'apply',
    words: foldedSet(`apply applying application applications applicants cv resume ansøg ansøgning ansøgningsfrist
      søknad søknadsfrist ansök ansökan ansökningsdag bewerbung bewerben bewirb bewerbungsunterlagen postuler postulez
      candidature candidatar candidatura candidatarsi candidati solicitar inscríbete postúlate sollicitatie solliciteer
      solliciteren aplikuj hae hakemus hakuaika hakemuksesi životopis životopisem jelentkezés jelentkezz jelentkezni
      önéletrajz aplică aplicați βιογραφικό αίτηση kandideeri kandideerimiseks pieteikties pieteikumu prijava prijave
      prijavite prijavi prijavo кандидатствайте кандидатствай başvuru başvur özgeçmiş отклик резюме откликнуться`),
  },
  {
    part: 'requirements',
    words: foldedSet(`requirements qualifications profile krav kvalifikationer kvalifikasjoner kompetencer anforderungen
      voraussetzungen profil profiel exigences requisitos requisiti wymagania vaatimukset edellytämme требования
      požadavky požadujeme požiadavky elvárások elvárásaink követelmények cerințe απαιτήσεις προσόντα nõuded nõudmised
      prasības reikalavimai uvjeti zahtjevi zahteve pogoji изисквания вимоги nitelikler`),
  },
  {
    part: 'tasks',
    words:
      foldedSet(`responsibilities tasks duties opgaver oppgaver uppgifter arbejdsopgaver arbeidsoppgaver arbetsuppgifter
      aufgaben taken missions tareas funções responsabilidades mansioni obowiązki tehtävät обязанности náplň úkoly
      feladatok feladataid responsabilități αρμοδιότητες ülesanded pienākumi atsakomybės zadaci naloge отговорности
      задължения обовязки sorumluluklar`),
  },
  {
    part: 'offer',
    words:
      foldedSet(`offer offered benefits salary tilbyder tilbyr erbjuder bieten biedt bieden offrons ofrecemos oferecemos
      offriamo oferujemy tarjoamme предлагаем løn lønn lön gehalt salaire salario salário stipendio wynagrodzenie
      зарплата оплата nabízíme ponúkame mzda kínálunk juttatások oferim salariu προσφέρουμε pakume piedāvājam siūlome
      nudimo plaća plača предлагаме заплата пропонуємо sunuyoruz maaş`),
  },
  {
    part: 'terms',
    words:
      foldedSet(`full-time fulltime part-time heltid deltid vollzeit teilzeit cdi cdd contract kontrakt vertrag contrato
      contratto umowa permanent tillsvidareanställning anställningsform ansættelse omfattning arbetstid arbeidstid
      arbejdstid arbeitszeit shifts shift úvazek úväzok munkaidő täistööajaga ugovor pogodba договор договір`),
  },
];

/** Verbs that report what someone said, per ad language: "sier Nybø", "popisuje Zabloudil" (no "så", which folds to "sa"). */
export const REPORTED_SPEECH: Record<string, Set<string>> = {
  en: foldedSet('says said explains explained told recalls added adds noted stated commented'),
  da: foldedSet('siger sagde fortæller fortalte forklarer tilføjer udtaler udtalte'),
  no: foldedSet('sier forteller fortalte forklarer uttaler uttalte'),
  sv: foldedSet('säger sade berättar berättade förklarar konstaterar'),
  de: foldedSet('sagt sagte erklärt erklärte berichtet betont ergänzt'),
  nl: foldedSet('zegt zei vertelt vertelde legt'),
  fr: foldedSet('dit explique affirme déclare raconte ajoute souligne confie précise'),
  es: foldedSet('dice dijo explica afirma asegura declara añade señala comenta apunta'),
  pt: foldedSet('diz disse explica afirma acrescenta comenta ressalta'),
  it: foldedSet('dice spiega afferma racconta aggiunge sottolinea commenta'),
  pl: foldedSet('mówi powiedział powiedziała wyjaśnia dodaje podkreśla zaznacza tłumaczy'),
  fi: foldedSet('sanoo kertoo toteaa sanoi kertoi'),
  et: foldedSet('ütleb ütles räägib'),
  cs: foldedSet('říká řekl řekla uvedl uvedla popisuje dodává dodal vysvětluje'),
  sk: foldedSet('hovorí povedal povedala uviedol uviedla dodáva vysvetľuje'),
  hu: foldedSet('mondta mondja nyilatkozta hangsúlyozta'),
  ro: foldedSet('spune declarat explică'),
  el: foldedSet('δήλωσε λέει εξηγεί'),
  ru: foldedSet('говорит сказал сказала отмечает рассказывает'),
  uk: foldedSet('каже сказав сказала розповідає'),
  bg: foldedSet('казва каза обяснява сподели заяви допълни'),
  hr: foldedSet('kaže rekao rekla ističe prisjeća izjavio izjavila'),
  sr: foldedSet('каже рекао рекла истиче изјавио изјавила kaže rekao rekla ističe izjavio izjavila'),
  sl: foldedSet('dejal dejala povedal'),
  lv: foldedSet('saka sacīja stāsta'),
  lt: foldedSet('sako teigia pasakojo'),
  tr: foldedSet('dedi söyledi belirtti'),
};

/** First person singular, per ad language: "je" is "I" in French but "you" in Dutch. */
export const FIRST_PERSON: Record<string, Set<string>> = {
  en: foldedSet('me my myself'),
  da: foldedSet('jeg mig min mit mine'),
  no: foldedSet('jeg meg min mitt mine'),
  sv: foldedSet('jag mig min mitt mina'),
  de: foldedSet('ich mich mir mein meine meinen'),
  nl: foldedSet('ik mij mijn'),
  fr: foldedSet('je moi mon'),
  es: foldedSet('yo mí'),
  pt: foldedSet('eu minha meu'),
  it: foldedSet('io mio mia'),
  fi: foldedSet('minä mä minun'),
  pl: foldedSet('ja mnie mój moja'),
  cs: foldedSet('já mě mne můj moje'),
  sk: foldedSet('ja mňa môj moja'),
  hu: foldedSet('én engem enyém'),
  ru: foldedSet('я меня мой моя'),
  uk: foldedSet('я мене мій моя'),
  bg: foldedSet('аз мен мой моя'),
  ro: foldedSet('eu meu mea mei mele'),
  el: foldedSet('εγώ εμένα'),
  et: foldedSet('mina minu mind'),
  lv: foldedSet('es mani mans mana'),
  lt: foldedSet('aš mane mano'),
  hr: foldedSet('ja mene meni moj moja'),
  sr: foldedSet('ја мене мени мој моја ja mene meni moj moja'),
  sl: foldedSet('jaz mene meni moj moja'),
  tr: foldedSet('ben beni benim'),
};

/** Words of a course or of volunteering: a training offer or an unpaid project is no job ad. */
export const NOT_A_JOB =
  foldedSet(`course courses kurs kurse kursus kurser kurssi kurz kurzus cours curso cursos corso corsi
  cursus lehrgang weiterbildung teilnahme teilnehmer teilnehmende participants deltagere osallistujat zertifikat
  certificate certificat certificado volunteer volunteers volunteering freiwillige freiwilligendienst bénévole
  bénévoles bénévolat voluntario voluntarios voluntariado volontario volontari volontariato vrijwilliger vrijwilligers
  frivillig frivillige volontär wolontariusz wolontariat vapaaehtoinen vapaaehtoiset dobrovolník dobrovolníci
  önkéntes voluntar voluntari εθελοντής`);

/** A heading that opens a company's own page ("Über uns", "About us") rather than an ad. */
export const ABOUT_US =
  /^\s*(about us|über uns|ueber uns|om oss|om os|à propos|a propos|qui sommes-nous|sobre nosotros|quiénes somos|sobre nós|quem somos|chi siamo|over ons|o nas|o nás|o nás|meistä|rólunk|despre noi|σχετικά με εμάς|о нас|о компании)\s*$/i;

/** A line that opens a CV: the document is a candidate's, not an employer's. */
export const CV_HEADING =
  /^\s*(curriculum vitae|cv|résumé|resume|lebenslauf|livsforløb|levnadsbeskrivning|ansioluettelo|životopis|önéletrajz|życiorys|резюме)\s*$/i;
/**
 * Personal details only a CV gives, as a CV gives them: a field and its value ("Date of birth:
 * 3 May 1990"), not a list of grounds no one is judged by ("age, marital status, disability").
 */
export const CV_DETAIL_PHRASES = [
  'date of birth',
  'born on',
  'marital status',
  'geburtsdatum',
  'familienstand',
  'fødselsdato',
  'födelsedatum',
  'syntymäaika',
  'date de naissance',
  'fecha de nacimiento',
  'data di nascita',
  'data de nascimento',
  'geboortedatum',
  'data urodzenia',
  'datum narození',
  'dátum narodenia',
  'születési idő',
];
export const CV_DETAILS = new RegExp(`\\b(${CV_DETAIL_PHRASES.join('|')})\\b(?=\\s*[:\\t]|\\s+\\d)`, 'i');

/** The first line of an article: a byline or a publication date. */
export const BYLINE_START =
  /^\s{0,5}(last updated|updated|published|posted|δημοσίευση|δημοσιεύθηκε|objavljeno|objavljen|objavljeni|публикувано|опубликовано|публиковано|publikováno|publikované|zveřejněno|közzétéve|publicat|gepubliceerd|bijgewerkt|pubblicato il|oppdatert|publisert|opdateret|udgivet|uppdaterad|publicerad|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|opublikowano|päivitetty|julkaistu)(?!\p{L})/iu;
export const BYLINE_BY = /\b(by|av|af|von|par|por|da|door|przez)\b/i;
/** A time of day beside a publication date ("14 Ιουλ 2024 14:20"): a news page's stamp, not an ad's deadline. */
export const TIME_OF_DAY = /\b\d{1,2}:\d{2}\b/;
/** A line that is only a byline ("Av Bjørn Haugan"): a by-word, then one to four capitalised names. */
export const BYLINE_LINE =
  /^\s*(by|By|BY|av|Av|af|Af|von|Von|par|Par|por|Por|door|Door|przez|Przez|autor|Autor|tekijä|Tekijä|Του|Της|Piše|Pisze|Napisao|Napisala)\s+\p{Lu}[\p{L}.-]+(\s+\p{Lu}[\p{L}.-]+){0,3}\s*$/u;
/** A photo credit ("Foto: NTB", "Photo: Reuters"): a picture with a caption is an article's. */
export const PHOTO_CREDIT = /^\s*(foto|photo|kuva|bild|fotó|φωτογραφία|фото)\s*:.{0,80}$/iu;

/** The gender note of a job title ("(m/w/d)", "(H/F)", "(m/f/x)"): each distinct one is one job. */
export const GENDER_NOTE = /\((?:[mwfdhkxž]\s*\/\s*){1,3}[mwfdhkxž]\)|\(all genders\)/i;
/** A line that is only a list entry's button: "Apply now", "Mehr erfahren", "Les mer", "Ver oferta". */
export const ENTRY_BUTTON =
  /^\s*(apply|apply now|read more|learn more|view job|see job|mehr erfahren|mehr lesen|jetzt bewerben|zur stelle|les mer|søk nå|søg nu|læs mere|läs mer|ansök nu|lue lisää|hae nyt|en savoir plus|postuler|voir l'offre|leer más|ver oferta|saiba mais|ver vaga|scopri di più|candidati|lees meer|solliciteer|więcej|zobacz ofertę|aplikuj|více|zobrazit)\s*[›»>→]?\s*$/i;

const headings = (list: string) => new Set(list.split('|').map((w) => w.trim()));
/** A CV's section headings (lower case, as a line of their own). */
export const CV_SECTIONS = headings(`education|work experience|professional experience|employment history|skills|
  ausbildung|berufserfahrung|kenntnisse|uddannelse|erhvervserfaring|utdanning|arbeidserfaring|utbildning|
  arbetslivserfarenhet|formation|expérience professionnelle|formación|experiencia laboral|formazione|
  esperienza professionale|opleiding|werkervaring|wykształcenie|doświadczenie zawodowe|koulutus|työkokemus|vzdělání|
  pracovní zkušenosti`);
/** The headings only a CV has: one of them besides two of CV_SECTIONS makes a CV. */
export const CV_PERSONAL_SECTIONS = headings(`personal information|personal details|personal data|hobbies|interests|
  references|persönliche daten|hobbys|interessen|referenzen|personlige oplysninger|fritidsinteresser|
  personlig informasjon|personuppgifter|fritidsintressen|informations personnelles|centres d'intérêt|datos personales|
  aficiones|dati personali|persoonlijke gegevens|dane osobowe|zainteresowania|henkilötiedot|harrastukset|osobní údaje|
  zájmy`);
/** A news agency's dateline ("OSLO (NTB) –"). */
export const WIRE_DATELINE = /\((Reuters|AP|AFP|dpa|NTB|TT|Ritzau|STT|ANSA|EFE|Lusa|PAP|ČTK|MTI|Bloomberg)\)/;
/** A link to another article, as news pages print them ("Les også", "Lesen Sie auch"). */
export const RELATED_ARTICLE =
  /^\s*(read also|read more:|related:|les også|læs også|läs också|lesen sie auch|lue myös|lire aussi|lee también|leia também|leggi anche|lees ook|przeczytaj też|čtěte také|čítajte aj)(?=[\s:]|$)/i;

/** A headline rather than a job title: one that quotes someone, or a listicle's ("Top 5", "7 Gründe"). */
export const HEADLINE =
  /[«»“”„"].*[«»“”„"]|\btop\s*\d+\b|\b\d+\s+(reasons|things|tips|ways|facts|gründe|tipps|dinge|grunner|ting|grunde|skäl|saker|raisons|choses|conseils|razones|cosas|consejos|motivi|cose|consigli|redenen|dingen|powodów|rzeczy|syytä|asiaa|důvodů|věcí)\b/i;
