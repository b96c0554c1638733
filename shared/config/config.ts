import * as z from 'zod';
import { sourceConfigSchema } from '../adapters/sources/registry';
import { circuitBreakerSchema } from './circuit-breaker';
import { defaultSesRatePerSecond } from './ses-rate';

// Kept here too for the CDK app and the local runtime, which read the config; the digest sender
// imports ses-rate.ts alone, without the config's source schemas.
export { defaultSesRatePerSecond };

/** The operator's config: one file, read by the CDK app at synth time and the local runtime at start. */
export const configSchema = z
  .object({
    sources: z.array(sourceConfigSchema).superRefine((sources, ctx) => {
      const seen = new Set<string>();
      sources.forEach((s, i) => {
        if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate source id "${s.id}"` });
        seen.add(s.id);
      });
    }),
    /**
     * Public base URL of the pages; links in emails point here. Locally: the server's own URL.
     * An origin only: the pages link to each other from the root, so a path would break them.
     */
    siteUrl: z
      .url({ protocol: /^https?$/ })
      .refine((u) => ['', '/'].includes(new URL(u).pathname) && !new URL(u).search && !new URL(u).hash, {
        message: 'must be an origin such as https://jobs.example.org, without a path, query or fragment',
      })
      .optional(),
    /** The From address of every email. */
    sender: z.email().default('alerts@example.com'),
    /** Key for signing confirm / unsubscribe links (≥ 32 chars). Locally generated when absent. */
    tokenKey: z.string().min(32).optional(),
    pollIntervalMinutes: z.number().int().min(1).max(1440).default(15),
    /** A new subscriber's first digest holds matching postings first seen this many days back. */
    backfillDays: z.number().int().min(0).max(365).default(30),
    /** Most postings one digest lists. */
    maxPostingsPerDigest: z.number().int().min(1).max(500).default(50),
    /** The SES account's sending rate (emails per second): digests are paced to it. Default defaultSesRatePerSecond. */
    sesRatePerSecond: z.number().positive().max(10_000).optional(),
    /** A source failing `failures` times in a row is skipped for `backoffMinutes`, doubling, capped. */
    circuitBreaker: circuitBreakerSchema.optional(),
    /** An address whose mail the operator treats as unsubscribe requests: `List-Unsubscribe`'s mailto. */
    unsubscribeMailto: z.email().optional(),
  })
  .strict();
export type Config = z.infer<typeof configSchema>;

/** The config file is invalid; the message names every bad field. */
export class ConfigError extends Error {
  readonly code = 'config.invalid';
}

/** Validates a parsed config object; throws ConfigError naming each bad field. */
export function parseConfig(data: unknown, origin: string): Config {
  const result = configSchema.safeParse(data ?? {});
  if (result.success) return result.data;
  throw new ConfigError(`invalid config in ${origin}:\n${formatIssues(result.error)}`);
}

/** One line per problem: `sources[0].path: expected string, received undefined`. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
        .join('');
      return `  ${path || '(top level)'}: ${issue.message}`;
    })
    .join('\n');
}
