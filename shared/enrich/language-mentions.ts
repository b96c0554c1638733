import type { LanguageLevel } from '../posting/posting';
import {
  AND_WORDS,
  BUT_WORDS,
  CONDITIONAL_WORDS,
  COURSE_WORDS,
  LANGUAGE_FIELDS,
  LANGUAGE_WORDS,
  LEARN_WORDS,
  NEGATABLE,
  NEGATIONS,
  OPTIONAL_CUES,
} from './cue-words';
import {
  adjectiveForm,
  besideLanguageNoun,
  finnishNext,
  isGermanNoun,
  saidOfOthers,
  usedAsAdjective,
} from './language-adjectives';
import { cuesOf } from './language-cues';
import { CEFR, levelOf } from './language-level';
import {
  LANGUAGE_GROUPS,
  MAY_NAME_LANGUAGE,
  matchLanguage,
  matchLanguageAbbreviation,
  matchLanguageCode,
} from './language-names';
import {
  languageOrWord,
  levelOfBareParts,
  opensAside,
  orAnyOther,
  type PartReading,
  plusCovers,
  readPart,
  shareLevels,
} from './mention-parts';
import { stateLanguage } from './state-language';
import { type Clause, type Token, tokenAt } from './tokenize';
import { wordClass } from './word-classes';

// Token classes analyseClause asks of every word (see word-classes.ts).
const LANGUAGE_WORD = wordClass((k) => LANGUAGE_WORDS.has(k));
const AND_WORD = wordClass((k) => AND_WORDS.has(k));
const GROUP_WORD = wordClass((k) => LANGUAGE_GROUPS.has(k));

/** What a language mention is taken for: a requirement, a plus, or neither. */
export type Status = 'required' | 'optional' | 'ignored';

/** A language (or a group of them) named in a clause, with its standing and level. */
export interface Mention {
  codes: string[];
  /** Index of the word in its clause. */
  at: number;
  part: number;
  selfCued: boolean;
  /** A group word ("Nordic"): one of its languages. */
  group: boolean;
  status: Status;
  level: LanguageLevel | null;
  /** Which rule gave the status: evidence names it ("requirement cue", "a plus", "title", "negated"). */
  rule: string;
}

/** Where a clause stands: under a requirements heading, a "nice to have" heading, or neither. */
export type SectionKind = 'req' | 'opt' | null;

