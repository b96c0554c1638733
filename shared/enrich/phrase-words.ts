import { type Clause, fold } from './tokenize';
import { wordClass } from './word-classes';

/**
 * A word class for a regex that searches a whole text for one of `phrases` (case-insensitive): a
 * text none of whose words has the class holds no match, and the search is skipped. Most ads hold
 * none of such phrases, and the regex would try each of its alternatives at every character.
 *
 * Each phrase's longest word lies in one token (letters never split a token), so the class holds a
 * word that contains it (a phrase of one word: "Bewerbungsdeadline"), ends with it (a phrase's
 * first word, a space after it), starts with it (its last word) or is it (a word in the middle).
 */
export function phraseWordClass(phrases: string[]): number {
  const tests = phrases.map((phrase) => {
    const words = phrase.split(' ');
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    const word = fold(longest);
    if (words.length === 1) return (k: string) => k.includes(word);
    if (words[0] === longest) return (k: string) => k.endsWith(word);
    if (words.at(-1) === longest) return (k: string) => k.startsWith(word);
    return (k: string) => k === word;
  });
  return wordClass((k) => tests.some((test) => test(k)));
}

/** Whether some word of the clauses has class `bit`. */
export function holdsClass(clauses: Clause[], bit: number): boolean {
  for (const c of clauses) for (const t of c.tokens) if ((t.classes & bit) !== 0) return true;
  return false;
}
