/**
 * Letters only one language, or a few neighbours, write: "ř" is Czech, "ő" Hungarian, "ł" Polish,
 * "ș" Romanian, "ð" Icelandic, "є" Ukrainian, "ћ" Serbian. A word holding one says little about
 * an ad with sentences (a name, a town), but in a board's record of a few fields it is evidence.
 */
const LETTERS: [letters: string, languages: string[]][] = [
  ['řůě', ['cs']],
  ['ľĺŕ', ['sk']],
  ['łśźń', ['pl']],
  ['ąę', ['pl', 'lt']],
  ['ż', ['pl', 'mt']],
  ['őű', ['hu']],
  ['șță', ['ro']],
  ['ş', ['ro', 'tr']],
  ['ğı', ['tr']],
  ['þð', ['is']],
  ['ø', ['da', 'no']],
  ['æ', ['da', 'no', 'is']],
  ['å', ['da', 'no', 'sv']],
  ['õ', ['et', 'pt']],
  ['ã', ['pt']],
  ['āēīģķļņ', ['lv']],
  ['ėįų', ['lt']],
  ['ū', ['lt', 'lv']],
  ['ħġċ', ['mt']],
  ['đ', ['hr', 'sr']],
  ['ñ', ['es']],
  ['ß', ['de']],
  ['œ', ['fr']],
  ['єїґі', ['uk']],
  ['ыэё', ['ru']],
  ['ъ', ['bg']],
  ['ќѓѕ', ['mk']],
  ['ђћ', ['sr']],
  ['јљњџ', ['sr', 'mk']],
];

const BY_LETTER = new Map<number, string[]>();
for (const [letters, languages] of LETTERS) {
  for (const letter of letters) {
    BY_LETTER.set(letter.charCodeAt(0), languages);
    const upper = letter.toUpperCase();
    if (upper.length === 1) BY_LETTER.set(upper.charCodeAt(0), languages);
  }
}

const GREEK = ['el'];

/** A word with a telling letter weighs half a function word: one name or town is no evidence. */
export const LETTER_WEIGHT = 0.5;

/**
 * The languages the first telling letter of a word as written belongs to, if it has one. A Greek
 * letter is Greek's alone: its script is its own.
 */
export function letterLanguages(word: string): string[] | undefined {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0xc0) continue;
    if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) return GREEK;
    const languages = BY_LETTER.get(c);
    if (languages) return languages;
  }
  return undefined;
}
