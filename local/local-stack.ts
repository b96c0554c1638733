import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import dynalite from 'dynalite';
import { createDynamoClients } from '../shared/adapters/dynamo/dynamo-clients';
import { ensureTable, OlderLayoutError } from '../shared/adapters/dynamo/table-definition';
import { createLogger } from '../shared/adapters/log/logger';
import { startSesEmulator } from '../shared/adapters/ses/start-ses-emulator';
import { loadConfig } from '../shared/config/load-config';
import { displayPath } from './display-path';
import { startHttpServer } from './http-server';
import { buildLocal, LOCAL_REGION } from './local-deps';
import { countRuns } from './run-counters';
import { removeRuntimeInfo, writeRuntimeInfo } from './runtime-file';
import { localTokenKey } from './token-key';

export interface LocalStackOptions {
  port: number;
  sesPort: number;
  dynamoPort: number;
  /** Keep nothing on disk (dynalite in memory). */
  memory: boolean;
  configFile?: string;
  dataDir: string;
  host?: string;
  /** Write runtime.json so the CLI's `poll --now` / `digest --now` can find this stack. */
  announce?: boolean;
}

export const TABLE_NAME = 'jobalert';

/** Starts dynalite, the SES emulator and the HTTP server on loopback, wired to the handlers. */
export async function startLocalStack(options: LocalStackOptions) {
  const host = options.host ?? '127.0.0.1';
  const log = createLogger(process.env.JOBALERT_LOG_LEVEL ?? 'warn');
  const { config, baseDir, origin } = await loadConfig(options.configFile);
  await mkdir(options.dataDir, { recursive: true });

  const dynamoDir = path.join(options.dataDir, 'dynamo');
  const dynamo: Server = dynalite(options.memory ? { createTableMs: 0 } : { path: dynamoDir, createTableMs: 0 });
  await listen(dynamo, options.dynamoPort, host, 'DynamoDB (dynalite)', 'JOBALERT_DYNAMODB_PORT');
  const dynamoEndpoint = `http://${host}:${(dynamo.address() as AddressInfo).port}`;
  const { client } = createDynamoClients({ endpoint: dynamoEndpoint, region: LOCAL_REGION });
  await ensureTable(client, TABLE_NAME).catch(async (err: Error) => {
    await new Promise((r) => dynamo.close(r));
    if (!(err instanceof OlderLayoutError)) throw err;
    // The layout may change before 1.0; old local data is refused, never migrated or misread.
    throw new Error(`data from an older version in ${displayPath(options.dataDir)}/: delete it or use --memory`);
  });

  const ses = await startSesEmulator({ port: options.sesPort, host }).catch((err: Error) => {
    throw portError(err, options.sesPort, 'the SES emulator', 'JOBALERT_SES_PORT');
  });

  const tokenKey = await localTokenKey(options.dataDir, config.tokenKey);
  // The site URL is only known once the server listens (port 0 in tests): build lazily.
  let siteUrl = config.siteUrl ?? '';
  let local: ReturnType<typeof buildLocal> | undefined;
  const http = await startHttpServer({
    api: (event, ctx) => (local as ReturnType<typeof buildLocal>).handlers.api(event, ctx),
    host,
    port: options.port,
    log,
  }).catch((err: Error) => {
    throw portError(err, options.port, 'the web server', 'JOBALERT_PORT or --port');
  });
  siteUrl ||= http.url;
  local = buildLocal({
    endpoints: { dynamoEndpoint, sesEndpoint: ses.url, tableName: TABLE_NAME },
    config,
    baseDir,
    tokenKey,
    siteUrl,
    log,
  });
  const counts = countRuns(local.deps);

  if (options.announce) {
    await writeRuntimeInfo(options.dataDir, {
      pid: process.pid,
      siteUrl,
      dynamoEndpoint,
      sesEndpoint: ses.url,
      tableName: TABLE_NAME,
      configFile: options.configFile ? path.resolve(options.configFile) : undefined,
    });
  }

  return {
    config,
    configOrigin: origin,
    urls: { site: `${http.url}/`, siteUrl, mailbox: `${ses.url}/`, dynamo: dynamoEndpoint },
    dataDir: options.memory ? undefined : dynamoDir,
    handlers: local.handlers,
    deps: local.deps,
    store: local.store,
    ses,
    counts,
    async close() {
      if (options.announce) await removeRuntimeInfo(options.dataDir, process.pid);
      await new Promise((r) => http.server.close(r));
      http.server.closeAllConnections();
      await ses.close();
      await new Promise((r) => dynamo.close(r));
    },
  };
}

export type LocalStack = Awaited<ReturnType<typeof startLocalStack>>;

function listen(server: Server, port: number, host: string, what: string, setting: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (err) => reject(portError(err, port, what, setting)));
    server.listen(port, host, () => resolve());
  });
}

function portError(err: Error & { code?: string }, port: number, what: string, setting: string): Error {
  if (err.code === 'EADDRINUSE') return new Error(`port ${port} for ${what} is in use: pick another with ${setting}`);
  return err;
}