/** The languages a clause names, each with its standing (from cues, section and neighbours) and level. */
export function analyseClause(
  clause: Clause,
  section: SectionKind,
  isTitle: boolean,
  locales: ReadonlySet<string> | null,
  nounFirst: boolean,
  adLanguage: string | null = null,
): Mention[] {
  const tokens = clause.tokens;
  const mentions: Mention[] = [];
  // Parts: split at commas, "+" and "and"; a level or a "plus" binds to its own part.
  const partStart: number[] = [0];
  let part = 0;
  let codeList = false;
  let inAside = false;
  // Whether words i - 1, i and i + 1 are words for "language": each looked up once, not thrice.
  let wordBefore = false;
  let wordHere = false;
  let wordAfter = tokens.length > 0 && ((tokens[0] as Token).classes & LANGUAGE_WORD) !== 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    wordBefore = wordHere;
    wordHere = wordAfter;
    wordAfter = i + 1 < tokens.length && ((tokens[i + 1] as Token).classes & LANGUAGE_WORD) !== 0;
    // "et" is French "and"; in a Danish or Norwegian ad, or before "plus" or "krav", it is the article.
    const article = t.key === 'et' && ((locales !== null && !locales.has('fr')) || isCueNoun(tokens[i + 1]?.key ?? ''));
    // Italian "è", Portuguese "é" fold to "e" ("and"): "Non è richiesta", "Não é necessário" say "is".
    const verb = t.key === 'e' && t.raw !== 'e' && t.raw !== 'E';
    if ((t.classes & AND_WORD) !== 0 && !article && !verb) {
      part++;
      partStart.push(i + 1);
      continue;
    }
    if (wordHere && t.gapAfter.includes(':')) codeList = true;
    const group = (t.classes & GROUP_WORD) !== 0 ? LANGUAGE_GROUPS.get(t.key) : undefined;
    const match =
      group || (t.classes & MAY_NAME_LANGUAGE) === 0
        ? null
        : matchLanguage(t.key, t.upper, locales, finnishNext(tokens, i));
    // adjectiveForm reads a word only beside a word for "language" (or in a list that shares one).
    const adjective =
      group ||
      match ||
      !(wordBefore || wordAfter || ((t.classes & MAY_NAME_LANGUAGE) !== 0 && besideLanguageNoun(tokens, i)))
        ? null
        : adjectiveForm(tokens, i, locales);
    const code =
      match?.code ??
      adjective ??
      (codeList ? matchLanguageCode(t.raw) : null) ??
      matchLanguageAbbreviation(t.raw) ??
      (group ? null : stateLanguage(t.key, wordBefore || wordAfter, adLanguage));
    // A title names the language a job needs as an adjective ("Dutch Customer Agent"), never a group
    // ("Nordic Sales Manager", "Nordisk Råd" name a market or a body).
    const asTitle = isTitle && !group;
    // German capitalises nouns: "Englisch wäre super", "Französisch rundet dein Profil ab" name the
    // language; its adjective is written small ("englische Kunden") or joined ("Englisch sprechende").
    const germanNoun = adLanguage === 'de' && t.upper && match !== null && isGermanNoun(t.key, tokens[i + 1]?.key);
    if (
      (group || code) &&
      (asTitle || adjective || germanNoun || match?.selfCued || !usedAsAdjective(tokens, i, nounFirst)) &&
      !saidOfOthers(tokens, i)
    ) {
      mentions.push({
        codes: group ?? [code as string],
        at: i,
        part,
        selfCued: (match?.selfCued ?? false) || (codeList && !match),
        group: group !== undefined,
        status: 'ignored',
        level: null,
        rule: '',
      });
    }
    const gap = t.gapAfter;
    // An aside ends with its parenthesis: "előny (de nem feltétel) a német nyelvtudás".
    const closesAside = inAside && gap.includes(')');
    if (closesAside) inAside = false;
    const aside = gap !== ' ' && opensAside(tokens, i);
    if (aside) inAside = true;
    if ((gap !== ' ' && (gap.includes(',') || gap.includes('+') || gap.includes('&'))) || aside || closesAside) {
      part++;
      partStart.push(i + 1);
    }
  }
  if (mentions.length === 0) return mentions;
  partStart.push(tokens.length);
  const clauseCues = cuesOf(tokens, 0, tokens.length);
  // "Wenn du zusätzlich Spanisch sprichst, ist das ein Plus", "Det er en fordel, hvis du taler tysk":
  // a plus said of a condition covers the languages the condition names.
  const condition = clauseCues.opt ? tokens.findIndex((t) => CONDITIONAL_WORDS.has(t.key)) : -1;
  // "Предимство ще имат кандидати с …, висше образование и владеене на немски език", "Advantage:
  // experience in X and knowledge of German": a plus that opens the sentence covers the list after it.
  const plusAt = clauseCues.opt ? tokens.findIndex((t) => OPTIONAL_CUES.has(t.key)) : -1;
  // "Languages: German, English", "Idiomas: inglés": a field that lists what the job asks for.
  const first = tokens[0];
  const languageField =
    clause.lineStart && first !== undefined && LANGUAGE_FIELDS.has(first.key) && first.gapAfter.includes(':');
  // What a part says is read once per part, not once per mention in it: linear in the clause.
  const parts = new Map<number, PartReading>();
  // "Französisch ist keine Voraussetzung, aber von Vorteil": the next part says "but a plus".
  const butAPlus = (part: number): boolean => {
    const from = partStart[part + 1] ?? tokens.length;
    return BUT_WORDS.has(tokens[from]?.key ?? '') && cuesOf(tokens, from, partStart[part + 2] ?? tokens.length).opt;
  };
  let previousLevel: LanguageLevel | null = null;
  let previousStatus: Status | null = null;
  let previousRule = '';
  for (const m of mentions) {
    const from = partStart[m.part] ?? 0;
    const to = partStart[m.part + 1] ?? tokens.length;
    let reading = parts.get(m.part);
    if (reading === undefined) {
      reading = readPart(tokens, from, to);
      parts.set(m.part, reading);
    }
    const { cues } = reading;
    const before = tokenAt(tokens, m.at - 1)?.key ?? '';
    const after = tokens.slice(m.at + 1, m.at + 4).map((t) => t.key);
    // Bare: every other word of its part is a language name or a word for "language".
    const bare = reading.otherWords - (languageOrWord(tokens[m.at] as Token) ? 0 : 1) === 0;
    let status: Status;
    let rule: string;
    if (NEGATIONS.has(before)) [status, rule] = ['ignored', 'negated'];
    else if (LEARN_WORDS.has(before) || after.some((k) => COURSE_WORDS.has(k))) [status, rule] = ['ignored', 'course'];
    else if (cues.opt) [status, rule] = ['optional', 'a plus'];
    else if (cues.neg) [status, rule] = butAPlus(m.part) ? ['optional', 'a plus'] : ['ignored', 'negated'];
    else if (plusAt >= 0 && plusAt < from && !reading.strong && !m.selfCued && !(bare && previousStatus))
      [status, rule] = ['optional', 'a plus'];
    else if (m.selfCued) [status, rule] = ['required', 'speaker word'];
    else if (cues.req) [status, rule] = ['required', 'requirement cue'];
    else if (bare && previousStatus) [status, rule] = [previousStatus, previousRule];
    // A plus said of the sentence covers its cue-less parts: "gerne auch gute Kenntnisse weiterer
    // Sprachen, besonders Französisch"; not one said before a later language ("Englisch und idealerweise Französisch").
    else if (clauseCues.opt && plusCovers(tokens, mentions, m, partStart)) [status, rule] = ['optional', 'a plus'];
    else if (clauseCues.neg && !clauseCues.req) [status, rule] = ['ignored', 'negated'];
    else if (clauseCues.req) [status, rule] = ['required', 'requirement cue'];
    // "Head of Sales Nordics", "Finance Manager Nordic": a group word alone in a title names a market.
    else if (isTitle) [status, rule] = m.group ? ['ignored', 'market'] : ['required', 'title'];
    else if (languageField) [status, rule] = ['required', 'language field'];
    else if (section === 'opt') [status, rule] = ['optional', 'nice-to-have section'];
    else if (section === 'req') [status, rule] = ['required', 'requirements section'];
    else [status, rule] = ['ignored', 'no cue'];
    // Under a "nice to have" heading even "fluent Spanish" is a plus; "X or another language" asks for neither.
    if (status === 'required' && !isTitle && (section === 'opt' || orAnyOther(tokens, m.at)))
      [status, rule] = ['optional', section === 'opt' ? 'nice-to-have section' : 'or another language'];
    else if (status === 'required' && !isTitle && condition >= 0 && m.at > condition)
      [status, rule] = ['optional', 'a plus'];
    m.status = status;
    previousRule = rule;
    if (isTitle && status === 'required' && !m.selfCued) rule = 'title';
    m.rule = rule;
    m.level = reading.level ?? (bare ? previousLevel : null);
    previousLevel = m.level;
    previousStatus = status;
  }
  shareLevels(tokens, mentions);
  // "Fluente em português e inglês, nível C1 ou equivalente em ambas", "Maîtrise de l'anglais, niveau
  // courant": a level in a part of its own, naming no language, is said of every language the
  // sentence requires (a CEFR level a language states itself stays).
  const partLevel = levelOfBareParts(tokens, mentions, partStart);
  // A word level there fills only a language with none ("Fluent English, good level of Excel").
  const partCefr = partLevel !== null && CEFR.test(partLevel.toLowerCase());
  if (partLevel !== null)
    for (const m of mentions)
      if (m.status === 'required' && !m.group && (partCefr ? !CEFR.test((m.level ?? '').toLowerCase()) : !m.level))
        m.level = partLevel;
  // "Fluent written and spoken English": a sentence with one level says it of each language it requires.
  const clauseLevel = levelOf(tokens);
  if (clauseLevel !== null && mentions.every((m) => m.level === null || m.level === clauseLevel))
    for (const m of mentions)
      if (m.level === null && m.status === 'required' && !m.group && !parts.get(m.part)?.basic) m.level = clauseLevel;
  return mentions;
}

/** A noun "et" may stand before as an article: a plus or a requirement ("et plus", "et krav"). */
function isCueNoun(key: string): boolean {
  return OPTIONAL_CUES.has(key) || NEGATABLE.has(key);
}
