import type { Translator } from '../i18n';
import type { MatchReason } from '../match/match';
import type { Subscriber } from '../subscriber/subscriber';

/** Beyond this many countries the subject stops naming them: it must fit a phone's inbox line. */
const MAX_PLACES = 3;

/**
 * What the digest holds, in the subscriber's language: "5 new Norwegian-speaking jobs in Portugal",
 * "2 new jobs for Norwegian or German speakers in Portugal or remote". Languages and places are
 * the ones the jobs matched on, in the order the subscriber chose them.
 */
export function digestSubject(
  subscriber: Subscriber,
  reasons: readonly MatchReason[],
  total: number,
  tr: Translator,
): string {
  const { criteria } = subscriber;
  const languages = inCriteriaOrder(
    criteria.languages,
    reasons.flatMap((r) => r.languages),
  );
  let countries = inCriteriaOrder(
    criteria.countries,
    reasons.flatMap((r) => r.countries),
  );
  let remote = reasons.some((r) => r.remoteRegion);
  if (countries.length === 0 && !remote) {
    countries = criteria.countries;
    remote = criteria.remote;
  }
  const shown = languages.length > 0 ? languages : criteria.languages;
  const places = countries.length <= MAX_PLACES ? tr.list(countries.map(tr.country), 'or') : '';
  const where = places
    ? tr.t(remote ? 'whereInOrRemote' : 'whereIn', { places })
    : remote && countries.length === 0
      ? tr.t('whereRemote')
      : '';
  return tr.plural(shown.length === 1 ? 'subjectOneLanguage' : 'subjectLanguages', total, {
    languages: tr.list(shown.map(tr.language), 'or'),
    where,
  });
}

/** The matched codes, the subscriber's order first, then any the criteria don't list. */
function inCriteriaOrder(chosen: readonly string[], matched: readonly string[]): string[] {
  const found = new Set(matched);
  const ordered = chosen.filter((c) => found.has(c));
  return [...ordered, ...[...found].filter((c) => !ordered.includes(c))];
}
