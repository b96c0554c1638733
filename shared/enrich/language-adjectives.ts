import { AND_WORDS, LANGUAGE_WORDS, NEGATIONS, OPTIONAL_CUES, OR_WORDS, SPEAK_VERBS } from './cue-words';
import { isCue } from './language-cues';
import { isAnyLanguageName, isFinnishGenitive, isLanguageName, isNameIn, matchLanguage } from './language-names';
import { OTHERS_NOUNS, SPEAKING_WORDS } from './scope-words';
import { ALL_STOP_WORDS } from './stop-words';
import { foldedSet, spaceOnly, type Token, tokenAt } from './tokenize';

// Verbs that follow a language as the subject ("German would be a plus"), and words that follow a
// language as its object ("Italian both verbal and written"): never a noun it qualifies.
const AUXILIARIES = new Set(['would', 'could', 'should', 'may', 'might', 'must', 'shall', 'also', 'too', 'both']);
/** Ad languages that put adjectives after the noun ("direito português", "mercato francese"). */
export const NOUN_FIRST = new Set(['fr', 'es', 'pt', 'it', 'ro', 'ca']);

// "to know", "to master": "Es un plus saber italiano", "dominar inglés", "İngilizce bilen" name the language, no noun.
const KNOW_VERBS = foldedSet(
  'know knowing saber conocer dominar conhecer sapere conoscere padroneggiare savoir maîtriser bilmek bilen bilenler bilmeniz bilmesi hakim hâkim konuşabilen konuşan konuşabilmek',
);

/** A neighbour that cannot be the noun a language name qualifies. */
function neutral(k: string): boolean {
  return (
    isCue(k) ||
    SPEAK_VERBS.has(k) ||
    OPTIONAL_CUES.has(k) ||
    LANGUAGE_WORDS.has(k) ||
    USE_NOUNS.has(k) ||
    ALL_STOP_WORDS.has(k) ||
    NEGATIONS.has(k) ||
    AUXILIARIES.has(k) ||
    AND_WORDS.has(k) ||
    KNOW_VERBS.has(k) ||
    OR_WORDS.has(k) ||
    isLanguageName(k) ||
    /^\d/.test(k) ||
    // "lenkų k.", "anglų k." abbreviate the word for "language"; one letter is no noun a name qualifies.
    k.length === 1 ||
    isLanguageCompound(k)
  );
}

// Compounds of "language" ("språknivå", "Sprachniveau", "taalniveau", "nyelvtudás"): the name before them is the language.
const COMPOUND_STARTS = ['sprak', 'sprog', 'sprach', 'taal', 'nyelv', 'kiel'];
function isLanguageCompound(k: string): boolean {
  return k.length > 5 && COMPOUND_STARTS.some((s) => k.startsWith(s));
}

/**
 * Nouns a language adjective qualifies as the language itself: "in deutscher und englischer
 * Kommunikation", "English communication", "korespondencja w języku…".
 */
const USE_NOUNS = foldedSet(`
  communication kommunikation kommunikasjon communicatie comunicación comunicação comunicazione komunikacja
  komunikace komunikácia kommunikáció comunicare komunikacija korrespondenz correspondence correspondance
  konversation conversation iletişim yazışma
`);

// "and" in the languages whose lists of languages share one word for "language" ("limbii române și ruse",
// "latviešu un angļu valodas", "deutscher und englischer Kommunikation", "Nederlandse en Engelse taal").
const LIST_JOINERS = foldedSet('and og och und et y e ja и oraz ir και ve și si un a i és in ili en');

function languageNoun(t: Token | undefined): boolean {
  return t !== undefined && (LANGUAGE_WORDS.has(t.key) || USE_NOUNS.has(t.key));
}

/**
 * Whether word `i` stands beside a word for "language" (or a noun it qualifies as the language),
 * itself or as one of a list that shares that word: "limbii române și ruse" reads "ruse".
 */
export function besideLanguageNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (languageNoun(next) || USE_NOUNS.has(tokenAt(tokens, i - 1)?.key ?? '')) return true;
  if (next && LIST_JOINERS.has(next.key) && languageNoun(tokens[i + 3])) return true;
  if (t.gapAfter.includes(',') && languageNoun(tokens[i + 2])) return true;
  const prev = tokenAt(tokens, i - 1);
  if (!prev) return false;
  if (LIST_JOINERS.has(prev.key)) return languageNoun(tokenAt(tokens, i - 3));
  return prev.gapAfter.includes(',') && languageNoun(tokenAt(tokens, i - 2));
}

