import type { Enrichment } from '../shared/posting/posting';
import type { Subscriber } from '../shared/subscriber/subscriber';

/** mulberry32: a tiny seeded PRNG, so every run generates the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks with Zipf-like skew: the first items are far more common than the last, as in real demand. */
function skewed<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.min(items.length - 1, Math.floor(items.length * rand() ** 2.5))] as T;
}

const LANGUAGES = ['en', 'de', 'nl', 'no', 'sv', 'da', 'fr', 'es', 'pt', 'it', 'fi', 'pl', 'cs', 'el', 'hu', 'ro'];
const COUNTRIES = ['PT', 'ES', 'DE', 'NL', 'PL', 'IE', 'GR', 'EE', 'BG', 'RO', 'CZ', 'LT', 'LV', 'IT', 'FR', 'SE'];
const REGIONS = ['EU', 'Europe', 'worldwide', 'PT', 'ES', 'DE'] as const;

const WORDS = [
  'support',
  'customer',
  'billing',
  'finance',
  'sales',
  'travel',
  'gaming',
  'payments',
  'technical',
  'night',
];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne'];

/** Subscribers one at a time, so a million need not sit in memory as objects. */
export function* subscriberStream(count: number, seed = 1): Generator<Subscriber> {
  const rand = random(seed);
  for (let i = 0; i < count; i++) {
    yield {
      id: `s${i}`,
      email: `s${i}@example.com`,
      status: 'active' as const,
      criteria: {
        languages: [...new Set([skewed(rand, LANGUAGES.slice(1)), ...(rand() < 0.3 ? [skewed(rand, LANGUAGES)] : [])])],
        countries: [...new Set([skewed(rand, COUNTRIES), ...(rand() < 0.3 ? [skewed(rand, COUNTRIES)] : [])])],
        remote: rand() < 0.5,
        // Most people set no keyword; some one or two, the common words far more often.
        keywords: rand() < 0.15 ? [...new Set([skewed(rand, WORDS), skewed(rand, WORDS)])] : [],
        ...(rand() < 0.05 ? { excludeKeywords: [skewed(rand, WORDS.slice(5))] } : {}),
        ...(rand() < 0.03 ? { excludeCompanies: [skewed(rand, COMPANIES)] } : {}),
      },
      frequency: rand() < 0.1 ? ('instant' as const) : ('daily' as const),
      hour: 8,
      timeZone: 'UTC',
      locale: 'en',
      createdAt: '2026-01-01T00:00:00.000Z',
    };
  }
}

export function subscribers(count: number, seed = 1): Subscriber[] {
  return [...subscriberStream(count, seed)];
}

export function postings(
  count: number,
  seed = 2,
): { title: string; text: string; company: string; enrichment: Enrichment }[] {
  const rand = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const remote = rand() < 0.3;
    // Most ads ask English besides the language that matters; a few ask English alone.
    const language = rand() < 0.1 ? [] : [{ code: skewed(rand, LANGUAGES.slice(1)), level: null }];
    return {
      title: `${skewed(rand, WORDS)} agent ${i}`,
      text: `Customer ${skewed(rand, WORDS)} in a friendly team, ${skewed(rand, WORDS)} and more.`,
      company: skewed(rand, COMPANIES),
      enrichment: {
        isPosting: true,
        adLanguage: 'en',
        impliedLanguage: null,
        requiredLanguages: [...language, { code: 'en', level: null }],
        requiredOneOf: [],
        optionalLanguages: [],
        countries: remote ? [] : [skewed(rand, COUNTRIES)],
        cities: [],
        remote: remote ? 'remote' : 'onsite',
        remoteRegion: remote ? skewed(rand, REGIONS) : null,
        deadline: null,
        evidence: [],
      },
    };
  });
}
