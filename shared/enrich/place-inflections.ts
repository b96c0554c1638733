import { foldedSet, type Token } from './tokenize';

// Languages that inflect a place's name where English puts a preposition before it: "Kuopiossa"
// (in Kuopio), "Egerben", "Tartus", "w Krakowie", "v Jihlavě", "u Zagrebu", "Vilniuje". Each rule
// is a folded ending and what the name's own form ends with instead; the forms are the locative
// (and the Finnish, Estonian and Hungarian "from" and "to" cases), as ads write where a job is.
type Rule = [ending: string, replacement: string];
/** A replacement that puts back the "e" a Czech or Slovak name drops before its ending ("v Plzni": Plzeň, "v Liberci": Liberec). */
const FLEETING_E = '<e>';

const RULES: Record<string, Rule[]> = {
  fi: [
    ['ssa', ''],
    ['sta', ''],
    ['lla', ''],
    ['lta', ''],
    ['lle', ''],
    ['seen', ''],
  ],
  et: [
    ['sse', ''],
    ['st', ''],
    ['s', ''],
    ['lt', ''],
    ['le', ''],
    ['l', ''],
  ],
  hu: [
    ['ban', ''],
    ['ben', ''],
    ['bol', ''],
    ['ba', ''],
    ['be', ''],
    ['on', ''],
    ['en', ''],
    ['ra', ''],
    ['re', ''],
    ['rol', ''],
    ['tol', ''],
    ['ig', ''],
  ],
  pl: [
    ['ie', ''],
    ['ie', 'a'],
    ['e', 'a'],
    ['iu', ''],
    ['u', ''],
    ['y', ''],
    ['i', ''],
    ['i', 'ia'],
    ['ach', 'e'],
    ['ach', 'y'],
  ],
  cs: [
    ['e', 'a'],
    ['e', 'o'],
    ['e', ''],
    ['u', ''],
    ['i', ''],
    ['i', FLEETING_E],
    ['ach', 'e'],
  ],
  sk: [
    ['e', 'a'],
    ['e', 'o'],
    ['e', ''],
    ['u', ''],
    ['i', ''],
    ['i', FLEETING_E],
    ['iach', 'e'],
    ['ach', 'e'],
  ],
  hr: [
    ['u', ''],
    ['i', 'a'],
    ['u', 'o'],
  ],
  sl: [
    ['u', ''],
    ['i', 'a'],
    ['u', 'e'],
  ],
  lt: [
    ['uose', 'ai'],
    ['yje', 'is'],
    ['oje', 'a'],
    ['je', 's'],
    ['e', 'as'],
  ],
};

/** Languages whose case endings stand for the preposition: any capitalised word may be a place so inflected. */
const SUFFIX_ONLY = new Set(['fi', 'et', 'hu', 'lt']);
/** The prepositions before an inflected place in the other languages ("w", "v", "u"). */
const LOCATIVE_PREPOSITIONS = foldedSet('w we v ve u');

/** Whether the word at `i` may be a place's name in a case form of language `lang`. */
export function mayBeInflectedPlace(tokens: Token[], i: number, lang: string | null): boolean {
  if (!lang || !RULES[lang]) return false;
  if (SUFFIX_ONLY.has(lang)) return true;
  return i > 0 && LOCATIVE_PREPOSITIONS.has(tokens[i - 1]?.key ?? '');
}

/**
 * The names a folded word may be the case form of, most likely first: "kuopiossa" → kuopio;
 * "tampereella" → tampere (a doubled vowel before the ending); "suomessa" → suomi; "krakowie" → krakow.
 */
export function inflectedBases(key: string, lang: string | null): string[] {
  const rules = lang ? RULES[lang] : undefined;
  if (!rules) return [];
  const out: string[] = [];
  for (const [ending, replacement] of rules) {
    if (!key.endsWith(ending) || key.length - ending.length < 3) continue;
    const stem = key.slice(0, -ending.length);
    if (replacement === FLEETING_E) {
      if (/[^aeiouy][^aeiouy]$/.test(stem)) out.push(`${stem.slice(0, -1)}e${stem.slice(-1)}`);
      continue;
    }
    out.push(stem + replacement);
    if (lang === 'fi' || lang === 'et') {
      const last = stem.at(-1) ?? '';
      // A doubled vowel or a linking vowel before the ending ("Tampereella", "Annabergissä", "Tallinnas").
      if (stem.at(-2) === last || last === 'i' || last === 'a') out.push(stem.slice(0, -1));
      // "Suomessa": a name ending in -i takes -e- before an ending.
      if (last === 'e') out.push(`${stem.slice(0, -1)}i`);
    }
  }
  return out;
}
