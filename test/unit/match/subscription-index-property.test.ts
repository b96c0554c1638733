import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MatchablePosting, matchPosting } from '../../../shared/match/match-posting';
import { SubscriptionIndex } from '../../../shared/match/subscription-index';
import type { Criteria, Subscriber } from '../../../shared/subscriber/subscriber';

const NOW = new Date('2026-11-23T10:00:00Z');

// Small alphabets, so random subscriptions and postings overlap often enough to match.
const language = fc.constantFrom('en', 'da', 'no', 'de', 'pt');
const country = fc.constantFrom('PT', 'DE', 'DK', 'NO', 'BR', 'GB');
const region = fc.constantFrom('EU', 'EEA', 'Europe', 'worldwide', 'PT', 'NO', 'BR');
const level = fc.constantFrom('A2', 'B1', 'B2', 'C1', 'C2', 'good', 'fluent', 'native') as fc.Arbitrary<
  NonNullable<Criteria['minLevel']>
>;
const word = fc.constantFrom('support', 'billing', 'Billing', 'payments', 'tax', 'night', 'straße', 'поддержка');
const company = fc.constantFrom('Acme', 'Acme Corp', 'Globex', 'Initech');

const criteria: fc.Arbitrary<Criteria> = fc.record(
  {
    languages: fc.array(language, { minLength: 1, maxLength: 3 }),
    countries: fc.array(country, { maxLength: 3 }),
    remote: fc.boolean(),
    keywords: fc.array(word, { maxLength: 2 }),
    excludeKeywords: fc.array(word, { maxLength: 2 }),
    excludeCompanies: fc.array(company, { maxLength: 1 }),
    minLevel: level,
    adLanguages: fc.array(language, { maxLength: 2 }),
  },
  { requiredKeys: ['languages', 'countries', 'remote', 'keywords'] },
);

const subscriber = (id: string, c: Criteria, status: Subscriber['status'] = 'active'): Subscriber => ({
  id,
  email: `${id}@example.com`,
  status,
  criteria: c,
  frequency: 'daily',
  hour: 8,
  timeZone: 'UTC',
  locale: 'en',
  createdAt: NOW.toISOString(),
});

const posting: fc.Arbitrary<MatchablePosting> = fc.record({
  title: fc.array(word, { maxLength: 3 }).map((ws) => ws.join(' ')),
  text: fc
    .array(fc.oneof(word, fc.constantFrom('prepayments', 'supportive')), { maxLength: 4 })
    .map((ws) => ws.join(', ')),
  company: fc.option(company, { nil: undefined }),
  enrichment: fc.record({
    isPosting: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
    adLanguage: fc.option(language, { nil: null }),
    requiredLanguages: fc.array(fc.record({ code: language, level: fc.option(level, { nil: null }) }), {
      maxLength: 3,
    }),
    requiredOneOf: fc.array(fc.array(language, { minLength: 2, maxLength: 3 }), { maxLength: 1 }),
    optionalLanguages: fc.constant([]),
    countries: fc.array(country, { maxLength: 2 }),
    cities: fc.constant([]),
    remote: fc.constantFrom('onsite', 'hybrid', 'remote', 'unknown'),
    remoteRegion: fc.option(region, { nil: null }),
    deadline: fc.constantFrom(null, '2026-11-22', '2026-11-23'),
  }),
});

type Found = Map<string, unknown>;
const viaIndex = (index: SubscriptionIndex, p: MatchablePosting): Found =>
  new Map(index.match(p, NOW).map((m) => [m.subscriber.id, m.reason]));
const viaScan = (subs: Iterable<Subscriber>, p: MatchablePosting): Found => {
  const out: Found = new Map();
  for (const s of subs) {
    const reason = s.status === 'active' ? matchPosting(s.criteria, p, NOW) : null;
    if (reason) out.set(s.id, reason);
  }
  return out;
};

describe('SubscriptionIndex against the naive scan', () => {
  it('finds exactly the subscribers matchPosting finds, with the same reasons', () => {
    fc.assert(
      fc.property(
        fc.array(criteria, { maxLength: 40 }),
        fc.array(posting, { minLength: 1, maxLength: 10 }),
        (cs, ps) => {
          const subs = cs.map((c, i) => subscriber(`s${i}`, c, i % 7 === 6 ? 'paused' : 'active'));
          const index = new SubscriptionIndex(subs);
          for (const p of ps) expect(viaIndex(index, p)).toEqual(viaScan(subs, p));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays equal to the scan through any sequence of adds, updates and removals', () => {
    const op = fc.record({
      id: fc.integer({ min: 0, max: 9 }),
      criteria,
      remove: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(posting, { minLength: 1, maxLength: 5 }), (ops, ps) => {
        const index = new SubscriptionIndex();
        const current = new Map<string, Subscriber>();
        for (const o of ops) {
          const id = `s${o.id}`;
          if (o.remove) {
            index.remove(id);
            current.delete(id);
          } else {
            const s = subscriber(id, o.criteria);
            index.upsert(s);
            current.set(id, s);
          }
        }
        expect(index.size).toBe(current.size);
        for (const p of ps) expect(viaIndex(index, p)).toEqual(viaScan(current.values(), p));
      }),
      { numRuns: 200 },
    );
  });
});
