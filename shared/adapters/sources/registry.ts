import * as z from 'zod';
import type { Source } from '../../ports/source';
import { folderSourceAdapter } from './folder-source';
import { leverSourceAdapter } from './lever-source';
import type { SourceFactoryOptions } from './source-adapter';

/** Every kind of source: adding one is its adapter file plus one entry here. */
const adapters = [folderSourceAdapter, leverSourceAdapter] as const;

type ConfigSchemas<T extends readonly unknown[]> = {
  [K in keyof T]: T[K] extends { configSchema: infer S } ? S : never;
};

/** One source in the operator's config, discriminated by `type`; unknown fields are refused. */
export const sourceConfigSchema = z.discriminatedUnion(
  'type',
  adapters.map((a) => a.configSchema) as unknown as ConfigSchemas<typeof adapters>,
);
export type SourceConfig = z.infer<typeof sourceConfigSchema>;

/** Builds the source a (validated) config entry describes. */
export function createSource(config: SourceConfig, opts: SourceFactoryOptions): Source {
  const adapter = adapters.find((a) => a.configSchema.shape.type.value === config.type);
  if (!adapter) throw new Error(`unknown source type "${(config as { type: string }).type}"`);
  // The find above pairs the config with its own adapter; TS cannot see that through the union.
  return adapter.create(config as never, opts);
}
