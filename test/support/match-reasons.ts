import type { MatchReason } from '../../shared/match/match';

/** A match reason holding only what a test sets, in the shape the matcher gives it. */
export function matchReason(over: Partial<MatchReason>): MatchReason {
  return { languages: [], impliedLanguage: null, countries: [], remoteRegion: null, keywords: [], ...over };
}
