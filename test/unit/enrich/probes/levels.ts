import type { Probe } from './probe';

/**
 * Level words as ads in each language write them, "excellent", "good", "intermediate", "basic",
 * "native", and CEFR levels written with Cyrillic look-alike letters (expectations as in germanic.ts).
 */
export const LEVELS: Record<string, Probe[]> = {
  en: [
    ['- Basic English is enough', 'en:basic'],
    ['- Intermediate English (spoken)', 'en:intermediate'],
  ],
  hr: [
    ['- Jezici: engleski (izvrsno)', 'en:fluent'],
    ['- Odlično znanje njemačkog jezika', 'de:fluent'],
    ['- Osnovno znanje engleskog jezika', 'en:basic'],
    ['- Hrvatski jezik kao materinji', 'hr:native'],
  ],
  sl: [
    ['- Odlično znanje angleškega jezika', 'en:fluent'],
    ['- Osnovno znanje nemškega jezika', 'de:basic'],
  ],
  bg: [
    ['- Владее отлично английски език', 'en:fluent'],
    ['- Английски език на ниво В2', 'en:B2'],
    ['- Английски език на ниво С1 (писмено и говоримо)', 'en:C1'],
    ['- Основно ниво на немски език', 'de:basic'],
    ['- Добро владеене на английски език', 'en:good'],
  ],
  et: [
    ['- Eesti keele oskus kõrgtasemel', 'et:fluent'],
    ['- Elementaarne inglise keele oskus', 'en:basic'],
    ['- Suurepärane inglise keele oskus', 'en:fluent'],
    ['- Vene keele oskus suhtlustasemel', 'ru:intermediate'],
  ],
  ro: [
    ['- Cunoștințe medii de limba engleză', 'en:intermediate'],
    ['- Limba engleză la nivel excelent', 'en:fluent'],
    ['- Cunoștințe de bază de limba germană', 'de:basic'],
    ['- Limba română nativă', 'ro:native'],
    ['- Limba engleză - nivel mediu', 'en:intermediate'],
  ],
  lt: [
    ['- Puikiai mokėti lietuvių kalbą', 'lt:fluent'],
    ['- Anglų kalbos žinios vidutiniu lygiu', 'en:intermediate'],
  ],
  lv: [
    ['- Latviešu valodas prasme augstākajā līmenī', 'lv:fluent'],
    ['- Angļu valodas prasmes vidējā līmenī', 'en:intermediate'],
    ['- Krievu valodas zināšanas pamata līmenī', 'ru:basic'],
  ],
  sk: [
    ['- Výborná znalosť anglického jazyka', 'en:fluent'],
    ['- Základná znalosť nemeckého jazyka', 'de:basic'],
  ],
  cs: [
    ['- Angličtina středně pokročilá', 'en:intermediate'],
    ['- Němčina na základní úrovni', 'de:basic'],
  ],
  hu: [
    ['- Tárgyalóképes angol nyelvtudás', 'en:fluent'],
    ['- Társalgási szintű német nyelvtudás', 'de:intermediate'],
  ],
  el: [
    ['- Βασική γνώση της αγγλικής γλώσσας', 'en:basic'],
    ['- Πολύ καλή γνώση της αγγλικής γλώσσας', 'en:good'],
  ],
  pl: [['- Podstawowa znajomość języka niemieckiego', 'de:basic']],
  fr: [['- Notions d’anglais', 'en:basic']],
};
