import { assignSections, type Section } from './sections';

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
}

/** A stretch of text between clause breaks (newline, bullet, sentence end, semicolon). */
export interface Clause {
  tokens: Token[];
  line: number;
  /** True for the first clause of its line. */
  lineStart: boolean;
  /** The part of the ad it stands in (see sections.ts). */
  section: Section;
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

// One quantifier, no nesting: linear on any input.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const BULLETS = /[•·●▪◦■►;!?|]/;

function breaksClause(gap: string, next: string): boolean {
  if (gap === ' ') return false;
  if (gap.includes('\n') || BULLETS.test(gap)) return true;
  if (/(^|\s)\*($|\s)/.test(gap)) return true;
  const dot = gap.indexOf('.');
  if (dot === -1) return false;
  const after = gap.slice(dot + 1);
  return after.length > 0 ? /\s/.test(after) : /^\p{Lu}/u.test(next);
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
  const flush = (): void => {
    if (current.length > 0) clauses.push({ tokens: current, line, lineStart, section: as ?? 'body' });
    current = [];
  };
  for (const m of src.matchAll(WORD)) {
    const start = m.index ?? 0;
    const raw = m[0];
    const gap = src.slice(prevEnd, start);
    if (prev !== null && breaksClause(gap, raw)) {
      prev.gapAfter = '';
      flush();
      lineStart = false;
    } else if (prev !== null) {
      prev.gapAfter = gap.length > 40 ? gap.slice(0, 40) : gap;
    }
    if (gap.includes('\n')) {
      line += gap.split('\n').length - 1;
      lineStart = true;
    }
    const first = raw.charCodeAt(0);
    const upper = first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(raw);
    const token: Token = { raw, key: fold(raw), upper, gapAfter: '' };
    current.push(token);
    prev = token;
    prevEnd = start + raw.length;
  }
  flush();
  if (as === undefined) assignSections(clauses);
  return clauses;
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
