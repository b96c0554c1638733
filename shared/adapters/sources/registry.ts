import * as z from 'zod';
import type { Source } from '../../ports/source';
import { arbeitnowSourceAdapter } from './arbeitnow-source';
import { arbeitsagenturSourceAdapter } from './arbeitsagentur-source';
import { ashbySourceAdapter } from './ashby-source';
import { bambooHrSourceAdapter } from './bamboohr-source';
import { euresSourceAdapter } from './eures-source';
import { folderSourceAdapter } from './folder-source';
import { greenhouseSourceAdapter } from './greenhouse-source';
import { himalayasSourceAdapter } from './himalayas-source';
import { jobtechSourceAdapter } from './jobtech-source';
import { jobviteSourceAdapter } from './jobvite-source';
import { jobxmlSourceAdapter } from './jobxml-source';
import { jsonfeedSourceAdapter } from './jsonfeed-source';
import { jsonLdSourceAdapter } from './jsonld-source';
import { leverSourceAdapter } from './lever-source';
import { navSourceAdapter } from './nav-source';
import { personioSourceAdapter } from './personio-source';
import { recruiteeSourceAdapter } from './recruitee-source';
import { remoteokSourceAdapter } from './remoteok-source';
import { remotiveSourceAdapter } from './remotive-source';
import { rssSourceAdapter } from './rss-source';
import { smartRecruitersSourceAdapter } from './smartrecruiters-source';
import type { SourceFactoryOptions } from './source-adapter';
import { successFactorsSourceAdapter } from './successfactors-source';
import { teamtailorSourceAdapter } from './teamtailor-source';
import { workableSourceAdapter } from './workable-source';
import { workdaySourceAdapter } from './workday-source';

/** Every kind of source: adding one is its adapter file plus one entry here. */
const adapters = [
  folderSourceAdapter,
  leverSourceAdapter,
  jsonLdSourceAdapter,
  greenhouseSourceAdapter,
  ashbySourceAdapter,
  workableSourceAdapter,
  smartRecruitersSourceAdapter,
  recruiteeSourceAdapter,
  personioSourceAdapter,
  bambooHrSourceAdapter,
  jobviteSourceAdapter,
  teamtailorSourceAdapter,
  rssSourceAdapter,
  jobxmlSourceAdapter,
  jsonfeedSourceAdapter,
  remoteokSourceAdapter,
  remotiveSourceAdapter,
  himalayasSourceAdapter,
  arbeitnowSourceAdapter,
  successFactorsSourceAdapter,
  workdaySourceAdapter,
  arbeitsagenturSourceAdapter,
  jobtechSourceAdapter,
  navSourceAdapter,
  euresSourceAdapter,
] as const;

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
