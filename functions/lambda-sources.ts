import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { type SourceConfig, sourceConfigSchema } from '../shared/adapters/sources/registry';
import { formatIssues } from '../shared/config/config';

/**
 * The operator's sources, from the file the CDK app puts in a layer for the functions that read
 * them (infra/constructs/sources-layer.ts) and names in JOBALERT_SOURCES_FILE; none without it.
 */
export function readLambdaSources(file: string | undefined): SourceConfig[] {
  if (!file) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`JOBALERT_SOURCES_FILE: cannot read ${file} as JSON: ${(err as Error).message}`);
  }
  const parsed = z.array(sourceConfigSchema).safeParse(data);
  if (!parsed.success) throw new Error(`JOBALERT_SOURCES_FILE ${file}:\n${formatIssues(parsed.error)}`);
  return parsed.data;
}
