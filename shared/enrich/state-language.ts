import { fold } from './tokenize';

/**
 * "The state language", "the official language": public-sector ads in the Baltics and Central and
 * South-East Europe ask for their country's language by these words rather than by its name
 * ("valsts valodas prasme", "znanje uradnega jezika", "riigikeele oskus"). Each adjective (folded,
 * beside a word for "language") with the languages it is said of, the ad's own one first.
 */
const STATE_WORDS: Record<string, string[]> = {};
const BY_LANGUAGE: [codes: string[], words: string][] = [
  [['lv'], 'valsts'],
  [['lt'], 'valstybine valstybines valstybinę valstybinės'],
  [['sl'], 'uradni uradnega uradnem uradnim'],
  [['hr', 'sr', 'bs'], 'službeni službenog službenom službeni'],
  [['sk'], 'štátny štátneho štátnom úradný úradného'],
  [['cs'], 'státní úřední'],
  [['bg'], 'държавен държавния официален официалния'],
  [['ru'], 'государственный государственного государственным'],
  [['ro'], 'oficială oficiale'],
  [['pl'], 'urzędowy urzędowego'],
];
for (const [codes, words] of BY_LANGUAGE) for (const w of words.split(' ')) STATE_WORDS[fold(w)] = codes;

/** Estonian writes "state language" as one word. */
const ESTONIAN = new Set(['riigikeel', 'riigikeele', 'riigikeelt', 'riigikeeles']);

/**
 * The language "the state language" names in an ad in `adLanguage` (word `key`, beside a word for
 * "language" unless it is one itself), or null: only said of the country whose language the ad is in.
 */
export function stateLanguage(key: string, besideWord: boolean, adLanguage: string | null): string | null {
  if (adLanguage === null) return null;
  if (ESTONIAN.has(key)) return adLanguage === 'et' ? 'et' : null;
  if (!besideWord || !Object.hasOwn(STATE_WORDS, key)) return null;
  const codes = STATE_WORDS[key] as string[];
  return codes.includes(adLanguage) ? adLanguage : null;
}
