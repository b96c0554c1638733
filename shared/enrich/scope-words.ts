import { foldedSet } from './tokenize';

// Words that say whose a language is, how many of a list the candidate needs, and how ads deny a
// requirement beyond "not" + "required" (cue-words.ts holds the requirement, plus and negation cues).

/**
 * Other people and places a language may describe: "German-speaking customers", "French Market",
 * "dansktalende kunder". A language said of these is theirs, not the candidate's.
 */
export const OTHERS_NOUNS = foldedSet(`
  customer customers client clients clientele user users market markets region regions countries partners accounts
  audience audiences consumers patients guests players merchants community communities
  kunde kunden kundschaft markt märkte raum länder nutzer klant klanten markten regio gebruikers
  kund kunder kunderna kunderne kundene marknad marknaden marknader marknaderna marked markedet markeder
  användare brugere brukere marché marchés clientèle mercado mercados mercato mercati
`);

/** "Speaking" in the words ads put between a language and who speaks it ("German speaking customers"). */
export const SPEAKING_WORDS = foldedSet(`
  speaking speaker speakers sprechend sprechende sprechenden sprechender sprachig sprachige sprachigen sprachiger
  talende talande sprekende sprekend
`);

/**
 * "Working" beside a word for "language": "working language", "langue de travail", "lingua di
 * lavoro", "język roboczy", "pracovní jazyk", "darba valoda". The language named is required.
 */
export const WORKING_WORDS = foldedSet(`
  working work company corporate travail trabajo trabalho lavoro roboczy roboczym pracovní pracovný pracovným munka
  munkanyelv lucru работен работния radni delovni darba darbo çalışma
`);

/** Number words that open "one of …", "two of the following": what follows is a choice (GUIDE.md: one-of, k-of). */
export const CHOICE_NUMBERS = foldedSet(`
  one two three any either ein eine einer eines zwei drei un une deux trois uno una dos tres due tre jeden jedna jednego
  dwa dwóch dva dvou dvoch yksi kaksi en ett et to två tre een twee egy két unu două ένα δύο един два viena dvi viens
  divas üks kaks jedan ena dve bir iki
`);

/** "of" after a number word: "one of", "eine der", "une des", "uno de", "jeden z". */
export const CHOICE_OF = foldedSet(`
  of von der aus de des du di dei delle degli della z ze zo spośród av af blandt bland van из от από iz izmed no tarp
  following folgenden suivantes siguientes seguintes seguenti
`);

/** One word that says "not required" ("nebūtina", "nepovinné", "gerekmez"): the language of its part is not asked for. */
export const NOT_REQUIRED = foldedSet(`
  nebūtina nebūtinas nebūtini neprivaloma neprivalomas nevyžaduje nevyžadujeme nevyžadujú nemusíte nemusíš nemusí
  nepovinné nepovinná nepovinný nepotrebné nepotrebná nepotrebný nenutné nenutná nepotrebno nepotrebna nepotreban
  nezahtevano nezahtevana gerekmez gerekmiyor
`);

/** "Need" before a negation: "behöver inte", "behøver ikke", "trenger ikke", "need not", "hoeft niet". */
export const NEED_VERBS = foldedSet('need needs behöver behøver trenger hoeft hoef hoeven brauchst braucht brauchen');

/** Negations written after the word they negate (Turkish "zorunlu değil"). */
export const NEGATIONS_AFTER = foldedSet('değil değildir');
