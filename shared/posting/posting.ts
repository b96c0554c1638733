import * as z from 'zod';

/** ISO 639-1 code, lower case ("no" for Norwegian, never nb / nn). */
export const languageCodeSchema = z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "pt"');
/** ISO 3166-1 alpha-2 code, upper case. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "PT"');

export const remotePolicySchema = z.enum(['onsite', 'hybrid', 'remote', 'unknown']);
export type RemotePolicy = z.infer<typeof remotePolicySchema>;

/** The named regions ads open remote jobs to (shared/places/regions.ts says which countries each holds). */
export const namedRegionSchema = z.enum([
  'EU',
  'EEA',
  'Europe',
  'EMEA',
  'DACH',
  'Nordics',
  'LATAM',
  'North America',
  'Americas',
  'APAC',
  'worldwide',
]);
export type NamedRegion = z.infer<typeof namedRegionSchema>;

const COUNTRY_LIST = /^[A-Z]{2}(,[A-Z]{2})+$/;
/** "UTC-1..UTC+3", "UTC+5:30..UTC+9": a time-zone window, the countries in it read from ICU when matched. */
export const TIME_ZONE_WINDOW = /^UTC([+-]\d{1,2}(?::[0-5]\d)?)\.\.UTC([+-]\d{1,2}(?::[0-5]\d)?)$/;

/**
 * Where a remote job may be done from, as a string so that it compares, packs and keys like one:
 * a country code ("PT"), a named region ("EU", "EMEA"), a list of country codes ("DE,FR,GB":
 * sorted, each once) or a time-zone window ("UTC-1..UTC+3").
 */
export const remoteRegionSchema = z
  .string()
  .refine(
    (s) =>
      /^[A-Z]{2}$/.test(s) ||
      namedRegionSchema.safeParse(s).success ||
      COUNTRY_LIST.test(s) ||
      TIME_ZONE_WINDOW.test(s),
    {
      error: (issue) =>
        `must be a country code, a named region (${namedRegionSchema.options.join(', ')}), a list such as "DE,FR" or a window such as "UTC-1..UTC+3" (got ${JSON.stringify(issue.input)})`,
    },
  );
export type RemoteRegion = z.infer<typeof remoteRegionSchema>;

/** CEFR level or a word level, only when the ad states one. */
export const languageLevelSchema = z.enum([
  'A1',
  'A2',
  'B1',
  'B2',
  'C1',
  'C2',
  'native',
  'fluent',
  'good',
  'intermediate',
  'basic',
]);
export type LanguageLevel = z.infer<typeof languageLevelSchema>;

/**
 * The fields every posting has, unbounded: a stored posting is read as it was stored.
 */
const postingFields = {
  sourceId: z.string().min(1),
  externalId: z.string().min(1),
  title: z.string().min(1),
  text: z.string(),
  company: z.string().optional(),
  url: z.url().optional(),
  locationText: z.string().optional(),
  remoteHint: remotePolicySchema.optional(),
  postedAt: z.iso.datetime({ offset: true }).optional(),
};

/**
 * The most text a posting may have, in characters: a real ad has a few thousand. A longer one is
 * rejected (not cut: a cut ad would be mailed without its end), which keeps its stored item well
 * within DynamoDB's 400 KB.
 */
export const MAX_POSTING_TEXT = 100_000;
/** The most any other field of a posting may have, in characters. */
export const MAX_POSTING_FIELD = 10_000;

// Formatted when a message is needed, not at import: a process's first toLocaleString loads
// ICU's number formats (tens of ms of a Lambda's cold start).
const over = (max: number) => `over ${max.toLocaleString('en')} characters`;
const bounded = (max: number) =>
  z.string().max(max, { error: (issue) => `${over(max)} (${String(issue.input).length.toLocaleString('en')})` });

/**
 * What a source adapter hands over: the posting as the source has it, body already plain text,
 * each field bounded. Hints are the source's own structured fields (Lever's workplaceType, a
 * location field); the text still wins where the two disagree, enrichment decides.
 */
export const rawPostingSchema = z.object({
  ...postingFields,
  externalId: bounded(MAX_POSTING_FIELD).min(1),
  title: bounded(MAX_POSTING_FIELD).min(1),
  text: bounded(MAX_POSTING_TEXT),
  company: bounded(MAX_POSTING_FIELD).optional(),
  url: z
    .url()
    .max(MAX_POSTING_FIELD, { error: () => over(MAX_POSTING_FIELD) })
    .optional(),
  locationText: bounded(MAX_POSTING_FIELD).optional(),
});
export type RawPosting = z.infer<typeof rawPostingSchema>;

