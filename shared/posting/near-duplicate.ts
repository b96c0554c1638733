import type { Posting } from './posting';

/**
 * Two postings are near-duplicates when the Jaccard similarity of their word 3-shingles (over the
 * folded title and text) is at least this. Measured on the founding documents: one sentence
 * replaced keeps 0.87 to 0.98 (300 to 1,700 words); two different Metabase jobs sharing the
 * employer's paragraphs score 0.34; different ads under 0.02. A 150-word ad with one sentence
 * replaced sits near 0.75, hence 0.7. See test/unit/posting/near-duplicate.test.ts.
 */
export const nearDuplicateThreshold = 0.7;

const SHINGLE_WORDS = 3;

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// What boards add to a job's title without making it another job: bracketed notes ("(m/w/d)",
// "[Remote]") and the work model. Candidates are only gathered by this key; whether two postings
// are one job is decided by address, content and text similarity, so a coarser key costs a few
// more comparisons, never a wrong collapse.
const bracketed = /\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/gu;
const workModelWords =
  /(?<![\p{L}\p{N}])(?:remote|hybrid|hybride|híbrido|hibrido|ibrido|remoto|remota|télétravail|teletrabajo|teletrabalho|homeoffice|onsite|on-site)(?![\p{L}\p{N}])/giu;

/**
 * The key that gathers the candidates a new posting is compared with: its folded title, without
 * bracketed notes and work-model words. An agency repost keeps the job's title while the
 * employer's name and the wording around it change; a board decorates it.
 */
export function nearDuplicateKey(title: string): string {
  const core = fold(title.replace(bracketed, ' ').replace(workModelWords, ' '));
  return core === '' ? fold(title) : core;
}

/** The set of word 3-shingles of a text, folded as the fingerprint folds it. */
export function shingles(text: string): Set<string> {
  const words = fold(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

/** |A ∩ B| / |A ∪ B|; 1 for two empty sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

type Comparable = Pick<Posting, 'title' | 'text' | 'enrichment'>;

const sorted = (xs: string[]) => [...xs].sort().join(',');

// Collapsing two postings that match different subscribers would lose an alert: the facts the
// matcher reads must agree before text similarity is even asked.
function sameMatchFacts(a: Comparable['enrichment'], b: Comparable['enrichment']): boolean {
  return (
    sorted(a.countries) === sorted(b.countries) &&
    a.remote === b.remote &&
    a.remoteRegion === b.remoteRegion &&
    sorted(a.requiredLanguages.map((l) => l.code)) === sorted(b.requiredLanguages.map((l) => l.code)) &&
    sorted(a.requiredOneOf.map((g) => sorted(g))) === sorted(b.requiredOneOf.map((g) => sorted(g)))
  );
}

/** Word-shingle similarity of two postings' title and text, 0 to 1. */
export function postingSimilarity(a: Pick<Posting, 'title' | 'text'>, b: Pick<Posting, 'title' | 'text'>): number {
  return jaccard(shingles(`${a.title}\n${a.text}`), shingles(`${b.title}\n${b.text}`));
}

/** Whether `b` is a repost of `a`: the same match facts and similarity ≥ nearDuplicateThreshold. */
export function isNearDuplicate(a: Comparable, b: Comparable): boolean {
  return sameMatchFacts(a.enrichment, b.enrichment) && postingSimilarity(a, b) >= nearDuplicateThreshold;
}
