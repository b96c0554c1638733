import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MatchablePosting, matchPosting } from '../../../shared/match/match-posting';
import { SubscriptionIndex } from '../../../shared/match/subscription-index';
import { impliedLanguage } from '../../../shared/posting/implied-language';
import { type Enrichment, languageLevelSchema, namedRegionSchema } from '../../../shared/posting/posting';
import type { Criteria, Subscriber } from '../../../shared/subscriber/subscriber';

const NOW = new Date('2026-11-23T10:00:00Z');

// Small alphabets, so random subscriptions and postings overlap often enough to match.
const language = fc.constantFrom('en', 'da', 'no', 'de', 'pt');
const country = fc.constantFrom('PT', 'DE', 'DK', 'NO', 'BR', 'GB');
// Every form a remote region takes: a country, a named region, a list of countries, a time-zone window.
const region = fc.constantFrom(
  ...namedRegionSchema.options,
  'PT',
  'NO',
  'BR',
  'DE,GB',
  'BR,DK,PT',
  'UTC-2..UTC+4',
  'UTC-3..UTC-3',
);
// Every level, CEFR and words alike, from the schema itself.
const level = fc.constantFrom(...languageLevelSchema.options);
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

const frequency = fc.constantFrom('instant', 'daily', 'weekly') as fc.Arbitrary<Subscriber['frequency']>;

const subscriber = (
  id: string,
  c: Criteria,
  status: Subscriber['status'] = 'active',
  frequency: Subscriber['frequency'] = 'daily',
): Subscriber => ({
  id,
  email: `${id}@example.com`,
  status,
  criteria: c,
  frequency,
  hour: 8,
  timeZone: 'UTC',
  locale: 'en',
  createdAt: NOW.toISOString(),
});

// Many state no language at all, as ads in the local language do.
const stated: fc.Arbitrary<Omit<Enrichment, 'impliedLanguage'>> = fc.record({
  isPosting: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
  adLanguage: fc.option(language, { nil: null }),
  requiredLanguages: fc.oneof(
    fc.constant<Enrichment['requiredLanguages']>([]),
    fc.array(fc.record({ code: language, level: fc.option(level, { nil: null }) }), { maxLength: 3 }),
  ),
  requiredOneOf: fc.array(fc.array(language, { minLength: 2, maxLength: 3 }), { maxLength: 1 }),
  optionalLanguages: fc.constant([]),
  countries: fc.array(country, { maxLength: 2 }),
  cities: fc.constant([]),
  remote: fc.constantFrom('onsite', 'hybrid', 'remote', 'unknown'),
  remoteRegion: fc.option(region, { nil: null }),
  deadline: fc.constantFrom(null, '2026-11-22', '2026-11-23'),
  evidence: fc.constant([]),
});
// The implied language as enrichment sets it, or any a stored enrichment might carry beside what it states.
const enrichment: fc.Arbitrary<Enrichment> = stated.chain((e) =>
  fc.oneof(
    fc.constant({ ...e, impliedLanguage: impliedLanguage(e) }),
    fc.option(language, { nil: null }).map((l) => ({ ...e, impliedLanguage: l })),
  ),
);

const posting: fc.Arbitrary<MatchablePosting> = fc.record({
  title: fc.array(word, { maxLength: 3 }).map((ws) => ws.join(' ')),
  text: fc
    .array(fc.oneof(word, fc.constantFrom('prepayments', 'supportive')), { maxLength: 4 })
    .map((ws) => ws.join(', ')),
  company: fc.option(company, { nil: undefined }),
  enrichment,
});

type Found = Map<string, unknown>;
// How many matches were on an implied language: the properties must exercise that route too.
let impliedMatches = 0;
const viaIndex = (index: SubscriptionIndex, p: MatchablePosting): Found => {
  const matches = index.match(p, NOW);
  impliedMatches += matches.filter((m) => m.reason.impliedLanguage !== null).length;
  const found: Found = new Map(matches.map((m) => [m.subscriber.id, [m.subscriber.frequency, m.reason]]));
  expect(found.size).toBe(matches.length); // nobody twice
  return found;
};
const viaScan = (subs: Iterable<Subscriber>, p: MatchablePosting): Found => {
  const out: Found = new Map();
  for (const s of subs) {
    const reason = s.status === 'active' ? matchPosting(s.criteria, p, NOW) : null;
    if (reason) out.set(s.id, [s.frequency, reason]);
  }
  return out;
};

interface Op {
  id: number;
  criteria: Criteria;
  frequency: Subscriber['frequency'];
  remove: boolean;
}

/** One change, to the index and to the plain map of subscribers the scan reads. */
function apply(index: SubscriptionIndex, current: Map<string, Subscriber>, o: Op): void {
  const id = `s${o.id}`;
  if (o.remove) {
    index.remove(id);
    current.delete(id);
  } else {
    const s = subscriber(id, o.criteria, 'active', o.frequency);
    index.upsert(s);
    current.set(id, s);
  }
}

