import type { LanguageLevel } from '../posting/posting';
import {
  AND_WORDS,
  COURSE_WORDS,
  FILLERS,
  FLUENT_WORDS,
  GOOD_WORDS,
  LANGUAGE_WORDS,
  LEARN_WORDS,
  NATIVE_WORDS,
  NEGATABLE,
  NEGATIONS,
  OPTIONAL_CUES,
  OR_WORDS,
  OTHER_HEADINGS,
  REQUIRED_CUES,
  REQUIREMENT_HEADINGS,
} from './cue-words';
import { isLanguageName, LANGUAGE_GROUPS, matchLanguage, matchLanguageCode } from './language-names';
import { ALL_STOP_WORDS } from './stop-words';
import { type Clause, spaceOnly, type Token } from './tokenize';

export interface LanguageFindings {
  required: { code: string; level: LanguageLevel | null }[];
  requiredOneOf: string[][];
  optional: string[];
}

type Status = 'required' | 'optional' | 'ignored';

interface Mention {
  codes: string[];
  /** Index of the word in its clause. */
  at: number;
  part: number;
  selfCued: boolean;
  /** A group word ("Nordic"): one of its languages. */
  group: boolean;
  status: Status;
  level: LanguageLevel | null;
}

const CEFR = /^[abc][12]$/;
const CEFR_ORDER = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2'];
const SCANDINAVIAN = ['da', 'no', 'sv'];

/** Locales whose language names count in an ad: English, the ad's own language and its close neighbours. */
export function nameLocales(adLanguage: string | null): ReadonlySet<string> | null {
  if (!adLanguage) return null;
  // One set per ad language, so matchLanguage's memo is shared by every ad in that language.
  let locales = LOCALE_SETS.get(adLanguage);
  if (!locales) {
    locales = new Set(['en', adLanguage]);
    if (SCANDINAVIAN.includes(adLanguage)) for (const l of SCANDINAVIAN) locales.add(l);
    LOCALE_SETS.set(adLanguage, locales);
  }
  return locales;
}
const LOCALE_SETS = new Map<string, Set<string>>();

function isCue(key: string): boolean {
  return REQUIRED_CUES.has(key) || CEFR.test(key);
}

// Verbs that follow a language as the subject ("German would be a plus"), never a noun it qualifies.
const AUXILIARIES = new Set(['would', 'could', 'should', 'may', 'might', 'must', 'shall', 'also', 'too']);
/** Ad languages that put adjectives after the noun ("direito português", "mercato francese"). */
const NOUN_FIRST = new Set(['fr', 'es', 'pt', 'it', 'ro', 'ca']);

/** A neighbour that cannot be the noun a language name qualifies. */
function neutral(k: string): boolean {
  return (
    isCue(k) ||
    OPTIONAL_CUES.has(k) ||
    LANGUAGE_WORDS.has(k) ||
    ALL_STOP_WORDS.has(k) ||
    NEGATIONS.has(k) ||
    AUXILIARIES.has(k) ||
    AND_WORDS.has(k) ||
    OR_WORDS.has(k) ||
    isLanguageName(k) ||
    /^\d/.test(k)
  );
}

/**
 * A language name used as an adjective of another noun ("Portuguese public holidays", "direito
 * português") is not the language. English and Germanic ads put the noun after, Romance ads before.
 */
function usedAsAdjective(tokens: Token[], i: number, nounFirst: boolean): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (nounFirst && t.key !== t.raw.toLowerCase()) {
    // A capitalised English name in a Romance ad ("English") reads the English way.
  } else if (nounFirst) {
    const prev = tokens[i - 1];
    return prev !== undefined && spaceOnly(prev.gapAfter) && !neutral(prev.key);
  }
  const next = tokens[i + 1];
  if (!next || !spaceOnly(t.gapAfter)) return false;
  return !neutral(next.key);
}

// Inflected adjective forms next to a word for "language": "Nederlandse taal", "lingua tedesca", "deutschen Sprache".
const ADJECTIVE_ENDINGS = ['en', 'er', 'es', 'e', 'a', 'n', 's'];
function adjectiveForm(tokens: Token[], i: number, locales: ReadonlySet<string> | null): string | null {
  const t = tokens[i] as Token;
  if (!LANGUAGE_WORDS.has(tokens[i + 1]?.key ?? '') && !LANGUAGE_WORDS.has(tokens[i - 1]?.key ?? '')) return null;
  const k = t.key;
  const variants = ADJECTIVE_ENDINGS.filter((e) => k.length > e.length + 3 && k.endsWith(e)).map((e) =>
    k.slice(0, -e.length),
  );
  if (k.endsWith('a')) variants.push(`${k.slice(0, -1)}o`);
  for (const v of variants) {
    const m = matchLanguage(v, true, locales) ?? matchLanguage(v, false, locales);
    if (m) return m.code;
  }
  return null;
}

/** The level stated in a part: the lowest CEFR level accepted, else the lowest word level. */
function levelOf(tokens: Token[]): LanguageLevel | null {
  let cefr = -1;
  let word = -1;
  for (const t of tokens) {
    const c = CEFR_ORDER.indexOf(t.key);
    if (c >= 0 && (cefr === -1 || c < cefr)) cefr = c;
    const w = NATIVE_WORDS.has(t.key) ? 2 : FLUENT_WORDS.has(t.key) ? 1 : GOOD_WORDS.has(t.key) ? 0 : -1;
    if (w >= 0 && (word === -1 || w < word)) word = w;
  }
  if (cefr >= 0) return (CEFR_ORDER[cefr] ?? 'c1').toUpperCase() as LanguageLevel;
  if (word >= 0) return (['good', 'fluent', 'native'] as const)[word] ?? null;
  return null;
}

