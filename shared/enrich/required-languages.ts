import type { Evidence, LanguageLevel } from '../posting/posting';
import {
  LANGUAGE_WORDS,
  OFFER_HEADINGS,
  OPTIONAL_CUES,
  OPTIONAL_HEADINGS,
  OR_WORDS,
  OTHER_HEADINGS,
  OTHER_WORDS,
  REQUIREMENT_HEADINGS,
} from './cue-words';
import { NOUN_FIRST } from './language-adjectives';
import { CEFR } from './language-level';
import { analyseClause, type Mention, type SectionKind } from './language-mentions';
import { isAnyLanguageName } from './language-names';
import { nameLocales } from './name-locales';
import { CHOICE_NUMBERS, CHOICE_OF } from './scope-words';
import { headingSection } from './sections';
import { ALL_STOP_WORDS } from './stop-words';
import { type Clause, clauseText, type Token, tokenAt } from './tokenize';

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
  // Dutch "of" is English "of" too: only alone between two languages is it "or" ("Nederlands of Engels").
  if (between.length === 1 && between[0]?.key === 'of') return 'or';
  return between.length === 0 ? 'list' : 'and';
}

/**
 * A short line that opens a section ("Requirements", "Nice to have", "Vi tilbyder"), or null.
 * Under "Nice to have" a list item that names skills ("DevOps skills") opens nothing: only a line
 * ending in a colon or a heading sections.ts knows opens the requirements again.
 */
function headingOf(clause: Clause, section: SectionKind): 'req' | 'opt' | 'other' | null {
  const n = clause.tokens.length;
  // A label ending in a colon may be a clause of its own: "Det er en fordel om du har:", "It's a plus if you have:".
  if (!clause.lineStart || n > (clause.colonEnd ? MAX_LABEL_WORDS : 6)) return null;
  // "Erfahrung in der Branche von Vorteil" is a short line of its own; "Nice to have", "Desired
  // qualifications" and "Az állás betöltéséhez előnyt jelent:" open a section, as does any short
  // label with a plus cue ("Será valorizado:", "Dodatkowym atutem będzie:"). A list item ("Salario + bonus") is not a heading.
  if (
    (n <= 4 || clause.colonEnd) &&
    (clause.tokens.some((t) => OPTIONAL_HEADINGS.has(t.key) || OPTIONAL_CUES.has(t.key)) || goodToHave(clause)) &&
    !clause.tokens.some((t) => t.gapAfter.includes('+'))
  )
    return 'opt';
  if (n > 6) return null;
  if (clause.tokens.some((t) => REQUIREMENT_HEADINGS.has(t.key)))
    return section !== 'opt' || clause.colonEnd || headingSection(clause) === 'requirements' ? 'req' : null;
  // "Našim zaměstnancům nabízíme:", "Wir bieten": the offer ends a "nice to have" list too.
  if (clause.tokens.some((t) => OTHER_HEADINGS.has(t.key) || OFFER_HEADINGS.has(t.key))) return 'other';
  return null;
}

/** The most words a label ending in a colon may have and still open a "nice to have" list. */
const MAX_LABEL_WORDS = 8;

/** "Good to have", "Good-to-have skills": "good" alone is a level, before "to have" a heading. */
function goodToHave(clause: Clause): boolean {
  const t = clause.tokens;
  return t[0]?.key === 'good' && t[1]?.key === 'to' && t[2]?.key === 'have';
}

/**
 * "Do you also speak German? That is a bonus": a short clause after, on its line, that says only
 * "that is a plus" (function words and the cue, at most one other word). "Any other language is a
 * plus" or "Swedish is an advantage" say something of their own.
 */
function plusAfter(c: Clause, next: Clause | undefined): boolean {
  if (!next || next.line !== c.line || next.tokens.length > 6) return false;
  let plus = false;
  let other = 0;
  for (const t of next.tokens) {
    if (OPTIONAL_CUES.has(t.key)) plus = true;
    else if (LANGUAGE_WORDS.has(t.key) || OTHER_WORDS.has(t.key) || isAnyLanguageName(t.key)) return false;
    else if (!ALL_STOP_WORDS.has(t.key)) other++;
  }
  return plus && other <= 1;
}

/** Where "one of", "two of the following", "eine der", "jeden z" stands in a clause, or -1. */
function choiceStart(tokens: Token[]): number {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!CHOICE_NUMBERS.has((tokens[i] as Token).key)) continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) if (CHOICE_OF.has((tokens[j] as Token).key)) return j;
  }
  return -1;
}

/** One value's first reason: the clause that decided it and the rule. */
interface Reason {
  clause: Clause;
  rule: string;
}