/**
 * A language name used as an adjective of another noun ("Portuguese public holidays", "direito
 * português") is not the language. English and Germanic ads put the noun after, Romance ads before.
 */
export function usedAsAdjective(tokens: Token[], i: number, nounFirst: boolean): boolean {
  const t = tokens[i];
  if (!t) return false;
  // A capitalised name in a Romance ad ("English") reads the English way, unless it opens its
  // clause ("Alemão será uma vantagem"), where every word is capitalised.
  if (nounFirst && (!t.upper || i === 0)) {
    const prev = tokenAt(tokens, i - 1);
    return prev !== undefined && spaceOnly(prev.gapAfter) && !neutral(prev.key);
  }
  const next = tokens[i + 1];
  if (!next || !spaceOnly(t.gapAfter)) return false;
  return !neutral(next.key);
}

// Inflected adjective forms next to a word for "language": "Nederlandse taal", "lingua tedesca", "deutschen Sprache".
const ADJECTIVE_ENDINGS = ['en', 'er', 'es', 'e', 'a', 'n', 's'];
/** The language of an inflected name the caller found beside a word for "language" ("deutschen Sprache" → de), or null. */
export function adjectiveForm(tokens: Token[], i: number, locales: ReadonlySet<string> | null): string | null {
  const t = tokens[i] as Token;
  const k = t.key;
  // Beside a word for "language" a short name of any locale is the language ("angol nyelv", "anglų kalba").
  const any = matchLanguage(k, t.upper, null);
  if (any) return any.code;
  const variants = ADJECTIVE_ENDINGS.filter((e) => k.length > e.length + 3 && k.endsWith(e)).map((e) =>
    k.slice(0, -e.length),
  );
  if (k.endsWith('a')) variants.push(`${k.slice(0, -1)}o`);
  // Romanian adjectives of a feminine noun: "(limbii) române, ruse" → "română", "rusă".
  if (k.endsWith('e') || k.endsWith('ei')) variants.push(`${k.replace(/e?i?$/, '')}a`);
  for (const v of variants) {
    const m = matchLanguage(v, true, locales) ?? matchLanguage(v, false, locales);
    if (m) return m.code;
  }
  return null;
}

/** A German name of a language ("Englisch") not followed by a participle it forms an adjective with ("sprechende"). */
export function isGermanNoun(key: string, next: string | undefined): boolean {
  return isNameIn(key, 'de') && !(next?.startsWith('sprech') ?? false);
}

// "suomen, ruotsin ja englannin kielen taito": genitives in a list share the one "kielen" after them.
const FINNISH_LIST = new Set(['ja', 'tai', 'seka']);
/** The word a Finnish genitive at `i` is read before: the next one, or the "kiel…" word closing its list. */
export function finnishNext(tokens: Token[], i: number): string | undefined {
  const next = tokens[i + 1]?.key;
  if (next === undefined || !isFinnishGenitive(tokens[i]?.key ?? '')) return next;
  for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
    const k = (tokens[j] as Token).key;
    if (k.startsWith('kiel')) return k;
    if (!FINNISH_LIST.has(k) && !isFinnishGenitive(k)) return next;
  }
  return next;
}

/**
 * Whether the language at `i` is said of other people or a market: "German, French and Dutch
 * speaking customers", "Account Manager French Market", "Norwegian-speaking clients". Read past
 * the rest of its list and a word for "speaking" to the noun it describes.
 */
export function saidOfOthers(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
    // "Italian Speaker - Customer Care", "German (fluent), customers …": a dash or a bracket ends the phrase.
    if (!/^[ ,-]*$/.test((tokens[j - 1] as Token).gapAfter) || / - /.test((tokens[j - 1] as Token).gapAfter))
      return false;
    const t = tokens[j] as Token;
    // "German Speaking Customer Service Agent": "customer" there qualifies the job, not who speaks.
    if (OTHERS_NOUNS.has(t.key)) return !(spaceOnly(t.gapAfter) && JOB_HEADS.has(tokens[j + 1]?.key ?? ''));
    if (!(SPEAKING_WORDS.has(t.key) || AND_WORDS.has(t.key) || OR_WORDS.has(t.key) || isAnyLanguageName(t.key)))
      return false;
  }
  return false;
}

/** Words after "customer", "client" that make a job of it ("Customer Service", "Client Success Manager"). */
const JOB_HEADS = foldedSet(`
  service services support care success experience relations relationship representative representatives agent
  agents advisor adviser advisors associate specialist specialists manager managers executive consultant officer
  operations team help helpdesk contact onboarding
`);
