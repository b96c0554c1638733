import type { Enrichment, Posting } from './posting';

/** What matching never reads of an enrichment; everything else in it (languages, places, remote) it may. */
// Evidence quotes the wording, which may change while every value it decided stays.
const notMatched = new Set<keyof Enrichment>(['isPosting', 'deadline', 'evidence']);

/**
 * Whether a polled posting differs from the stored one in something matching reads, so that it may
 * now reach other subscribers: its required or optional languages (or their levels), its ad
 * language, its countries or cities, its remote policy or region. A change of wording alone is not.
 */
export function changeMattersForMatching(stored: Posting, polled: Posting): boolean {
  const fields = Object.keys(polled.enrichment) as (keyof Enrichment)[];
  return fields.some(
    (field) =>
      !notMatched.has(field) &&
      JSON.stringify(stored.enrichment[field] ?? null) !== JSON.stringify(polled.enrichment[field] ?? null),
  );
}

/**
 * Whether a listed posting must go (again) to matching: never stored under its id, closed and
 * listed again, or changed in a way that matters.
 */
export function needsMatching(stored: Posting | undefined, polled: Posting): boolean {
  return stored?.status !== 'open' || changeMattersForMatching(stored, polled);
}
