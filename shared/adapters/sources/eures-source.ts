import * as z from 'zod';
import type { FetchContext, FetchResult, Source } from '../../ports/source';
import type { FetchDocumentOptions } from '../http/fetch-document';
import { stringOrNumberId } from './collect-postings';
import { collectEuresVacancies } from './eures-vacancy';
import { fetchJson } from './fetch-json';
import { sourceFetchLimits } from './fetch-source-document';
import { addressAt } from './fetch-text';
import { readPages } from './pager';
import { jsonKind } from './parse-json-body';
import { sourceUrlSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';

export const EURES_SEARCH_URL = 'https://europa.eu/eures/api/jv-searchengine/public/jv-search/search';
/** Vacancies a search request asks for: the most the API serves at once (it refuses more). */
export const EURES_PAGE_SIZE = 50;
/** Pages read per poll unless `maxPages` says otherwise: the first 500 vacancies of a search. */
export const EURES_DEFAULT_MAX_PAGES = 10;

const keyword = z.string().trim().min(1, 'must not be blank');

export const euresSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('eures'),
    /** What to search for, anywhere in the vacancy: one text, or a list (a vacancy matching any). */
    keywords: z.union([keyword, z.array(keyword).min(1, 'must hold at least one keyword')]).optional(),
    /** Only vacancies in these countries: ISO codes as EURES writes them (`DE`, `EL` for Greece). */
    countries: z
      .array(z.string().regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code such as "DE"'))
      .min(1, 'must hold at least one country code')
      .optional(),
    /** Only vacancies in these NUTS regions (`DE21`, `PT17`, `ES511`), beside or instead of countries. */
    locationCodes: z
      .array(z.string().regex(/^[A-Za-z]{2}[A-Za-z0-9]{1,3}$/, 'must be a NUTS code such as "DE21" or "PT17"'))
      .min(1, 'must hold at least one NUTS code')
      .optional(),
    /** Only vacancies asking for these languages: a code, with a CEFR level if wanted (`de`, `en(B2)`). */
    requiredLanguages: z
      .array(
        z
          .string()
          .regex(
            /^[a-z]{2}(\((A1|A2|B1|B2|C1|C2)\))?$/,
            'must be a language code, with a level if wanted: "de", "en(B2)"',
          ),
      )
      .min(1, 'must hold at least one language')
      .optional(),
    /** `MOST_RECENT` (the default: a search cut at the page cap keeps the newest) or `BEST_MATCH`. */
    sort: z.enum(['MOST_RECENT', 'BEST_MATCH'], 'must be "MOST_RECENT" or "BEST_MATCH"').optional(),
    /** Pages of 50 read per poll at most (default 10). */
    maxPages: z
      .number()
      .int('must be a whole number from 1 to 100')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100')
      .optional(),
    /** Overrides the search address (a mirror, a test server). */
    url: sourceUrlSchema.optional(),
  })
  .strict()
  .refine((c) => c.keywords !== undefined || c.countries !== undefined || c.locationCodes !== undefined, {
    message: 'a search needs keywords, countries or locationCodes (all of Europe is millions of vacancies)',
    path: ['keywords'],
  });
export type EuresSourceConfig = z.infer<typeof euresSourceConfigSchema>;

const pageSchema = z.object({
  numberRecords: z.coerce.number().int().nonnegative().nullish().catch(undefined),
  jvs: z.array(z.unknown()).nullish(),
});

/** The search body for one page (1-based), as the EURES portal sends it: filters left empty are empty lists. */
export function euresSearchBody(config: EuresSourceConfig, page: number): Record<string, unknown> {
  const keywords = typeof config.keywords === 'string' ? [config.keywords] : (config.keywords ?? []);
  const places = [...(config.countries ?? []), ...(config.locationCodes ?? [])].map((c) => c.toLowerCase());
  return {
    resultsPerPage: EURES_PAGE_SIZE,
    page,
    sortSearch: config.sort ?? 'MOST_RECENT',
    keywords: keywords.map((k) => ({ keyword: k, specificSearchCode: 'EVERYWHERE' })),
    publicationPeriod: null,
    occupationUris: [],
    skillUris: [],
    requiredExperienceCodes: [],
    positionScheduleCodes: [],
    sectorCodes: [],
    educationAndQualificationLevelCodes: [],
    positionOfferingCodes: [],
    locationCodes: [...new Set(places)],
    euresFlagCodes: [],
    otherBenefitsCodes: [],
    requiredLanguages: config.requiredLanguages ?? [],
    minNumberPost: null,
    sessionId: 'jobalert',
    // The language the portal would show; the vacancies are read in their own first language.
    requestLanguage: 'en',
  };
}

/**
 * EURES, the EU's job portal: its public vacancy search POSTed page by page (50 a page, newest
 * first, up to `maxPages`). The search has no validators, so every poll is a full read, which
 * closes what the search no longer lists; cut at the page cap, the read is partial and closes
 * nothing.
 */
export function createEuresSource(config: EuresSourceConfig, opts: SourceFactoryOptions): Source {
  const label = `eures ${config.id}`;
  const url = config.url ?? EURES_SEARCH_URL;
  const limits = sourceFetchLimits(opts, 'application/json');
  return {
    id: config.id,
    type: config.type,
    async fetch(ctx: FetchContext): Promise<FetchResult> {
      const options = { ...limits, signal: ctx.signal };
      const listing = await readPages<unknown>({
        maxPages: config.maxPages ?? EURES_DEFAULT_MAX_PAGES,
        pageSize: EURES_PAGE_SIZE,
        // A vacancy without an id still reaches the collection, which rejects it by name.
        key: (vacancy) => stringOrNumberId(vacancy)?.trim() || JSON.stringify(vacancy),
        readPage: (index) => readSearchPage(label, url, euresSearchBody(config, index + 1), options),
      });
      const { postings, rejected } = collectEuresVacancies(label, config.id, listing.items);
      return { notModified: false, postings, rejected, ...(!listing.complete && { coverage: 'partial' }) };
    },
  };
}

export const euresSourceAdapter: SourceAdapter<typeof euresSourceConfigSchema> = {
  configSchema: euresSourceConfigSchema,
  create: createEuresSource,
};

async function readSearchPage(
  label: string,
  url: string,
  body: Record<string, unknown>,
  options: FetchDocumentOptions,
) {
  const at = `page ${body.page}`;
  const what = 'a JSON object with a jvs array';
  const data = await fetchJson(label, url, { ...options, postJson: JSON.stringify(body) }, what, { at });
  const page = pageSchema.safeParse(data);
  // A search that finds nothing may say so with a zero count and no list.
  const empty = page.success && !page.data.jvs && page.data.numberRecords === 0;
  if (!page.success || (!page.data.jvs && !empty)) {
    const got = jsonKind(data) === 'an object' ? 'an object without a jvs array' : jsonKind(data);
    throw new Error(`${label}: expected ${what}, got ${got} from ${addressAt(url, at)}`);
  }
  const total = page.data.numberRecords;
  return { items: page.data.jvs ?? [], ...(total !== undefined && total !== null && { total }) };
}
