import * as z from 'zod';
import type { Source } from '../../ports/source';
import { sourceFetchLimits } from './fetch-source-document';
import { navPublicFeedFetch } from './nav-public-feed';
import { navStillingFeedFetch } from './nav-stilling-feed';
import { navAuthorizedGet } from './nav-token';
import { sourceUrlSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';

/** Each API's public address: the base its paths are appended to. */
const API_BASES = {
  'stilling-feed': 'https://pam-stilling-feed.nav.no',
  'public-feed': 'https://arbeidsplassen.nav.no/public-feed',
} as const;

const paramName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a query parameter name such as "county"');

export const navSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('nav'),
    /**
     * `stilling-feed`: the feed of every ad's changes, read in full once, then from where the last
     * poll stopped. `public-feed`: the older search API (NAV retired it in 2025; mirrors keep it).
     */
    api: z.enum(['stilling-feed', 'public-feed'], 'must be "stilling-feed" or "public-feed"').default('stilling-feed'),
    /** Overrides the API's base address (a mirror, a proxy, a test server); the API's paths are appended. */
    url: sourceUrlSchema.optional(),
    /** The bearer token, without "Bearer". stilling-feed's default: NAV's public token, read from the API. */
    token: z
      .string()
      .trim()
      .regex(/^[^\s]+$/, 'must be the token alone (no "Bearer", no spaces)')
      .optional(),
    /** public-feed only: the search's query parameters (`category`, `county`, `municipal`, …). */
    params: z.record(paramName, z.union([z.string(), z.number()])).optional(),
  })
  .strict()
  .refine((c) => c.api !== 'public-feed' || c.token !== undefined, {
    message: 'required with api "public-feed" (NAV publishes a public token for the stilling-feed only)',
    path: ['token'],
  })
  .refine((c) => c.api === 'public-feed' || c.params === undefined, {
    message: 'only with api "public-feed" (the stilling-feed is not a search)',
    path: ['params'],
  })
  .refine((c) => c.params?.page === undefined, { message: '"page" is set by the paging', path: ['params', 'page'] });
export type NavSourceConfig = z.infer<typeof navSourceConfigSchema>;

/**
 * NAV's public job ads (Norway), through either API; each request carries the bearer token
 * (`nav-token.ts`), each ad becomes a posting the same way (`nav-ad.ts`).
 */
export function createNavSource(config: NavSourceConfig, opts: SourceFactoryOptions): Source {
  const label = `nav ${config.id}`;
  const base = (config.url ?? API_BASES[config.api]).replace(/\/+$/, '');
  const limits = sourceFetchLimits(opts, 'application/json');
  const tokenUrl = config.api === 'stilling-feed' ? `${base}/api/publicToken` : undefined;
  const get = navAuthorizedGet(tokenUrl, config.token, limits);
  return {
    id: config.id,
    type: config.type,
    fetch:
      config.api === 'stilling-feed'
        ? navStillingFeedFetch(label, config.id, base, get)
        : navPublicFeedFetch(label, config.id, base, config.params ?? {}, get),
  };
}

export const navSourceAdapter: SourceAdapter<typeof navSourceConfigSchema> = {
  configSchema: navSourceConfigSchema,
  create: createNavSource,
};
