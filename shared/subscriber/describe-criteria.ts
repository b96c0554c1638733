import { type Locale, translator } from '../i18n';
import type { Criteria } from './subscriber';

/** Criteria as stored; the exclusions are optional so older records (and schemas) still read. */
type DescribedCriteria = Criteria & { excludeKeywords?: string[]; excludeCompanies?: string[] };

/** A subscriber's criteria in one phrase: "jobs that need Norwegian, in Portugal or remote, mentioning “support”". */
export function describeCriteria(criteria: DescribedCriteria, locale: Locale | string = 'en'): string {
  const tr = translator(locale);
  const parts = [tr.t('criteriaNeed', { languages: tr.list(criteria.languages.map(tr.language), 'or') })];
  const places = tr.list(criteria.countries.map(tr.country), 'or');
  if (places && criteria.remote) parts.push(tr.t('criteriaInOrRemote', { places }));
  else if (places) parts.push(tr.t('criteriaIn', { places }));
  else if (criteria.remote) parts.push(tr.t('criteriaRemote'));
  const quoted = (words: readonly string[] | undefined) => tr.list((words ?? []).map(tr.quote), 'or');
  if (criteria.keywords.length > 0) parts.push(tr.t('criteriaMentioning', { keywords: quoted(criteria.keywords) }));
  if (criteria.excludeKeywords?.length) {
    parts.push(tr.t('criteriaNotMentioning', { keywords: quoted(criteria.excludeKeywords) }));
  }
  if (criteria.excludeCompanies?.length) {
    parts.push(tr.t('criteriaNotAt', { companies: tr.list(criteria.excludeCompanies, 'or') }));
  }
  return parts.join(', ');
}
