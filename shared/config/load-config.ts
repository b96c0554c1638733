import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { type Config, ConfigError, parseConfig } from './config';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The config used when the operator names none: the example postings shipped in the repo. */
export const defaultConfigData = {
  sources: [{ id: 'examples', type: 'folder', path: path.join(repoRoot, 'examples/postings') }],
};

/**
 * Reads and validates a JSON or YAML config file (YAML parses JSON too). Relative source paths
 * resolve against the file's folder; `baseDir` is what the source registry takes.
 */
export async function loadConfig(file?: string): Promise<{ config: Config; baseDir: string; origin: string }> {
  if (!file)
    return { config: parseConfig(defaultConfigData, 'the default config'), baseDir: repoRoot, origin: 'default' };
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config file ${absolute}: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new ConfigError(`config file ${absolute} is neither valid JSON nor YAML: ${(err as Error).message}`);
  }
  return { config: parseConfig(data, absolute), baseDir: path.dirname(absolute), origin: absolute };
}
