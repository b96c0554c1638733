// The marks of pages that are not one job ad, in the languages of Europe's job markets: a job
// board's result ages and pagination, a careers page's heading over its openings, an FAQ, a CV's
// dated entries. Lines are matched lower-cased.

/** Headings as a set of their lower-case forms, each a line of its own ("|" between them). */
const headings = (list: string) => new Set(list.split('|').map((w) => w.trim()));

/** A job board's pagination line ("Page 1 of 63", "Seite 1 von 18", "Strona 1 z 9"). */
export const PAGINATION =
  /^\s*(?:page|seite|strona|pagina|página|sivu|sida|side|stránka|strana|oldal|pagină|lehekülg|lapa|puslapis|stranica|σελίδα|страница)\s+\d+\s*(?:of|von|van|z|di|de|sur|av|af|\/|ze|из|din|от|iš|no|od|από)\s*\d+\s*$/i;

/**
 * A list entry's age ("Posted 2 days ago", "vor 3 Tagen", "Dodano 4 dni temu", "il y a 2 jours").
 * Each form holds a digit and a fixed word: no Unicode classes, so the search stays fast.
 */
export const POSTED_AGO = new RegExp(
  [
    String.raw`\d+ (?:hours?|days?|weeks?|months?) ago`,
    String.raw`vor \d+ (?:stunden?|tag(?:en)?|wochen?|monat(?:en)?)`,
    String.raw`\d+ (?:godzin\S*|dni|tygodni\S*|miesi\S+) temu`,
    String.raw`\d+ (?:or[ae]|giorn[oi]|settiman[ae]|mes[ei]) fa`,
    String.raw`il y a \d+ (?:heures?|jours?|semaines?|mois)`,
    String.raw`hace \d+ (?:horas?|días?|semanas?|mes(?:es)?)`,
    String.raw`há \d+ (?:horas?|dias?|semanas?|mes(?:es)?)`,
    String.raw`\d+ (?:timmar|dagar|veckor|timer|dage|dager|døgn|uger|uker) (?:sedan|siden)`,
    String.raw`\d+ (?:tuntia|päivää|viikkoa) sitten`,
    String.raw`\d+ (?:uur|dagen|weken) geleden`,
    String.raw`před \d+ (?:hodinami|dny|týdny)`,
    String.raw`pred \d+ (?:hodinami|dňami|týždňami)`,
    String.raw`\d+ (?:órája|napja|hete)`,
    String.raw`acum \d+ (?:ore|zile|săptămâni)`,
    String.raw`πριν από \d+ (?:ώρες|ημέρες|μέρες)`,
    String.raw`\d+ (?:päeva|tundi) tagasi`,
    String.raw`prieš \d+ (?:dienas|dienų|valandas)`,
    String.raw`pirms \d+ (?:dienām|stundām)`,
    String.raw`prije \d+ (?:dana|sati)`,
    String.raw`pred \d+ (?:dnevi|urami)`,
    String.raw`\d+ (?:дня|дней|часов) назад`,
    String.raw`преди \d+ (?:дни|часа)`,
  ].join('|'),
  'i',
);

/** A short line that heads the list of openings on a careers page. */
export const OPENINGS_HEADINGS =
  headings(`open positions|open roles|current openings|current vacancies|job openings|our open positions|latest jobs|
  all jobs|offene stellen|aktuelle stellenangebote|unsere stellenangebote|aktuelle stellen|stellenangebote|
  nos offres d'emploi|nos offres|offres d'emploi|postes ouverts|ofertas de empleo|nuestras ofertas|vacantes|
  vagas abertas|nossas vagas|posizioni aperte|offerte di lavoro|posizioni disponibili|vacatures|
  openstaande vacatures|onze vacatures|ledige stillinger|lediga jobb|lediga tjänster|ledige job|avoimet työpaikat|
  oferty pracy|aktualne oferty|volná místa|volné pozice|voľné pracovné miesta|voľné pozície|nyitott pozíciók|
  állásajánlataink|locuri de muncă|posturi disponibile|ανοιχτές θέσεις|vabad töökohad|vakances|
  laisvos darbo vietos|slobodna radna mjesta|prosta delovna mesta|отворени позиции|открытые вакансии`);

/** The heading of a page of questions and answers. */
export const FAQ_HEADINGS =
  headings(`faq|faqs|frequently asked questions|häufige fragen|häufig gestellte fragen|questions fréquentes|
  foire aux questions|preguntas frecuentes|perguntas frequentes|domande frequenti|veelgestelde vragen|
  veel gestelde vragen|ofte stillede spørgsmål|ofte stilte spørsmål|vanliga frågor|usein kysytyt kysymykset|
  często zadawane pytania|časté dotazy|často kladené otázky|gyakori kérdések|întrebări frecvente|
  συχνές ερωτήσεις|korduma kippuvad küsimused|bieži uzdotie jautājumi|dažniausiai užduodami klausimai|
  često postavljana pitanja|pogosta vprašanja|често задавани въпроси|часто задаваемые вопросы`);

/** A CV's dated entry: a line that opens with a span of years ("2019–2024", "03/2018 - heute"). */
export const YEAR_SPAN =
  /^\s*(?:\d{1,2}[./])?(?:19|20)\d\d\s*[–—-]\s*(?:(?:\d{1,2}[./])?(?:19|20)\d\d|present|now|today|current|heute|jetzt|aujourd'hui|actualidad|presente|oggi|atual|heden|nu|nå|nyt|idag|nykyään|obecnie|nyní|dosud|jelenleg|prezent)\b/i;
