import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The local signing key: the config's, else JOBALERT_TOKEN_KEY, else one generated once and
 * kept in the data folder, so links in mails sent before a restart keep working.
 */
export async function localTokenKey(dataDir: string, configured?: string): Promise<string> {
  if (configured) return configured;
  if (process.env.JOBALERT_TOKEN_KEY) return process.env.JOBALERT_TOKEN_KEY;
  const file = path.join(dataDir, 'token-key');
  try {
    const key = (await readFile(file, 'utf8')).trim();
    if (key.length >= 32) return key;
  } catch {
    // None yet: make one below.
  }
  await mkdir(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  return key;
}
