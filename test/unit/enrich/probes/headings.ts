import type { Probe } from './probe';

/**
 * Languages under a heading ("What you bring", "Von Vorteil", "Meriterande", "Požadujeme"), in a
 * "Languages:" field, and with a level word or no cue at all (expectations as in germanic.ts).
 * Each ad opens with a tasks heading: a "nice to have" heading after it still opens its section.
 */
export const HEADINGS: Record<string, Probe[]> = {
  en: [
    ['What you bring\n- German and English', 'de en'],
    ['Who you are\n- Fluent in German', 'de:fluent'],
    ['About you\n- German', 'de'],
    ['Nice to have\n- Dutch', '?nl'],
    ['Bonus points\n- Dutch', '?nl'],
    ['Languages: German (native), English (fluent)', 'de:native en:fluent'],
    ['- English – C1, German – B1', 'en:C1 de:B1'],
    ['Requirements:\n- German\n- English', 'de en'],
    ['- Communication in English', 'en'],
    ['- Ability to communicate in German', 'de'],
    ['- Working knowledge of Spanish', 'es'],
    ['- Strong English skills', 'en'],
    ['- English: professional working proficiency', 'en'],
    ['- Excellent German', 'de:fluent'],
    ['- German as a mother tongue', 'de:native'],
    ['- Fluent in both English and German', 'en:fluent de:fluent'],
    ['- Native-level Dutch', 'nl:native'],
    ['- You are fluent in Danish', 'da:fluent'],
    ['- Must have: Swedish', 'sv'],
    ['- Swedish language skills are a must', 'sv'],
    ['- English (must), German (nice to have)', 'en ?de'],
    ['- Dutch (preferred)', '?nl'],
    ['- Plus: Italian', '?it'],
    ['- Knowledge of French will be considered an asset', '?fr'],
  ],
  de: [
    ['Das bringst du mit\n- Deutsch und Englisch', 'de en'],
    ['Was du mitbringst:\n- Deutsch', 'de'],
    ['Dein Profil\n- Deutsch auf Muttersprachniveau', 'de:native'],
    ['Außerdem von Vorteil\n- Französisch', '?fr'],
    ['Wünschenswert\n- Französisch', '?fr'],
    ['Sprachen: Deutsch (Muttersprache), Englisch (gut)', 'de:native en:good'],
    ['- Sehr gute Deutsch- sowie gute Englischkenntnisse', 'de:good en:good'],
    ['- Englisch in Wort und Schrift', 'en'],
    ['- Deutsch C1', 'de:C1'],
    ['- Gute Kenntnisse der deutschen Sprache', 'de:good'],
    ['- Du kommunizierst sicher auf Deutsch', 'de'],
  ],
  fr: [
    ['Votre profil\n- Anglais', 'en'],
    ['Ce serait un plus\n- Allemand', '?de'],
    ['Atouts\n- Allemand', '?de'],
    ['- Anglais professionnel', 'en'],
    ["- Maîtrise de l'anglais", 'en'],
  ],
  es: [
    ['Requisitos\n- Inglés', 'en'],
    ['Se valorará\n- Alemán', '?de'],
    ['- Inglés avanzado', 'en'],
    ['- Nivel de inglés alto', 'en'],
  ],
  it: [
    ['Requisiti\n- Inglese', 'en'],
    ['Costituisce titolo preferenziale\n- Tedesco', '?de'],
    ['- Inglese buono', 'en:good'],
  ],
  nl: [
    ['Wat vragen wij\n- Nederlands en Engels', 'nl en'],
    ['Wie ben jij?\n- Je spreekt Nederlands', 'nl'],
    ['Pré\n- Duits', '?de'],
    ['- Goede beheersing van het Nederlands', 'nl'],
  ],
  sv: [
    ['Meriterande\n- Finska', '?fi'],
    ['- Mycket goda kunskaper i svenska', 'sv:good'],
  ],
  no: [
    ['Kvalifikasjoner\n- Norsk', 'no'],
    ['Ønskelig\n- Svensk', '?sv'],
    ['- God muntlig og skriftlig fremstillingsevne på norsk', 'no:good'],
  ],
  da: [
    ['Din profil\n- Dansk', 'da'],
    ['Det er en fordel\n- Tysk', '?de'],
    ['- Du mestrer dansk i skrift og tale', 'da'],
  ],
  pl: [
    ['Czego oczekujemy\n- Język niemiecki', 'de'],
    ['Mile widziane\n- Język francuski', '?fr'],
    ['- Język angielski B2', 'en:B2'],
  ],
  cs: [
    ['Požadujeme\n- Angličtina', 'en'],
    ['Výhodou\n- Němčina', '?de'],
    ['- Angličtina B2', 'en:B2'],
  ],
  hu: [
    ['Elvárások\n- Angol nyelvtudás', 'en'],
    ['Előny\n- Német nyelvtudás', '?de'],
    ['- Angol B2', 'en:B2'],
  ],
  fi: [
    ['Odotamme sinulta\n- Suomen kieli', 'fi'],
    ['Eduksi katsotaan\n- Ruotsin kieli', '?sv'],
    ['- Englanti B2', 'en:B2'],
  ],
  ro: [
    ['Cerințe\n- Limba engleză', 'en'],
    ['Constituie avantaj\n- Limba germană', '?de'],
  ],
  el: [['Απαιτήσεις\n- Αγγλικά', 'en']],
  et: [['Ootame sinult\n- Eesti keel', 'et']],
  lt: [['Reikalavimai\n- Anglų kalba', 'en']],
  lv: [['Prasības\n- Angļu valoda', 'en']],
  hr: [['Uvjeti\n- Engleski jezik', 'en']],
  sk: [['Požiadavky\n- Anglický jazyk', 'en']],
};
