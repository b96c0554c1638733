import { assignSections, type Section } from './sections';
import { classesOf } from './word-classes';
import { knownWord, rememberWord, words } from './word-table';

/** At most this much of a document is analysed: enough for any real posting, bounded on junk. */
export const MAX_CHARS = 50_000;

export interface Token {
  /** The word as written. */
  raw: string;
  /** Lower case, diacritics and ß folded: the form every table is keyed by. */
  key: string;
  /** First letter is upper case ("Polish" the language, not "polish" the verb). */
  upper: boolean;
  /** What stands between this token and the next one in its clause ('' at the end). */
  gapAfter: string;
  /** The word-classes.ts classes of `key`, as bits: a finder skips words no table of its holds. */
  classes: number;
}

/** A stretch of text between clause breaks (newline, bullet, sentence end, semicolon). */
export interface Clause {
  tokens: Token[];
  line: number;
  /** True for the first clause of its line. */
  lineStart: boolean;
  /** The part of the ad it stands in (see sections.ts). */
  section: Section;
  /** The clause ends with a colon: a label or a heading ("Nice to have:"), not a sentence. */
  colonEnd?: boolean;
}

// Words repeat across postings: fold each once (bounded: a long-lived Lambda meets many words).
const folded = new Map<string, string>();

/** Lower-cases and strips diacritics so "Fließend", "fliessend" and "FLIESSEND" meet. */
export function fold(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    // Most words are plain ASCII: skip Unicode normalisation for them.
    key = /^[ -~]*$/.test(word)
      ? word.toLowerCase()
      : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
    if (folded.size >= 50_000) folded.clear();
    folded.set(word, key);
  }
  return key;
}

const BULLETS = /[•·●▪◦■►;!?|]/;

// The characters that may break a clause: a gap holding none of them ("", ", ", " - ") does not.
const BREAK_CHARS = new Set([...'\n•·●▪◦■►;!?|*.'].map((c) => c.charCodeAt(0)));

// "min. B2", "mind. C1", "ca. B2": an abbreviation before a level does not end the sentence.
const LEVEL_ABBREVIATIONS = new Set(['min', 'mind', 'max', 'ca', 'approx', 'niv']);

function breaksClause(gap: string, next: string, prevKey: string): boolean {
  if (gap === ' ') return false;
  if (gap.startsWith('.') && !gap.includes('\n') && LEVEL_ABBREVIATIONS.has(prevKey) && /^[ABC][12]\b/.test(next))
    return false;
  let mayBreak = false;
  for (let i = 0; i < gap.length && !mayBreak; i++) mayBreak = BREAK_CHARS.has(gap.charCodeAt(i));
  if (!mayBreak) return false;
  if (gap.includes('\n') || BULLETS.test(gap)) return true;
  if (/(^|\s)\*($|\s)/.test(gap)) return true;
  const dot = gap.indexOf('.');
  if (dot === -1) return false;
  const after = gap.slice(dot + 1);
  return after.length > 0 ? /\s/.test(after) : /^\p{Lu}/u.test(next);
}

// A word is /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/u: a letter or digit, then letters, marks and digits.
// Scanned by character code rather than by that regex (a match object per word was a quarter of
// enrichment's time); each code point's class is asked of the regex once and kept.
const STARTS = 1;
const MARK = 2;
const UPPER = 4;
/** Class bits of each BMP code point, plus 8 once known (0: not asked yet). */
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();

function classify(char: string): number {
  if (/^[\p{L}\p{N}]$/u.test(char)) return STARTS | (/^\p{Lu}$/u.test(char) ? UPPER : 0);
  return /^\p{M}$/u.test(char) ? MARK : 0;
}

const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = classify(String.fromCharCode(c)) | 8;

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = BMP_CLASS[cp] as number;
    if (c === 0) {
      c = classify(String.fromCharCode(cp)) | 8;
      BMP_CLASS[cp] = c;
    }
    return c;
  }
  let c = ASTRAL_CLASS.get(cp);
  if (c === undefined) {
    c = classify(String.fromCodePoint(cp)) | 8;
    ASTRAL_CLASS.set(cp, c);
  }
  return c;
}

/** The code point at `i` (a surrogate pair read as one, a lone surrogate as itself). */
function codePointAt(src: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= src.length) return c;
  const d = src.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