interface ClauseCues {
  req: boolean;
  opt: boolean;
  neg: boolean;
}

function cuesOf(tokens: Token[], from: number, to: number): ClauseCues {
  const cues: ClauseCues = { req: false, opt: false, neg: false };
  for (let i = from; i < to; i++) {
    const k = tokens[i]?.key ?? '';
    if (OPTIONAL_CUES.has(k)) cues.opt = true;
    if (NEGATIONS.has(k)) {
      // "not necessary", "inte ett krav", "ikke et krav": the negated word is not a requirement.
      for (let j = i + 1; j < Math.min(to, i + 4); j++) {
        const n = tokens[j]?.key ?? '';
        if (NEGATABLE.has(n)) {
          cues.neg = true;
          i = j;
          break;
        }
        if (!FILLERS.has(n)) break;
      }
      continue;
    }
    if (isCue(k)) cues.req = true;
  }
  return cues;
}

function analyseClause(
  clause: Clause,
  inRequirementSection: boolean,
  isTitle: boolean,
  locales: ReadonlySet<string> | null,
  nounFirst: boolean,
): Mention[] {
  const tokens = clause.tokens;
  const mentions: Mention[] = [];
  // Parts: split at commas, "+" and "and"; a level or a "plus" binds to its own part.
  const partOf: number[] = [];
  const partStart: number[] = [0];
  let part = 0;
  let codeList = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (AND_WORDS.has(t.key)) {
      part++;
      partStart.push(i + 1);
      partOf.push(part);
      continue;
    }
    partOf.push(part);
    if (LANGUAGE_WORDS.has(t.key) && t.gapAfter.includes(':')) codeList = true;
    const group = LANGUAGE_GROUPS.get(t.key);
    const match = group ? null : matchLanguage(t.key, t.upper, locales, tokens[i + 1]?.key);
    const adjective = group || match ? null : adjectiveForm(tokens, i, locales);
    const code = match?.code ?? adjective ?? (codeList ? matchLanguageCode(t.raw) : null);
    if ((group || code) && (isTitle || adjective || match?.selfCued || !usedAsAdjective(tokens, i, nounFirst))) {
      mentions.push({
        codes: group ?? [code as string],
        at: i,
        part,
        selfCued: (match?.selfCued ?? false) || (codeList && !match),
        group: group !== undefined,
        status: 'ignored',
        level: null,
      });
    }
    if (/[,+]/.test(t.gapAfter)) {
      part++;
      partStart.push(i + 1);
    }
  }
  if (mentions.length === 0) return mentions;
  partStart.push(tokens.length);
  const clauseCues = cuesOf(tokens, 0, tokens.length);
  let previousLevel: LanguageLevel | null = null;
  let previousStatus: Status | null = null;
  for (const m of mentions) {
    const from = partStart[m.part] ?? 0;
    const to = partStart[m.part + 1] ?? tokens.length;
    const cues = cuesOf(tokens, from, to);
    const before = tokens[m.at - 1]?.key ?? '';
    const after = tokens.slice(m.at + 1, m.at + 4).map((t) => t.key);
    const bare = tokens
      .slice(from, to)
      .every((t, j) => j + from === m.at || LANGUAGE_WORDS.has(t.key) || isLanguageName(t.key));
    let status: Status;
    if (NEGATIONS.has(before) || LEARN_WORDS.has(before) || after.some((k) => COURSE_WORDS.has(k))) status = 'ignored';
    else if (cues.opt) status = 'optional';
    else if (cues.neg) status = 'ignored';
    else if (cues.req || m.selfCued) status = 'required';
    else if (bare && previousStatus) status = previousStatus;
    else if (clauseCues.opt && !clauseCues.req) status = 'optional';
    else if (clauseCues.neg && !clauseCues.req) status = 'ignored';
    else if (clauseCues.req || inRequirementSection || isTitle) status = 'required';
    else status = 'ignored';
    m.status = status;
    m.level = levelOf(tokens.slice(from, to)) ?? (bare ? previousLevel : null);
    previousLevel = m.level;
    previousStatus = status;
  }
  shareLevels(tokens, mentions);
  return mentions;
}

/**
 * A level said once of languages joined by "and" or a comma alone is said of each: "flytande
 * finska och svenska", "Arabic and English fluently", "Danish, Swedish and Norwegian (C1)". Only
 * where the joined languages have the same standing and one of them has no level of its own.
 */
function shareLevels(tokens: Token[], mentions: Mention[]): void {
  const joined = (a: Mention, b: Mention) =>
    !a.group &&
    !b.group &&
    a.status === b.status &&
    tokens.slice(a.at + 1, b.at).every((t) => AND_WORDS.has(t.key)) &&
    (b.at - a.at === 2 || (b.at - a.at === 1 && /,/.test(tokens[a.at]?.gapAfter ?? '')));
  for (let i = mentions.length - 1; i > 0; i--) {
    const [a, b] = [mentions[i - 1] as Mention, mentions[i] as Mention];
    if (a.level === null && b.level !== null && joined(a, b)) a.level = b.level;
  }
  for (let i = 1; i < mentions.length; i++) {
    const [a, b] = [mentions[i - 1] as Mention, mentions[i] as Mention];
    if (b.level === null && a.level !== null && joined(a, b)) b.level = a.level;
  }
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
