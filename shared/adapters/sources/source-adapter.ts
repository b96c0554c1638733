import type * as z from 'zod';
import type { Source } from '../../ports/source';

/** What every adapter is built with; each takes what it needs. */
export interface SourceFactoryOptions {
  /** The config file's folder: relative paths in a source's config resolve against it. */
  baseDir: string;
  /** Limits for HTTP sources (defaults: 15 s, 10 MiB). */
  timeoutMs?: number;
  maxBytes?: number;
}

/** One kind of source: its config schema (discriminated by `type`) and its factory. */
export interface SourceAdapter<Schema extends z.ZodObject<{ type: z.ZodLiteral<string> }>> {
  configSchema: Schema;
  create(config: z.infer<Schema>, opts: SourceFactoryOptions): Source;
}