describe('SubscriptionIndex against the naive scan', () => {
  it('finds exactly the subscribers matchPosting finds, with the same reasons', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(criteria, frequency), { maxLength: 40 }),
        fc.array(posting, { minLength: 1, maxLength: 10 }),
        (cs, ps) => {
          const subs = cs.map(([c, f], i) => subscriber(`s${i}`, c, i % 7 === 6 ? 'paused' : 'active', f));
          const index = new SubscriptionIndex(subs);
          for (const p of ps) expect(viaIndex(index, p)).toEqual(viaScan(subs, p));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds exactly the subscribers matchPosting finds for postings that state no language', () => {
    const silent = posting.map((p) => ({
      ...p,
      enrichment: { ...p.enrichment, isPosting: true, requiredLanguages: [], requiredOneOf: [] },
    }));
    impliedMatches = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(criteria, frequency), { maxLength: 40 }),
        fc.array(silent, { minLength: 1, maxLength: 10 }),
        (cs, ps) => {
          const subs = cs.map(([c, f], i) => subscriber(`s${i}`, c, 'active', f));
          const index = new SubscriptionIndex(subs);
          for (const p of ps) expect(viaIndex(index, p)).toEqual(viaScan(subs, p));
        },
      ),
      { numRuns: 300 },
    );
    expect(impliedMatches).toBeGreaterThan(20);
  });

  it('stays equal to the scan through any sequence of adds, updates and removals', () => {
    const op = fc.record({
      id: fc.integer({ min: 0, max: 9 }),
      criteria,
      frequency,
      remove: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(posting, { minLength: 1, maxLength: 5 }), (ops, ps) => {
        const index = new SubscriptionIndex();
        const current = new Map<string, Subscriber>();
        for (const o of ops) apply(index, current, o);
        expect(index.size).toBe(current.size);
        for (const p of ps) expect(viaIndex(index, p)).toEqual(viaScan(current.values(), p));
      }),
      { numRuns: 200 },
    );
  });

  it('stays equal to the scan when many share languages and places and differ in filters', () => {
    // Few language-and-place sets, so updates shuffle members of the same core.
    const where = fc.constantFrom<Pick<Criteria, 'languages' | 'countries' | 'remote'>>(
      { languages: ['pt'], countries: ['PT'], remote: false },
      { languages: ['da', 'en'], countries: ['DK', 'PT'], remote: true },
      { languages: ['en'], countries: [], remote: true },
    );
    // Most set no filter, as in life: the plain members are the ones moved around most.
    const maybe = (a: fc.Arbitrary<string[]>) => fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, a);
    const shared: fc.Arbitrary<Criteria> = fc
      .tuple(
        where,
        maybe(fc.array(word, { minLength: 1, maxLength: 1 })),
        maybe(fc.array(fc.constantFrom('night', 'tax'), { minLength: 1, maxLength: 1 })),
        maybe(fc.array(company, { minLength: 1, maxLength: 1 })),
      )
      .map(([w, keywords, excludeKeywords, excludeCompanies]) => ({
        ...w,
        keywords,
        excludeKeywords,
        excludeCompanies,
      }));
    // Postings each of those cores matches, with random words and companies for the filters; the
    // last two state no language and imply their ad's.
    const enrichment = (languages: string[], countries: string[], remote: 'remote' | 'onsite', adLanguage = 'en') => ({
      isPosting: true,
      adLanguage,
      impliedLanguage: languages.length === 0 ? adLanguage : null,
      requiredLanguages: languages.map((code) => ({ code, level: null })),
      requiredOneOf: [],
      optionalLanguages: [],
      countries,
      cities: [],
      remote,
      remoteRegion: remote === 'remote' ? 'EU' : null,
      deadline: null,
      evidence: [],
    });
    const matching: fc.Arbitrary<MatchablePosting> = fc.record({
      title: fc.array(word, { maxLength: 2 }).map((ws) => ws.join(' ')),
      text: fc.array(word, { maxLength: 2 }).map((ws) => ws.join(', ')),
      company: fc.option(company, { nil: undefined }),
      enrichment: fc.constantFrom(
        enrichment(['pt'], ['PT'], 'onsite'),
        enrichment(['da', 'en'], ['DK'], 'onsite'),
        enrichment(['en'], [], 'remote'),
        enrichment([], ['DK'], 'onsite', 'da'),
        enrichment([], [], 'remote'),
      ),
    });
    const op = fc.record({
      id: fc.integer({ min: 0, max: 14 }),
      criteria: shared,
      frequency,
      remove: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.array(matching, { minLength: 3, maxLength: 6 }), (ops, ps) => {
        const index = new SubscriptionIndex();
        const current = new Map<string, Subscriber>();
        for (const o of ops) {
          apply(index, current, o);
          for (const p of ps) expect(viaIndex(index, p)).toEqual(viaScan(current.values(), p));
        }
      }),
      { numRuns: 200 },
    );
  });
});
