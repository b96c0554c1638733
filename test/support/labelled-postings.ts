import { readFileSync } from 'node:fs';
import { impliedLanguage } from '../../shared/posting/implied-language';
import { languageLevelSchema, type Posting, postingSchema, remoteRegionSchema } from '../../shared/posting/posting';

// <repo>/../shared/fixtures: CI has shared/ beside the clone.
const LABELLED = new URL('../../../shared/fixtures/extraction/labelled.jsonl', import.meta.url);

interface LabelledRecord {
  id: string;
  title: string;
  company?: string | null;
  source: string;
  text: string;
  labels: {
    required_languages: string[];
    optional_languages: string[];
    levels: Record<string, string>;
    ad_language: string | null;
    countries: string[];
    cities: string[];
    remote: Posting['enrichment']['remote'];
    remote_region: string | null;
    required_one_of?: string[][];
    is_posting?: boolean;
  };
}

/** A real labelled document as a stored posting, its labels standing in for enrichment. */
export function labelledPosting(id: string, overrides: Partial<Posting> = {}): Posting {
  const record = readFileSync(LABELLED, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledRecord)
    .find((r) => r.id === id);
  if (!record) throw new Error(`no labelled posting ${id}`);
  const { labels } = record;
  const region = remoteRegionSchema.safeParse(labels.remote_region);
  const stated = {
    isPosting: labels.is_posting ?? true,
    adLanguage: labels.ad_language,
    requiredLanguages: labels.required_languages.map((code) => {
      const level = languageLevelSchema.safeParse(labels.levels[code]);
      return { code, level: level.success ? level.data : null };
    }),
    requiredOneOf: labels.required_one_of ?? [],
  };
  const posting = postingSchema.parse({
    sourceId: 'labelled',
    externalId: record.id,
    id: `labelled:${record.id}`,
    fingerprint: record.id,
    title: record.title,
    text: record.text,
    company: record.company ?? undefined,
    url: record.source.startsWith('http') ? record.source : undefined,
    postedAt: '2026-11-20T09:00:00Z',
    enrichment: {
      ...stated,
      // Labels keep what an ad implies out of required_languages; the product's rule reads it.
      impliedLanguage: impliedLanguage(stated),
      optionalLanguages: labels.optional_languages,
      countries: labels.countries,
      cities: labels.cities,
      remote: labels.remote,
      remoteRegion: region.success ? region.data : null,
      deadline: null,
      evidence: [],
    },
    status: 'open',
    firstSeenAt: '2026-11-21T09:00:00Z',
    lastSeenAt: '2026-11-21T09:00:00Z',
  });
  // Overrides skip the schema on purpose: tests feed hostile values a buggy adapter might let through.
  return { ...posting, ...overrides };
}
