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

/** Stems by their first two letters: a title is read in one pass, one look-up per position. */
type Index = Map<string, Stem[]>;

function buildIndex(groups: Record<string, string>): Index {
  const index: Index = new Map();
  for (const [group, words] of Object.entries(groups)) {
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
      const key = text.slice(0, 2);
      const list = index.get(key) ?? [];
      list.push({ text, atStart, atEnd, group });
      index.set(key, list);
    }
  }
  return index;
}

const PHYSICAL = buildIndex(PHYSICAL_GROUPS);
const DESK = buildIndex({ desk: DESK_WORDS });
const FIELD = buildIndex({ field: FIELD_WORDS });

/** The first stem of `index` found in `s` (folded words joined by single spaces), or null. */
function firstStem(s: string, index: Index): Stem | null {
  for (let p = 0; p + 2 <= s.length; p++) {
    const list = index.get(s.slice(p, p + 2));
    if (list === undefined) continue;
    const wordStart = p === 0 || s.charCodeAt(p - 1) === 32;
    for (const stem of list) {
      if (stem.atStart && !wordStart) continue;
      if (!s.startsWith(stem.text, p)) continue;
      const end = p + stem.text.length;
      if (stem.atEnd && end < s.length && s.charCodeAt(end) !== 32) continue;
      return stem;
    }
  }
  return null;
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
    // A desk word anywhere in the title outweighs the occupation, unless the work is in the field.
    if (firstStem(s, DESK) !== null && firstStem(s, FIELD) === null) return null;
    const stem: Stem | null = found === null ? (firstStem(s, PHYSICAL) ?? firstStem(s, FIELD)) : null;
    if (stem !== null) found = { group: stem.group, quote: clauseText(clause) };
  }
  return found;
}