/** Enrichment fields a piece of evidence can decide. */
export const evidenceFieldSchema = z.enum([
  'isPosting',
  'adLanguage',
  'impliedLanguage',
  'requiredLanguages',
  'requiredOneOf',
  'optionalLanguages',
  'countries',
  'cities',
  'remote',
  'remoteRegion',
]);
export type EvidenceField = z.infer<typeof evidenceFieldSchema>;

/** The most characters of an ad one piece of evidence quotes. */
export const MAX_EVIDENCE_QUOTE = 200;

/**
 * The words that decided one enrichment value, and the rule that read them: `extract --explain`
 * prints them, the digest quotes a requirement ("Fluent Norwegian required").
 */
export const evidenceSchema = z.object({
  field: evidenceFieldSchema,
  /** The value decided: a language or country code, a city, a work model, a region. */
  value: z.string(),
  /** The sentence or line as the ad writes it, cut to MAX_EVIDENCE_QUOTE. */
  quote: z.string().max(MAX_EVIDENCE_QUOTE),
  /** Which rule read it ("location header", "requirement cue", "source field"). */
  rule: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * The evidence a stored posting keeps: the requirement quotes the digest shows. The rest serves
 * `extract --explain`, which reads an ad afresh; keeping all of it cost about 0.2 write units per
 * new posting (3.09 against 2.88 on DynamoDB Local).
 */
export const storedEvidenceFields: ReadonlySet<EvidenceField> = new Set(['requiredLanguages', 'requiredOneOf']);

/** An enrichment as a stored posting keeps it: its evidence cut to storedEvidenceFields. */
export function storedEnrichment<E extends { evidence: Evidence[] }>(enrichment: E): E {
  return { ...enrichment, evidence: enrichment.evidence.filter((e) => storedEvidenceFields.has(e.field)) };
}

/** What enrichment reads out of a posting's text. */
export const enrichmentSchema = z.object({
  isPosting: z.boolean(),
  adLanguage: languageCodeSchema.nullable(),
  /**
   * The language the ad implies by stating none: its own (implied-language.ts). Kept apart from
   * what it states, which stays empty; the matcher routes it.
   */
  impliedLanguage: languageCodeSchema.nullable(),
  requiredLanguages: z.array(z.object({ code: languageCodeSchema, level: languageLevelSchema.nullable() })),
  /** Each group is satisfied by speaking one of its languages ("Nordic-speaking"). */
  requiredOneOf: z.array(z.array(languageCodeSchema)),
  optionalLanguages: z.array(languageCodeSchema),
  countries: z.array(countryCodeSchema),
  cities: z.array(z.string()),
  remote: remotePolicySchema,
  remoteRegion: remoteRegionSchema.nullable(),
  /** Application deadline (YYYY-MM-DD) when stated. */
  deadline: z.iso.date().nullable(),
  /** Why each value above was read: at most a few pieces per field. */
  evidence: z.array(evidenceSchema).max(40),
});
export type Enrichment = z.infer<typeof enrichmentSchema>;

/** An enrichment that found nothing: the starting point, and the answer for unreadable input. */
export function unknownEnrichment(isPosting: boolean, adLanguage: string | null = null): Enrichment {
  return {
    isPosting,
    adLanguage,
    impliedLanguage: null,
    requiredLanguages: [],
    requiredOneOf: [],
    optionalLanguages: [],
    countries: [],
    cities: [],
    remote: 'unknown',
    remoteRegion: null,
    deadline: null,
    evidence: [],
  };
}

export const postingStatusSchema = z.enum(['open', 'closed']);

/** A stored posting: the source's fields, what enrichment found, and our bookkeeping. */
/** Read as stored: a posting stored before the bounds above is still read. */
export const postingSchema = z.object({
  ...postingFields,
  id: z.string().min(1),
  fingerprint: z.string().min(1),
  enrichment: enrichmentSchema,
  status: postingStatusSchema,
  firstSeenAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  /** When a full fetch of its source no longer listed it. */
  closedAt: z.iso.datetime().optional(),
  /** Its own source no longer lists it, and it is open because a copy on another source still is. */
  unlisted: z.boolean().optional(),
});
export type Posting = z.infer<typeof postingSchema>;
