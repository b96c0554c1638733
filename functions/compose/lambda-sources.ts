import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { readLambdaEnv } from './lambda-env';

/**
 * The operator's sources as the file holds them, unchecked: the CDK app puts them in a layer for
 * the functions that read them (infra/constructs/sources-layer.ts) and names the file in
 * JOBALERT_SOURCES_FILE; none without it. Each reader checks them with the schema it needs: the
 * poll worker with every source type's (and so every parser), the tick and the API by name only.
 */
export function readSourcesFile(): unknown {
  const { JOBALERT_SOURCES_FILE: file } = readLambdaEnv({ JOBALERT_SOURCES_FILE: z.string().min(1).optional() });
  if (!file) return [];
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`JOBALERT_SOURCES_FILE: cannot read ${file} as JSON: ${(err as Error).message}`);
  }
}
