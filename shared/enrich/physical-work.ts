import { DESK_WORDS, FIELD_WORDS, PHYSICAL_GROUPS } from './physical-words';
import { type Clause, clauseText, fold } from './tokenize';

// Work done in person: a cleaner, a cook, a nurse, a kindergarten teacher cannot do the job from
// home, so an ad for one that says nothing of the work model is an on-site job (GUIDE.md). Read
// from the job's title, where ads name the occupation; a desk word beside it ("Warehouse Data
// Analyst", "Online English Teacher") keeps the job unread.

interface Stem {
  text: string;
  /** Must start a word ("cleaner"), or may stand inside one ("Lagermitarbeiter"). */
  atStart: boolean;
  /** Must end a word ("kok", "*arzt"), or may go on ("cleaning"). */
  atEnd: boolean;
  group: string;
}

/**
 * Stems by a hash of their first three letters: a title is read in one pass, one look-up per
 * position (a collision costs one comparison more, never a wrong match).
 */
type Index = Map<number, Stem[]>;

const keyAt = (s: string, p: number) =>
  (((s.charCodeAt(p) * 31 + s.charCodeAt(p + 1)) * 31 + s.charCodeAt(p + 2)) & 0x3fffffff) >>> 0;

/** Two-letter words ("it", "ux"), matched whole. */
const SHORT = new Map<string, Stem>();

function addTo(index: Index, group: string, words: string): void {
  for (const written of words.split(/\s+/)) {
    if (written.length === 0) continue;
    const atStart = !written.startsWith('*');
    const atEnd = !written.endsWith('*');
    const text = written
      .replace(/^\*|\*$/g, '')
      .split('_')
      .map((w) => fold(w))
      .join(' ');
    if (text.length < 2) throw new Error(`physical-work stem "${written}" is shorter than two letters`);
    if (text.length === 2) {
      SHORT.set(text, { text, atStart: true, atEnd: true, group });
      continue;
    }
    const key = keyAt(text, 0);
    const list = index.get(key) ?? [];
    list.push({ text, atStart, atEnd, group });
    index.set(key, list);
  }
}

const DESK = 'desk';
const FIELD = 'field service';
const INDEX: Index = new Map();
for (const [group, words] of Object.entries(PHYSICAL_GROUPS)) addTo(INDEX, group, words);
addTo(INDEX, DESK, DESK_WORDS);
addTo(INDEX, FIELD, FIELD_WORDS);

interface Read {
  physical: Stem | null;
  desk: boolean;
  field: boolean;
}

function note(out: Read, stem: Stem): void {
  if (stem.group === DESK) out.desk = true;
  else if (stem.group === FIELD) out.field = true;
  else out.physical ??= stem;
}

/** The first occupation stem in `s` (folded words joined by single spaces), and whether a desk or field word is there. */
function read(s: string): Read {
  const out: Read = { physical: null, desk: false, field: false };
  for (let p = 0; p + 2 <= s.length; p++) {
    const wordStart = p === 0 || s.charCodeAt(p - 1) === 32;
    if (wordStart && (p + 2 === s.length || s.charCodeAt(p + 2) === 32)) {
      const short = SHORT.get(s.slice(p, p + 2));
      if (short !== undefined) note(out, short);
    }
    const list = p + 3 <= s.length ? INDEX.get(keyAt(s, p)) : undefined;
    if (list === undefined) continue;
    for (const stem of list) {
      if (stem.atStart && !wordStart) continue;
      if (!s.startsWith(stem.text, p)) continue;
      const end = p + stem.text.length;
      if (stem.atEnd && end < s.length && s.charCodeAt(end) !== 32) continue;
      note(out, stem);
    }
  }
  return out;
}

export interface PhysicalWork {
  /** The occupation group the title named ("cleaning", "care", …). */
  group: string;
  /** The title clause that named it. */
  quote: string;
}

/**
 * Whether the job's title names work done in person. The title is the ad's own title, or, when
 * the source gave none, the text's first line (an ad's heading).
 */
export function findPhysicalWork(titleClauses: Clause[], clauses: Clause[]): PhysicalWork | null {
  let title = titleClauses;
  if (title.length === 0) {
    title = [];
    for (const c of clauses) {
      if (c.line !== clauses[0]?.line) break;
      title.push(c);
    }
  }
  let found: PhysicalWork | null = null;
  for (const clause of title) {
    // Titles are short; a long first line is prose, not a heading.
    if (clause.tokens.length > 20) continue;
    let s = '';
    for (const t of clause.tokens) s += s.length === 0 ? t.key : ` ${t.key}`;
    const r = read(s);
    // A desk word anywhere in the title outweighs the occupation, unless the work is in the field.
    if (r.desk && !r.field) return null;
    const stem = r.physical ?? (r.field ? { group: FIELD } : null);
    if (found === null && stem !== null) found = { group: stem.group, quote: clauseText(clause) };
  }
  return found;
}
