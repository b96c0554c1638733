import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoDir } from '../../support/fixtures';

/**
 * `npx cdk synth` as an operator runs it, with real esbuild bundling, offline, into `dir`, with
 * an operator config holding `sources`. Takes a minute or more on a busy 2-core machine.
 */
export async function synthesize(dir: string, sources: unknown[]): Promise<string> {
  const config = path.join(dir, 'jobalert.yaml');
  // JSON is YAML: the config file is written as JSON for exactness.
  await writeFile(config, JSON.stringify({ sources }));
  const cdkOut = path.join(dir, 'cdk.out');
  await promisify(execFile)('npx', ['cdk', 'synth', '--quiet', '--output', cdkOut, '--context', `config=${config}`], {
    cwd: repoDir,
    env: { ...process.env, CDK_DISABLE_VERSION_CHECK: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return cdkOut;
}