function countNewlines(gap: string): number {
  let n = 0;
  for (let i = gap.indexOf('\n'); i !== -1; i = gap.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Splits text (capped at MAX_CHARS) into clauses of tokens, each in its section: `as` for a text
 * that is one part as a whole (a title, a source's location field), else as headings divide it.
 */
export function tokenize(text: string, as?: Section): Clause[] {
  const src = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const clauses: Clause[] = [];
  let current: Token[] = [];
  let line = 0;
  let lineStart = true;
  let prevEnd = 0;
  let prev: Token | null = null;
  let colonEnd = false;
  const flush = (): void => {
    if (current.length > 0) {
      const clause: Clause = { tokens: current, line, lineStart, section: as ?? 'body' };
      if (colonEnd) clause.colonEnd = true;
      clauses.push(clause);
    }
    current = [];
    colonEnd = false;
  };
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    let first: number;
    let width = 1;
    if (c < 128) {
      first = ASCII_CLASS[c] as number;
    } else {
      const cp = codePointAt(src, i, c);
      if (cp > 0xffff) width = 2;
      first = classOf(cp);
    }
    if ((first & STARTS) === 0) {
      i += width;
      continue;
    }
    const start = i;
    // The characters' hash, taken as they are scanned: word-table.ts finds a word met before by it.
    let hash = width === 1 ? c : Math.imul(c, 31) + src.charCodeAt(i + 1);
    i += width;
    let ascii = c < 128;
    // The classes of the word's ASCII letters: an upper-case one means lower-casing it.
    let seen = first;
    while (i < n) {
      const d = src.charCodeAt(i);
      if (d < 128) {
        const k = ASCII_CLASS[d] as number;
        if ((k & STARTS) === 0) break;
        seen |= k;
        hash = (Math.imul(hash, 31) + d) | 0;
        i++;
        continue;
      }
      ascii = false;
      const cp = codePointAt(src, i, d);
      if ((classOf(cp) & (STARTS | MARK)) === 0) break;
      hash = (Math.imul(hash, 31) + d) | 0;
      if (cp > 0xffff) hash = (Math.imul(hash, 31) + src.charCodeAt(i + 1)) | 0;
      i += cp > 0xffff ? 2 : 1;
    }
    let word = knownWord(src, start, i, hash);
    if (word < 0) {
      const raw = src.slice(start, i);
      // fold() of a plain ASCII word is its lower case: no look-up in fold's large cache.
      word = rememberWord(raw, ascii ? ((seen & UPPER) !== 0 ? raw.toLowerCase() : raw) : fold(raw), hash);
    }
    const raw = words.raw[word] as string;
    if (start - prevEnd === 1 && src.charCodeAt(prevEnd) === 32) {
      // One space, the most common gap by far: no clause break, no new line.
      if (prev !== null) prev.gapAfter = ' ';
    } else {
      const gap = src.slice(prevEnd, start);
      if (prev !== null && breaksClause(gap, raw, prev.key)) {
        prev.gapAfter = '';
        if (gap.charCodeAt(0) === 58 || /^[^\n\w]*:/.test(gap)) colonEnd = true;
        flush();
        lineStart = false;
      } else if (prev !== null) {
        prev.gapAfter = gap.length > 40 ? gap.slice(0, 40) : gap;
      }
      const newlines = countNewlines(gap);
      if (newlines > 0) {
        line += newlines;
        lineStart = true;
      }
    }
    const token: Token = {
      raw,
      key: words.key[word] as string,
      upper: (first & UPPER) !== 0,
      gapAfter: '',
      classes: words.classes[word] as number,
    };
    current.push(token);
    prev = token;
    prevEnd = i;
  }
  flush();
  if (as === undefined) assignSections(clauses);
  return clauses;
}

/**
 * Word `i` of a clause, or undefined before its start. Reading index -1 of an array is a slow
 * property look-up (the key is no array index), and words look at their neighbours all the time.
 */
export function tokenAt(tokens: Token[], i: number): Token | undefined {
  return i >= 0 ? tokens[i] : undefined;
}

/** `t` read as another word (a stem, a base form): the classes are that word's, not `t`'s. */
export function asWord(t: Token, key: string): Token {
  return { ...t, key, classes: classesOf(key) };
}

/** A clause as the ad wrote it (words and what stands between them), cut to `max` characters: evidence quotes it. */
export function clauseText(clause: Clause, max = 200): string {
  let out = '';
  for (const t of clause.tokens) {
    out += t.raw + t.gapAfter;
    if (out.length >= max) return `${out.slice(0, max - 1)}…`;
  }
  return out.trim();
}

/** The gap between two tokens is only spaces: the words are read together ("Portuguese public"). */
export function spaceOnly(gap: string): boolean {
  return gap.length > 0 && /^[ \t\u00a0]+$/.test(gap);
}

/** Folds every word of a list once, at module load. */
export function foldedSet(words: string): Set<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .map(fold),
  );
}
