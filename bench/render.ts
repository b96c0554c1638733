import { renderDigest } from '../shared/digest/render-digest';
import { LOCALES } from '../shared/i18n/locale';
import type { MatchReason } from '../shared/match/match';
import type { Posting } from '../shared/posting/posting';
import type { Subscriber } from '../shared/subscriber/subscriber';
import { labelledPostings, time } from './enrich';
import { storedPosting } from './stored-posting';

const postedAt = '2026-11-20T09:00:00.000Z';

// The reason the matcher would give: the posting's own required languages and places.
function reasonFor(p: Posting): MatchReason {
  const e = p.enrichment;
  return {
    languages: e.requiredLanguages.map((l) => l.code).slice(0, 2),
    impliedLanguage: null,
    countries: e.countries.slice(0, 1),
    remoteRegion: e.remote === 'remote' ? (e.remoteRegion ?? 'worldwide') : null,
    keywords: [],
  };
}

/**
 * Digests rendered per second: `count` digests of 10 real labelled postings each, in every UI
 * locale in turn, with every link a real digest carries; the median of 5 runs.
 */
export function benchRender(options: { count: number; jobsPerDigest?: number }): {
  digestsPerSecond: number;
  digests: number;
  jobsPerDigest: number;
  averageHtmlBytes: number;
} {
  const jobsPerDigest = options.jobsPerDigest ?? 10;
  const postings = labelledPostings().map((d) => storedPosting(d, 'bench', postedAt));
  const inputs = Array.from({ length: options.count }, (_, i) => {
    const subscriber: Subscriber = {
      id: `s${i}`,
      email: `s${i}@example.com`,
      status: 'active',
      criteria: { languages: ['no', 'da'], countries: ['PT'], remote: true, keywords: [] },
      frequency: 'daily',
      hour: 8,
      timeZone: 'Europe/Lisbon',
      locale: LOCALES[i % LOCALES.length] as string,
      createdAt: postedAt,
    };
    const items = Array.from({ length: jobsPerDigest }, (_, j) => {
      const p = postings[(i + j) % postings.length] as Posting;
      return { posting: p, reason: reasonFor(p) };
    });
    return {
      subscriber,
      items,
      unsubscribeUrl: `https://jobs.example.com/unsubscribe?token=${'t'.repeat(80)}${i}`,
      siteUrl: 'https://jobs.example.com/',
      preferencesUrl: `https://jobs.example.com/preferences?token=${'p'.repeat(80)}${i}`,
      notRelevantUrl: (id: string) => `https://jobs.example.com/not-relevant?token=${'n'.repeat(80)}${id}`,
      moreCount: i % 7,
    };
  });
  let htmlBytes = 0;
  for (const input of inputs.slice(0, 200)) htmlBytes += renderDigest(input).html.length; // warm up
  const seconds = time(() => {
    for (const input of inputs) renderDigest(input);
  });
  return {
    digestsPerSecond: Math.round(inputs.length / seconds),
    digests: inputs.length,
    jobsPerDigest,
    averageHtmlBytes: Math.round(htmlBytes / Math.min(200, inputs.length)),
  };
}
