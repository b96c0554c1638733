import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type * as z from 'zod';
import type { CircuitBreaker } from '../shared/config/circuit-breaker';
import { type Config, parseConfig } from '../shared/config/config';
import { contextKeys, contextSchema, type DnsSettings, type SenderIdentity } from './context-schema';

export type { DnsSettings, SenderIdentity } from './context-schema';

/** What the operator tells the CDK app through `-c key=value` or cdk.json. */
export interface AppSettings {
  readonly sender: string;
  /** Which SES identity the app creates for the sender: its domain (DKIM, MAIL FROM) or the address alone. */
  readonly senderIdentity: SenderIdentity;
  readonly siteUrl?: string;
  /** The Route 53 zone the app publishes records in and, with it, the pages' own domain name. */
  readonly dns?: DnsSettings;
  readonly sources: unknown[];
  /** The config's `circuitBreaker`, when it sets one. */
  readonly circuitBreaker?: CircuitBreaker;
  /** The config's `sesRatePerSecond`, when it sets one: the digest senders share it. */
  readonly sesRatePerSecond?: number;
  /** The config's settings the functions read from their environment, when it sets them. */
  readonly backfillDays?: number;
  readonly maxPostingsPerDigest?: number;
  readonly unsubscribeMailto?: string;
  readonly tokenKeyParameterName: string;
  readonly alarmEmail?: string;
  /** The poll workers' memory: the 512 MiB default, more for a JobStream snapshot. */
  readonly pollWorkerMemoryMiB: number;
}

/**
 * A JobStream source reads the whole country's snapshot (~300 MB of JSON) in one poll: about
 * 1.7 GB of memory was measured reading 288 MB. Below this a deploy would fail every first poll.
 */
export const STREAM_MEMORY_MIB = 3008;

type ContextReader = (key: string) => unknown;

/** Reads and checks the app's context; throws an error naming the context key and its value on bad input. */
export function readAppSettings(context: ContextReader): AppSettings {
  const raw = Object.fromEntries(contextKeys.map((key) => [key, blankToUndefined(context(key))]));
  const parsed = contextSchema.safeParse(raw);
  if (!parsed.success) throw new Error(describeContextIssues(parsed.error, raw));
  const ctx = parsed.data;
  const config = ctx.config === undefined ? undefined : loadLambdaConfig(ctx.config);
  const streams = (config?.sources ?? []).filter((s) => s.type === 'jobtech' && s.mode === 'stream').map((s) => s.id);
  if (streams.length > 0 && ctx.pollWorkerMemoryMiB < STREAM_MEMORY_MIB)
    throw new Error(
      `context "pollWorkerMemoryMiB": the jobtech source${streams.length > 1 ? 's' : ''} ${streams.join(', ')} in stream mode read${streams.length > 1 ? '' : 's'} JobStream's whole-country snapshot (~300 MB of JSON, ~1.7 GB of memory): set -c pollWorkerMemoryMiB=${STREAM_MEMORY_MIB} or more, got ${ctx.pollWorkerMemoryMiB}`,
    );
  return {
    sender: ctx.sender,
    senderIdentity: ctx.senderIdentity,
    ...(ctx.siteUrl === undefined ? {} : { siteUrl: ctx.siteUrl }),
    ...(ctx.dns === undefined ? {} : { dns: ctx.dns }),
    sources: config?.sources ?? [],
    ...(config?.circuitBreaker === undefined ? {} : { circuitBreaker: config.circuitBreaker }),
    ...(config?.sesRatePerSecond === undefined ? {} : { sesRatePerSecond: config.sesRatePerSecond }),
    ...(config === undefined
      ? {}
      : { backfillDays: config.backfillDays, maxPostingsPerDigest: config.maxPostingsPerDigest }),
    ...(config?.unsubscribeMailto === undefined ? {} : { unsubscribeMailto: config.unsubscribeMailto }),
    tokenKeyParameterName: ctx.tokenKeyParameter,
    ...(ctx.alarmEmail === undefined ? {} : { alarmEmail: ctx.alarmEmail }),
    pollWorkerMemoryMiB: ctx.pollWorkerMemoryMiB,
  };
}

/** `context "siteUrl": must be https …, got "http://jobs.example.org"`, one line per problem. */
function describeContextIssues(error: z.ZodError, raw: Record<string, unknown>): string {
  return error.issues
    .map((issue) => {
      const key = String(issue.path[0] ?? '(context)');
      const value = raw[key];
      return `context "${key}": ${issue.message}${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`;
    })
    .join('\n');
}

const blankToUndefined = (value: unknown) => (value === null || value === '' ? undefined : value);

/**
 * The `sources` of the operator's config file, validated with the same zod schema the local
 * runtime uses, so a bad field fails `cdk synth` naming it. Folder sources read the local disk
 * and cannot run in Lambda: refused here rather than failing every poll.
 */
export function loadSources(path: string): unknown[] {
  return loadLambdaConfig(path).sources;
}

/** The operator's config file, checked as loadSources describes. */
function loadLambdaConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`context "config": cannot read ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`config ${path}: not JSON or YAML: ${(error as Error).message}`);
  }
  const config = parseConfig(data, path);
  const { sources } = config;
  const local = sources.filter((s) => s.type === 'folder').map((s) => s.id);
  if (local.length > 0) {
    throw new Error(`config ${path}: folder sources (${local.join(', ')}) only run locally (npm start), not in Lambda`);
  }
  return config;
}
