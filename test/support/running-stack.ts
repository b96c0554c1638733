import { buildLocal } from '../../local/local-deps';
import { readRuntimeInfo } from '../../local/runtime-file';
import { localTokenKey } from '../../local/token-key';
import { createLogger } from '../../shared/adapters/log/logger';
import { storedEmails } from '../../shared/adapters/ses/start-ses-emulator';
import { loadConfig } from '../../shared/config/load-config';

/**
 * The deps of a stack that `jobalert start` runs in another process, built as `jobalert poll
 * --now` builds them (from the data folder's runtime.json), and the emails its SES emulator holds.
 */
export async function connectToRunningStack(dataDir: string) {
  const info = await readRuntimeInfo(dataDir);
  const { config, baseDir } = await loadConfig(info.configFile);
  const { deps } = buildLocal({
    endpoints: info,
    config,
    baseDir,
    tokenKey: await localTokenKey(dataDir, config.tokenKey),
    siteUrl: info.siteUrl,
    log: createLogger('warn'),
  });
  return {
    deps,
    sentEmails: () => storedEmails(info.sesEndpoint),
  };
}
