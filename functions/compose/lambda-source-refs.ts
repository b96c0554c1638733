import * as z from 'zod';
import { sourceIdSchema } from '../../shared/adapters/sources/source-id';
import type { SourceRef } from '../../shared/use-cases/deps';
import { readSourcesFile } from './lambda-sources';

// Only the id and type of each source: the full schemas (and every parser) are the poll worker's
// (functions/poll-worker/deps.ts); `cdk synth` already refused a bad config.
const sourceRefsSchema = z.array(z.looseObject({ id: sourceIdSchema, type: z.string().min(1) }));

/** The configured sources by name, for the functions that fetch none (the tick, the API's backfill). */
export function lambdaSourceRefs(): SourceRef[] {
  return sourceRefsSchema.parse(readSourcesFile()).map(({ id, type }) => ({ id, type }));
}
