import type { Probe } from './probe';

/**
 * Negations, levels and names in sentence forms of each language (expectations as in germanic.ts):
 * "è" and "é" are "is", not "and"; a contraction ("don't") negates; genitives in a Finnish list
 * share one "kielen"; Baltic adverbs ("angliškai") name the language; a capitalised German name
 * before a verb ("Italienisch wäre …") is the language, not an adjective.
 */
export const SENTENCE_FORMS: Record<string, Probe[]> = {
  de: [
    ['- Italienisch wäre wünschenswert', '?it'],
    ['- Kenntnisse in Englisch setzen wir voraus', 'en'],
    ['- Polnisch sprechende Kolleginnen sind willkommen', '-'],
  ],
  it: [["- Non è richiesta la conoscenza dell'inglese", '-']],
  pt: [['- Não é necessário falar português', '-']],
  sv: [
    ['- Svenska är inget krav', '-'],
    ['- Goda kunskaper i svenska och finska', 'sv:good fi:good'],
  ],
  ro: [['- Cunoașterea limbii române nu este obligatorie', '-']],
  bg: [['- Не се изисква владеене на български език', '-']],
  en: [
    ["- You don't need to speak Dutch", '-'],
    ['- Proficiency in Spanish is highly valued', '?es'],
  ],
  no: [['- Du snakker og skriver godt norsk', 'no:good']],
  fi: [
    ['- Suomen ja ruotsin kielen taito', 'fi sv'],
    ['- Suomen, ruotsin ja englannin kielen taito', 'fi sv en'],
  ],
  pl: [['- Język angielski na poziomie komunikatywnym', 'en']],
  lt: [
    ['- Geri anglų kalbos įgūdžiai', 'en:good'],
    ['- Laisvai kalbate angliškai', 'en:fluent'],
  ],
  lv: [['- Jāprot brīvi runāt latviski', 'lv:fluent']],
  hu: [['- Angol nyelvtudás középfokon', 'en:intermediate']],
  et: [['- Eesti keele oskus emakeele tasemel', 'et:native']],
};
