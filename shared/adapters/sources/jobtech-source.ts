import * as z from 'zod';
import type { FetchContext, FetchResult, Source } from '../../ports/source';
import { sourceFetchLimits } from './fetch-source-document';
import { readJobtechSearch } from './jobtech-search';
import { readJobtechStream } from './jobtech-stream';
import { sourceUrlSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';

export { JOBTECH_MAX_PAGES, jobtechSearchUrl } from './jobtech-search';

const MiB = 1024 * 1024;

/** Taxonomy codes as JobTech takes them: a legacy number (`1480`) or a concept id (`PVZL_BQT_XtL`). */
function taxonomyCodes(example: string) {
  return z.array(z.string().regex(/^[A-Za-z0-9_-]+$/, `must be a taxonomy code such as "${example}"`)).min(1);
}

const searchOnly = ['query', 'municipality', 'region'] as const;
const streamOnly = ['occupationConceptId', 'locationConceptId', 'maxResponseMiB'] as const;

export const jobtechSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('jobtech'),
    /**
     * `search` (the default): JobSearch by `query`. `stream`: JobStream, the whole country (or
     * what its concept-id filters keep), read in full once and then by what changed.
     */
    mode: z.enum(['search', 'stream']).optional(),
    /** The free-text query, as typed in Platsbanken (`systemutvecklare`); search only. */
    query: z.string().trim().min(1, 'must be a search text such as "systemutvecklare"').optional(),
    /** Overrides the JobSearch `/search` address, or the JobStream address `/snapshot` and `/stream` hang from. */
    url: sourceUrlSchema.optional(),
    /** Only ads in these municipalities (`municipality` codes or concept ids); search only. */
    municipality: taxonomyCodes('1480').optional(),
    /** Only ads in these regions (län: `region` codes or concept ids); search only. */
    region: taxonomyCodes('14').optional(),
    /** Only ads for these occupations (name, group or field concept ids); stream only. */
    occupationConceptId: taxonomyCodes('apaJ_2ja_LuF').optional(),
    /** Only ads in these places (municipality, region or country concept ids); stream only. */
    locationConceptId: taxonomyCodes('CifL_Rzy_Mku').optional(),
    /** The largest response read, in MiB (default 10, as every source): a snapshot needs more; stream only. */
    maxResponseMiB: z.number().int().min(1).max(1024).optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const stream = config.mode === 'stream';
    if (!stream && config.query === undefined)
      ctx.addIssue({ code: 'custom', path: ['query'], message: 'must be a search text such as "systemutvecklare"' });
    for (const key of stream ? searchOnly : streamOnly) {
      if (config[key] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: stream ? 'is for mode "search" only' : 'is for mode "stream" only',
        });
    }
  });
export type JobtechSourceConfig = z.infer<typeof jobtechSourceConfigSchema>;

/**
 * Arbetsförmedlingen's JobTech. `search`: JobSearch by a free-text query, newest first, paged by
 * offset (100 a page, up to offset 2,000); JobSearch has no validators, so every poll is a full
 * read, partial when the cap cuts it. `stream`: JobStream's snapshot, then its changes since the
 * last read.
 */
export function createJobtechSource(config: JobtechSourceConfig, opts: SourceFactoryOptions): Source {
  const label = `jobtech ${config.id}`;
  const limits = sourceFetchLimits(opts, 'application/json');
  return {
    id: config.id,
    type: config.type,
    async fetch(ctx: FetchContext): Promise<FetchResult> {
      const options = { ...limits, signal: ctx.signal };
      if (config.mode === 'stream') {
        const maxBytes = config.maxResponseMiB !== undefined ? config.maxResponseMiB * MiB : options.maxBytes;
        return readJobtechStream(label, config.id, config, ctx.state?.cursor, { ...options, maxBytes });
      }
      return readJobtechSearch(label, config.id, { ...config, query: config.query ?? '' }, options);
    },
  };
}

export const jobtechSourceAdapter: SourceAdapter<typeof jobtechSourceConfigSchema> = {
  configSchema: jobtechSourceConfigSchema,
  create: createJobtechSource,
};
