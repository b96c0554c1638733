import { countryName, languageName } from '../places/codes';
import type { Criteria } from '../subscriber/subscriber';
import { joinWords } from './join-words';

/** A subscriber's criteria in one sentence: "jobs that need Norwegian, in Portugal or remote, mentioning “support”". */
export function describeCriteria(criteria: Criteria): string {
  const languages = joinWords(
    criteria.languages.map((c) => languageName(c)),
    'or',
  );
  const countries = joinWords(
    criteria.countries.map((c) => countryName(c)),
    'or',
  );
  let sentence = `jobs that need ${languages}`;
  if (countries && criteria.remote) sentence += `, in ${countries} or remote`;
  else if (countries) sentence += `, in ${countries}`;
  else if (criteria.remote) sentence += ', working remotely';
  if (criteria.keywords.length > 0) {
    sentence += `, mentioning ${joinWords(
      criteria.keywords.map((k) => `“${k}”`),
      'or',
    )}`;
  }
  return sentence;
}
