import { STOP_WORDS } from './stop-words';
import { type Clause, foldedSet, type Token } from './tokenize';

/**
 * The ad's language when its text holds too few function words to tell (a board that sends the
 * title and the place alone): the gender marker of the title says it ("(m/w/d)" is German for
 * männlich/weiblich/divers, "(h/f)" French, "(m/v)" Dutch, "(m/k)" Polish), so does a German
 * job noun in both genders ("Entwickler/in"); a title made of English job words and English
 * function words alone ("Principal Research Scientist", "Inside Sales Contractor") is English.
 */

// Letters of each language's gender marker; a marker is two or three of them joined by "/".
const MARKERS: { letters: ReadonlySet<string>; needs: string; language: string }[] = [
  { letters: new Set(['m', 'w', 'd', 'x']), needs: 'w', language: 'de' },
  { letters: new Set(['h', 'f']), needs: 'h', language: 'fr' },
  { letters: new Set(['m', 'v']), needs: 'v', language: 'nl' },
  { letters: new Set(['m', 'k']), needs: 'k', language: 'pl' },
];

/** The language of a gender marker starting at token i ("m", "/", "w", "/", "d"), or null. */
function markerAt(tokens: Token[], i: number): string | null {
  const letters: string[] = [];
  for (let j = i; j < tokens.length && letters.length < 3; j++) {
    const t = tokens[j] as Token;
    if (t.key.length !== 1) break;
    letters.push(t.key);
    if (!t.gapAfter.startsWith('/')) break;
  }
  if (letters.length < 2) return null;
  for (const m of MARKERS) if (letters.includes(m.needs) && letters.every((l) => m.letters.has(l))) return m.language;
  return null;
}

/** "Entwickler/in", "Ingenieur/in", "Kaufmann/-frau": a German job noun in both genders. */
function germanPair(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    /^\/-?$/.test(t.gapAfter) &&
    (next.key === 'in' || next.key === 'innen' || next.key === 'frau')
  );
}

// Words of English job titles: a title made of these and nothing else is English.
const ENGLISH_TITLE_WORDS = foldedSet(`
  senior junior principal lead head chief staff associate assistant intern trainee graduate manager engineer developer
  scientist research researcher analyst consultant specialist coordinator director officer representative technician
  designer administrator executive architect accountant advisor adviser sales marketing support customer service
  software data product project account business operations finance financial contractor inside outside field
  agent clerk operator driver nurse teacher editor writer recruiter partner owner member team of and for the
  development design security network systems system cloud quality test testing
`);
const ENGLISH_FUNCTION_WORDS = new Set([...(STOP_WORDS.en ?? []), 'us']);

export interface Hint {
  language: string;
  rule: string;
  clause: Clause;
}

/** The language the clauses (title first) hint at when function words do not decide (see above), or null. */
export function adLanguageHint(clauses: Clause[]): Hint | null {
  for (const clause of clauses) {
    const tokens = clause.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const marker = markerAt(tokens, i);
      if (marker) return { language: marker, rule: 'gender marker', clause };
      if (germanPair(tokens, i)) return { language: 'de', rule: 'gender pair', clause };
    }
  }
  let english = 0;
  for (const clause of clauses)
    for (const t of clause.tokens) {
      // Numbers, letters and acronyms ("RF", "MMIC", "SAP") are no language's words.
      if (/^\d/.test(t.key) || t.key.length === 1 || t.raw === t.raw.toUpperCase()) continue;
      if (ENGLISH_TITLE_WORDS.has(t.key)) english++;
      else if (!ENGLISH_FUNCTION_WORDS.has(t.key)) return null;
    }
  const first = clauses[0];
  return english >= 2 && first ? { language: 'en', rule: 'English job words', clause: first } : null;
}
