import type { Evidence, LanguageLevel } from '../posting/posting';
import { OR_WORDS, OTHER_HEADINGS, REQUIREMENT_HEADINGS } from './cue-words';
import { NOUN_FIRST } from './language-adjectives';
import { CEFR } from './language-level';
import { analyseClause, type Mention } from './language-mentions';
import { nameLocales } from './name-locales';
import type { Clause, Token } from './tokenize';

export interface LanguageFindings {
  required: { code: string; level: LanguageLevel | null }[];
  requiredOneOf: string[][];
  optional: string[];
  /** The words that decided each value (see Evidence). */
  evidence?: Evidence[];
}

/** How the words between two mentions join them: "or" (one of), a bare list, or "and". */
function joint(tokens: Token[], a: Mention, b: Mention): 'or' | 'list' | 'and' {
  const between = tokens.slice(a.at + 1, b.at);
  if (between.some((t) => OR_WORDS.has(t.key))) return 'or';
  return between.length === 0 ? 'list' : 'and';
}

/** A short line that opens a section ("Requirements", "Vi tilbyder"), or null. */
function sectionOf(clause: Clause): 'req' | 'other' | null {
  if (!clause.lineStart || clause.tokens.length > 6) return null;
  if (clause.tokens.some((t) => REQUIREMENT_HEADINGS.has(t.key))) return 'req';
  if (clause.tokens.some((t) => OTHER_HEADINGS.has(t.key))) return 'other';
  return null;
}

/** Required, one-of and optional languages, read from requirement contexts only. */
export function findLanguages(titleClauses: Clause[], clauses: Clause[], adLanguage: string | null): LanguageFindings {
  const locales = nameLocales(adLanguage);
  const required = new Map<string, LanguageLevel | null>();
  const optional = new Set<string>();
  const groups: { codes: string[]; explicit: boolean }[] = [];
  let section: 'req' | 'other' | null = null;
  const all = [...titleClauses.map((c) => ({ c, title: true })), ...clauses.map((c) => ({ c, title: false }))];
  for (const { c, title } of all) {
    const heading = title ? null : sectionOf(c);
    if (heading !== null) section = heading;
    const mentions = analyseClause(c, section === 'req', title, locales, NOUN_FIRST.has(adLanguage ?? ''));
    const explicit = new Set(mentions.filter((m) => !m.group).flatMap((m) => m.codes));
    const req = mentions.filter((m) => m.status === 'required');
    let run: Mention[] = [];
    let runIsOr = false;
    const closeRun = (): void => {
      const codes = [...new Set(run.filter((m) => !m.group).flatMap((m) => m.codes))];
      if (runIsOr && codes.length > 1) {
        groups.push({ codes, explicit: true });
      } else {
        for (const m of run) {
          if (m.group) {
            // A group word beside its own list ("one Nordic language (Swedish, …)") adds nothing.
            if (!m.codes.some((code) => explicit.has(code))) groups.push({ codes: m.codes, explicit: false });
          } else {
            for (const code of m.codes) {
              // A CEFR level said anywhere is more precise than a word level said elsewhere.
              const had = required.get(code);
              if (
                !required.has(code) ||
                had === null ||
                (m.level && CEFR.test(m.level.toLowerCase()) && !CEFR.test(had?.toLowerCase() ?? ''))
              )
                required.set(code, m.level);
            }
          }
        }
      }
      run = [];
      runIsOr = false;
    };
    for (const m of req) {
      const last = run[run.length - 1];
      if (last) {
        const j = joint(c.tokens, last, m);
        if (j === 'and') closeRun();
        else if (j === 'or') runIsOr = true;
      }
      run.push(m);
    }
    closeRun();
    for (const m of mentions) {
      if (m.status !== 'optional') continue;
      const other = m.group && c.tokens[m.at - 1]?.key === 'other';
      for (const code of m.codes)
        if (!(m.group && explicit.has(code)) && !(other && required.has(code))) optional.add(code);
    }
  }
  const requiredOneOf: string[][] = [];
  const sorted = groups.sort((a, b) => a.codes.length - b.codes.length);
  for (const g of sorted) {
    const codes = g.codes.filter((c) => !required.has(c));
    if (codes.length < g.codes.length) continue;
    if (requiredOneOf.some((h) => h.every((c) => codes.includes(c)))) continue;
    if (codes.length === 1 && codes[0]) required.set(codes[0], null);
    else requiredOneOf.push(codes);
  }
  const inGroups = new Set(requiredOneOf.flat());
  return {
    required: [...required].map(([code, level]) => ({ code, level })),
    requiredOneOf,
    optional: [...optional].filter((c) => !required.has(c) && !inGroups.has(c)),
  };
}
