import type { LanguageLevel } from '../posting/posting';
import { AND_WORDS, LANGUAGE_WORDS, NEGATABLE, NEGATIONS, OPTIONAL_CUES, OR_WORDS, OTHER_WORDS } from './cue-words';
import { type ClauseCues, cuesOf } from './language-cues';
import { CEFR, levelOf } from './language-level';
import type { Mention } from './language-mentions';
import { isAnyLanguageName, LANGUAGE_GROUPS } from './language-names';
import { BASIC_WORDS, LEVEL_NOUNS } from './level-words';
import type { Token } from './tokenize';

// How analyseClause (language-mentions.ts) reads the parts of a clause: what each says, where an
// aside opens, which level a part names for its neighbours, how far a plus reaches.

/** The one level (CEFR, or a word beside "level") stated by the parts of a clause that name no language, or null. */
export function levelOfBareParts(tokens: Token[], mentions: Mention[], partStart: number[]): LanguageLevel | null {
  let found: LanguageLevel | null = null;
  for (let p = 0; p + 1 < partStart.length; p++) {
    if (mentions.some((m) => m.part === p)) continue;
    const words = tokens.slice(partStart[p], partStart[p + 1]);
    const level = levelOf(words);
    if (level === null || !(CEFR.test(level.toLowerCase()) || words.some((t) => LEVEL_NOUNS.has(t.key)))) continue;
    if (found !== null && found !== level) return null;
    found = level;
  }
  return found;
}

/** What one part of a clause says: its cues, its level, and how many of its words are not languages. */
export interface PartReading {
  cues: ClauseCues;
  level: LanguageLevel | null;
  otherWords: number;
  /** The part states a level below "good" ("conoscenza basica"). */
  basic: boolean;
  /** The part says "required" or a level, not only "knowledge of": a plus said before it does not cover it. */
  strong: boolean;
}

export function languageOrWord(t: Token): boolean {
  return LANGUAGE_WORDS.has(t.key) || isAnyLanguageName(t.key);
}

/**
 * A parenthesis of four or more words, or one that negates, opens a part of its own: "Proficient
 * English (German is not required)". A shorter one is the level of what stands before it: "German (C1)".
 */
export function opensAside(tokens: Token[], i: number): boolean {
  if (!tokens[i]?.gapAfter.includes('(')) return false;
  // "Fluent English (Danish not required)": a negation in it makes any parenthesis an aside.
  for (let j = i + 1; j < i + 6 && j < tokens.length; j++) {
    if (NEGATIONS.has(tokens[j]?.key ?? '')) return true;
    if (tokens[j]?.gapAfter.includes(')')) break;
  }
  for (let j = i + 1; j < i + 4; j++) if (j >= tokens.length - 1 || tokens[j]?.gapAfter.includes(')')) return false;
  return true;
}

/** "inglese e/o un'altra lingua", "Englisch oder eine andere Sprache": any language will do. */
export function orAnyOther(tokens: Token[], at: number): boolean {
  const within = (from: number, to: number, words: ReadonlySet<string>): number => {
    for (let j = from; j <= to && j < tokens.length; j++) if (words.has(tokens[j]?.key ?? '')) return j;
    return -1;
  };
  const or = within(at + 1, at + 3, OR_WORDS);
  if (or === -1) return false;
  const other = within(or + 1, or + 4, OTHER_WORDS);
  if (other === -1) return false;
  // "eller annet skandinavisk språk" names a group: that is one-of, not any language.
  const next = tokens.slice(other + 1, other + 3);
  return !next.some((t) => LANGUAGE_GROUPS.has(t.key)) && next.some((t) => LANGUAGE_WORDS.has(t.key));
}

export function readPart(tokens: Token[], from: number, to: number): PartReading {
  let otherWords = 0;
  for (let i = from; i < to; i++) if (!languageOrWord(tokens[i] as Token)) otherWords++;
  let basic = false;
  let strong = false;
  for (let i = from; i < to; i++) {
    const k = tokens[i]?.key ?? '';
    if (BASIC_WORDS.has(k)) basic = true;
    if (NEGATABLE.has(k)) strong = true;
  }
  const level = levelOf(tokens.slice(from, to));
  return { cues: cuesOf(tokens, from, to), level, otherWords, basic, strong: strong || level !== null };
}

/**
 * A level said once of languages joined by "and" or a comma alone is said of each: "flytande
 * finska och svenska", "Arabic and English fluently", "Danish, Swedish and Norwegian (C1)". Only
 * where the joined languages have the same standing and one of them has no level of its own.
 */
export function shareLevels(tokens: Token[], mentions: Mention[]): void {
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

/**
 * Whether a plus cue of the clause covers mention `m` of another part: any cue does but one that
 * stands in a later part before that part's language ("English and ideally French", "Deutsch und
 * gerne Französisch"), which says the plus of that language alone.
 */
export function plusCovers(tokens: Token[], mentions: Mention[], m: Mention, partStart: number[]): boolean {
  for (let p = 0; p < tokens.length; p++) {
    if (!OPTIONAL_CUES.has(tokens[p]?.key ?? '')) continue;
    let cuePart = 0;
    while (cuePart + 1 < partStart.length && (partStart[cuePart + 1] as number) <= p) cuePart++;
    const next = mentions.find((x) => x.at > p);
    if (!(next && next.part === cuePart && cuePart > m.part)) return true;
  }
  return false;
}
