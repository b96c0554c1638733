import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CircuitBreaker } from '../shared/config/circuit-breaker';
import { type Config, parseConfig } from '../shared/config/config';

/** What the operator tells the CDK app through `-c key=value` or cdk.json. */
export interface AppSettings {
  readonly sender: string;
  readonly siteUrl?: string;
  readonly sources: unknown[];
  /** The config's `circuitBreaker`, when it sets one. */
  readonly circuitBreaker?: CircuitBreaker;
  /** The config's `sesRatePerSecond`, when it sets one: the digest senders share it. */
  readonly sesRatePerSecond?: number;
  readonly tokenKeyParameterName: string;
  readonly alarmEmail?: string;
}

type ContextReader = (key: string) => unknown;

const defaultSender = 'alerts@example.com';
const defaultTokenKeyParameter = '/jobalert/token-key';

/** Reads and checks the app's context; throws an error naming the context key on bad input. */
export function readAppSettings(context: ContextReader): AppSettings {
  const sender = optionalString(context, 'sender') ?? defaultSender;
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(sender)) {
    throw new Error(`context "sender": expected an email address, got "${sender}"`);
  }
  const siteUrl = optionalString(context, 'siteUrl');
  if (siteUrl !== undefined && !/^https:\/\/[^/\s?#]+\/?$/.test(siteUrl)) {
    throw new Error(
      `context "siteUrl": expected an https origin without a path (https://jobs.example.org), got "${siteUrl}"`,
    );
  }
  const configPath = optionalString(context, 'config');
  const alarmEmail = optionalString(context, 'alarmEmail');
  const config = configPath === undefined ? undefined : loadLambdaConfig(configPath);
  return {
    sender,
    ...(siteUrl === undefined ? {} : { siteUrl: siteUrl.replace(/\/+$/, '') }),
    sources: config?.sources ?? [],
    ...(config?.circuitBreaker === undefined ? {} : { circuitBreaker: config.circuitBreaker }),
    ...(config?.sesRatePerSecond === undefined ? {} : { sesRatePerSecond: config.sesRatePerSecond }),
    tokenKeyParameterName: optionalString(context, 'tokenKeyParameter') ?? defaultTokenKeyParameter,
    ...(alarmEmail === undefined ? {} : { alarmEmail }),
  };
}

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

function optionalString(context: ContextReader, key: string): string | undefined {
  const value = context(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`context "${key}": expected a string`);
  return value;
}
