import type { Probe } from './probe';

/**
 * Forms of naming a language beyond its name alone (expectations as in germanic.ts): a list sharing
 * one word for "language" ("limbii române și ruse"), an adjective of "communication", a compound of
 * "language" ("språknivå"), "the state language" for the country's own, an abbreviated "language".
 */
export const FORMS: Record<string, Probe[]> = {
  ro: [
    ['- Cunoașterea limbii române și ruse', 'ro ru'],
    ['- Cunoașterea limbii germane și engleze constituie un avantaj', '?de ?en'],
  ],
  lv: [
    ['- Latviešu un angļu valodas zināšanas', 'lv en'],
    ['- Valsts valodas prasme augstākajā līmenī', 'lv:fluent'],
  ],
  lt: [
    ['- Valstybinės kalbos mokėjimas', 'lt'],
    ['- Privaloma: anglų, vokiečių k. žinios', 'en de'],
  ],
  sl: [
    ['- Znanje slovenskega jezika', 'sl'],
    ['- Znanje uradnega jezika', 'sl'],
    ['- Znanje slovenskega in angleškega jezika', 'sl en'],
  ],
  sk: [['- Znalosť slovenského a anglického jazyka', 'sk en']],
  hr: [['- Znanje hrvatskog i engleskog jezika', 'hr en']],
  et: [['- Riigikeele oskus B2 tasemel', 'et:B2']],
  de: [
    ['- Sicherheit in deutscher und englischer Kommunikation', 'de en'],
    ['- Deutsch auf Sprachniveau C1', 'de:C1'],
  ],
  no: [
    ['- Norsk språknivå på minimum B1', 'no:B1'],
    ['- Du behersker norsk og engelsk', 'no en'],
  ],
  sv: [['- Svenska på språknivå C1', 'sv:C1']],
  en: [
    ['- Excellent English communication, written and spoken', 'en:fluent'],
    ['- English language level B2', 'en:B2'],
  ],
  hu: [['- Elvárás az angol nyelvű kommunikáció, előny a német nyelvtudás', 'en ?de']],
};
