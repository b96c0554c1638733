import type { Subscriber } from '../subscriber/subscriber';
import type { MatchReason } from './match';
import { type MatchablePosting, matchPosting, postingLanguages } from './match-posting';

/**
 * Active subscriptions inverted by language, so a posting is checked only against the
 * subscribers who speak one of its required languages: a percolator, not a loop over everyone.
 */
export class SubscriptionIndex {
  private readonly byLanguage = new Map<string, Subscriber[]>();

  constructor(subscribers: Iterable<Subscriber>) {
    for (const s of subscribers) {
      if (s.status !== 'active') continue;
      for (const lang of new Set(s.criteria.languages)) {
        const list = this.byLanguage.get(lang) ?? [];
        list.push(s);
        this.byLanguage.set(lang, list);
      }
    }
  }

  /** Every active subscriber the posting matches, each with why. */
  match(posting: MatchablePosting, now: Date): { subscriber: Subscriber; reason: MatchReason }[] {
    const candidates = new Map<string, Subscriber>();
    for (const lang of postingLanguages(posting)) {
      for (const s of this.byLanguage.get(lang) ?? []) candidates.set(s.id, s);
    }
    const out: { subscriber: Subscriber; reason: MatchReason }[] = [];
    for (const s of candidates.values()) {
      const reason = matchPosting(s.criteria, posting, now);
      if (reason) out.push({ subscriber: s, reason });
    }
    return out;
  }
}
