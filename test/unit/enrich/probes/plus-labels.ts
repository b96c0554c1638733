import type { Probe } from './probe';

/**
 * Written for these probes (expectations as in germanic.ts): a label with a plus cue opens a
 * "nice to have" list whatever its words ("Desired qualifications", "Será valorizado:", "Dodatkowym
 * atutem będzie:"), an offer heading closes it; "a plus" in every number and gender and in the
 * languages with their own word for "desirable"; a plus said before a later language covers it alone.
 */
export const PLUS_LABELS: Record<string, Probe[]> = {
  en: [
    ['Desired qualifications\n- Very good English and Danish', '?en ?da'],
    ['Preferred qualifications:\n- Fluent Swedish', '?sv'],
    ['Additional assets:\n- French', '?fr'],
    [
      'Requirements:\n- Fluent English\nDesired qualifications\n- German\nWhat we offer:\n- Italian lessons',
      'en:fluent ?de',
    ],
    ['- Fluent English and preferably German', 'en:fluent ?de'],
    ['- English and German are a plus', '?en ?de'],
  ],
  no: [['Det er en fordel om du har:\n- kjennskap til tysk', '?de']],
  de: [
    ['Das wäre toll:\n- Polnischkenntnisse', '?pl'],
    ['Dein Profil:\n- Englisch und idealerweise Französisch', 'en ?fr'],
    ['- Französischkenntnisse sind willkommen', '?fr'],
  ],
  fr: [["- La connaissance de l'allemand constitue un avantage", '?de']],
  es: [
    ['- Inglés y francés valorables', '?en ?fr'],
    ['Se valorará:\n- Francés', '?fr'],
  ],
  pt: [['Será valorizado:\n- Francês', '?fr']],
  pl: [['Dodatkowym atutem będzie:\n- znajomość języka francuskiego', '?fr']],
  cs: [['Výhodou:\n- znalost SQL\nNabízíme:\n- výuka cizích jazyků (AJ, NJ)', '-']],
  el: [['Θα εκτιμηθεί:\n- γνώση γερμανικών', '?de']],
  ro: [['- Limba franceză este un atu', '?fr']],
  hr: [['- Znanje njemačkog jezika je poželjno', '?de']],
  sl: [['- Zaželeno znanje nemškega jezika', '?de']],
  lv: [['- Vēlamas vācu valodas zināšanas', '?de']],
  lt: [['- Pageidautina anglų kalbos žinios', '?en']],
  tr: [
    ['Tercih sebebi:\n- Almanca bilgisi', '?de'],
    ['- Tercihen iyi derecede İngilizce iletişim becerisi', '?en'],
    ['- Almanca bilenler tercih sebebidir', '?de'],
  ],
};

/**
 * Whose language a sentence names, and how many of a list the candidate needs: a language said of
 * customers or a market is theirs; a "working language" is required; "one of", "two of the
 * following" make a choice; a group word alone in a title names a market.
 */
export const WHOSE_AND_HOW_MANY: Record<string, Probe[]> = {
  en: [
    ['- Our team supports German, French and Dutch speaking customers across Europe', '-'],
    ['title: Account Manager French Market', '-'],
    ['title: German Speaking Customer Service Agent', 'de'],
    ['title: Head of Sales Nordics', '-'],
    ['- Our working language is English', 'en'],
    ['- Fluency in at least two of the following: German, French, Italian', 'de|fr|it'],
    ['- Fluent English plus one of: German, French, Spanish', 'en:fluent de|fr|es'],
    ['- Native/fluent in Romanian or German or Italian both verbal and written', 'ro|de|it'],
  ],
  de: [
    ['- Sie sprechen fließend Deutsch und eine der folgenden Sprachen: Französisch, Italienisch', 'de:fluent fr|it'],
  ],
  fr: [['- La langue de travail est le français', 'fr']],
  es: [['- Dominio de uno de los siguientes idiomas: alemán, francés', 'de|fr']],
  pl: [['- Językiem roboczym jest angielski', 'en']],
  cs: [['- Pracovní jazyk je angličtina', 'en']],
  tr: [['- İyi derecede İngilizce bilmek', 'en:good']],
  it: [
    ['- Madrelingua tedesca', 'de:native'],
    ['- Ottima conoscenza dell’inglese, gradito il francese', 'en:fluent ?fr'],
  ],
  da: [['- Du taler og skriver dansk på modersmålsniveau', 'da:native']],
};

/**
 * Which level a sentence states: a word level beside a word for "level" is the one stated; a CEFR
 * level in a part of its own is said of every language the sentence requires.
 */
export const STATED_LEVELS: Record<string, Probe[]> = {
  de: [['- Sehr gute Deutschkenntnisse (muttersprachliches Niveau)', 'de:native']],
  en: [['- Good command of English and German, C1 level or above', 'en:C1 de:C1']],
  pt: [['- Fluente em português e inglês, nível C1 ou equivalente', 'pt:C1 en:C1']],
  es: [['- Dominio de inglés y francés, nivel B2 como mínimo', 'en:B2 fr:B2']],
  fr: [["- Maîtrise de l'anglais, niveau courant", 'en:fluent']],
  sv: [['- Flytande engelska, god nivå i Excel', 'en:fluent']],
  pl: [['- Dobra znajomość języka angielskiego, poziom B2', 'en:B2']],
};

/**
 * Negations as each language writes them: a negation that opens its part reaches over the words
 * about the language; "need" before the negation ("behöver inte"); one word that says "not
 * required" ("nebūtina"); Turkish after the word ("zorunlu değil"); a negation in a parenthesis
 * covers only the parenthesis.
 */
export const NEGATED: Record<string, Probe[]> = {
  en: [
    ['- No prior knowledge of Swedish is needed', '-'],
    ['- Fluent English (Danish not required)', 'en:fluent'],
    ['- No experience required and fluent German', 'de:fluent'],
  ],
  sv: [['- Du behöver inte kunna svenska', '-']],
  da: [['- Du behøver ikke at tale dansk', '-']],
  nl: [['- Nederlands is geen vereiste', '-']],
  fr: [['- Pas besoin de parler français', '-']],
  lt: [['- Lietuvių kalbos mokėti nebūtina', '-']],
  cs: [['- Znalost němčiny je nepovinná', '-']],
  tr: [['- Türkçe bilmek zorunlu değil', '-']],
  hu: [['- Angol nyelvtudás szükséges, előny (de nem feltétel) a német nyelvtudás', 'en ?de']],
};

/** The ad's own language asked for in its own words: adjectives sharing one word for "language", plural level words. */
export const OWN_LANGUAGE: Record<string, Probe[]> = {
  nl: [['- Je beheerst de Nederlandse en Engelse taal in woord en geschrift', 'nl en']],
  fr: [['- Français et anglais courants', 'fr:fluent en:fluent']],
  da: [['- Du mestrer dansk og engelsk i skrift og tale', 'da en']],
  hu: [['- Kiváló magyar és angol nyelvtudás', 'hu:fluent en:fluent']],
  sl: [['- Odlično znanje slovenskega in angleškega jezika', 'sl:fluent en:fluent']],
};