/** Required, one-of and optional languages, read from requirement contexts only. */
export function findLanguages(titleClauses: Clause[], clauses: Clause[], adLanguage: string | null): LanguageFindings {
  const locales = nameLocales(adLanguage);
  const required = new Map<string, LanguageLevel | null>();
  const optional = new Set<string>();
  const groups: { codes: string[]; explicit: boolean; reason: Reason }[] = [];
  const reasons = new Map<string, Reason>();
  const optionalReasons = new Map<string, Reason>();
  let section: SectionKind = null;
  // Under "What we offer" a short line with "bonus" is one of the offers, not a "nice to have" heading.
  let underOffers = false;
  const nounFirst = NOUN_FIRST.has(adLanguage ?? '');
  const all = [...titleClauses, ...clauses];
  for (let n = 0; n < all.length; n++) {
    const c = all[n] as Clause;
    const title = n < titleClauses.length;
    const heading: ReturnType<typeof headingOf> = title ? null : headingOf(c, section);
    // Under "about us" or the perks, only a sentence that says it asks for a language does
    // ("free Danish lessons", "our Danish customers" ask nothing). Under a heading the sections know
    // ("Ihr Profil", "Wymagania"), a language is required unless said otherwise.
    const aside = !title && (c.section === 'about' || c.section === 'benefits');
    const kind: SectionKind = plusAfter(c, all[n + 1])
      ? 'opt'
      : heading === 'req' || (!aside && c.section === 'requirements' && section === null)
        ? 'req'
        : aside
          ? null
          : section;
    const mentions = analyseClause(c, kind, title, locales, nounFirst, adLanguage);
    // A heading line that itself names a language ("German a plus") is content, not a heading.
    // A short line with "bonus" under "What we offer" is one of the offers.
    if (heading !== null && (heading !== 'opt' || (mentions.length === 0 && !underOffers))) {
      underOffers = heading === 'other' && c.tokens.some((t) => OFFER_HEADINGS.has(t.key));
      section = heading === 'other' ? null : heading;
      if (mentions.length === 0) continue;
    }
    if (mentions.length === 0) continue;
    const explicit = new Set(mentions.filter((m) => !m.group).flatMap((m) => m.codes));
    const req = mentions.filter((m) => m.status === 'required');
    let run: Mention[] = [];
    let runIsOr = false;
    const closeRun = (): void => {
      const codes = [...new Set(run.filter((m) => !m.group).flatMap((m) => m.codes))];
      const reason = { clause: c, rule: runIsOr ? 'one of' : (run[0]?.rule ?? '') };
      if (runIsOr && run.some((m) => m.group)) {
        // "norsk eller annet skandinavisk språk": the named language joins the group's.
        groups.push({ codes: [...new Set(run.flatMap((m) => m.codes))], explicit: true, reason });
      } else if (runIsOr && codes.length > 1) {
        groups.push({ codes, explicit: true, reason });
      } else {
        for (const m of run) {
          if (m.group) {
            // A group word beside its own list ("one Nordic language (Swedish, …)") adds nothing.
            if (!m.codes.some((code) => explicit.has(code)))
              groups.push({ codes: m.codes, explicit: false, reason: { clause: c, rule: 'language group' } });
          } else {
            for (const code of m.codes) {
              // A CEFR level said anywhere is more precise than a word level said elsewhere.
              const had = required.get(code);
              if (!reasons.has(code)) reasons.set(code, { clause: c, rule: m.rule });
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
    // "Fluent English plus one of: German, French, Spanish": the languages after "one of" are a choice.
    const choiceAt = req.length > 1 ? choiceStart(c.tokens) : -1;
    for (const m of req) {
      const last = run[run.length - 1];
      if (last) {
        const j = joint(c.tokens, last, m);
        if (choiceAt >= 0 && last.at < choiceAt && m.at > choiceAt) closeRun();
        else if (choiceAt >= 0 && last.at > choiceAt) runIsOr = true;
        else if (j === 'and') closeRun();
        else if (j === 'or') runIsOr = true;
      }
      run.push(m);
    }
    closeRun();
    for (const m of mentions) {
      if (m.status !== 'optional') continue;
      const other = m.group && tokenAt(c.tokens, m.at - 1)?.key === 'other';
      for (const code of m.codes)
        if (!(m.group && explicit.has(code)) && !(other && required.has(code))) {
          optional.add(code);
          if (!optionalReasons.has(code)) optionalReasons.set(code, { clause: c, rule: m.rule });
        }
    }
  }
  const requiredOneOf: string[][] = [];
  const evidence: Evidence[] = [];
  const sorted = groups.sort((a, b) => a.codes.length - b.codes.length);
  for (const g of sorted) {
    const codes = g.codes.filter((c) => !required.has(c));
    if (codes.length < g.codes.length) continue;
    if (requiredOneOf.some((h) => h.every((c) => codes.includes(c)))) continue;
    if (codes.length === 1 && codes[0]) {
      required.set(codes[0], null);
      reasons.set(codes[0], g.reason);
    } else {
      requiredOneOf.push(codes);
      evidence.push(quote('requiredOneOf', codes.join(' | '), g.reason));
    }
  }
  const inGroups = new Set(requiredOneOf.flat());
  const optionalCodes = [...optional].filter((c) => !required.has(c) && !inGroups.has(c));
  for (const code of required.keys()) {
    const reason = reasons.get(code);
    if (reason) evidence.push(quote('requiredLanguages', code, reason));
  }
  for (const code of optionalCodes) {
    const reason = optionalReasons.get(code);
    if (reason) evidence.push(quote('optionalLanguages', code, reason));
  }
  return {
    required: [...required].map(([code, level]) => ({ code, level })),
    requiredOneOf,
    optional: optionalCodes,
    evidence,
  };
}

function quote(field: Evidence['field'], value: string, reason: Reason): Evidence {
  return { field, value, quote: clauseText(reason.clause), rule: reason.rule };
}
