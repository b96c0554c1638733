import type { Enrichment } from './posting';

/**
 * The language an ad implies by stating none: its own. A Danish ad in Copenhagen that asks for no
 * language is read by, and written for, Danish speakers. An ad that states a required language or
 * a one-of group implies nothing (what it states is what it needs, "English" in a Danish ad
 * included), nor does a document that is not a posting or one whose language is unknown.
 */
export function impliedLanguage(
  e: Pick<Enrichment, 'isPosting' | 'adLanguage' | 'requiredLanguages' | 'requiredOneOf'>,
): string | null {
  if (!e.isPosting || !e.adLanguage) return null;
  const statesOne = e.requiredLanguages.length > 0 || e.requiredOneOf.some((group) => group.length > 0);
  return statesOne ? null : e.adLanguage;
}
