import type { AddressInfo } from 'node:net';
import sesLocalModule from 'aws-ses-v2-local';

type StartServer = typeof sesLocalModule;

// The package is CommonJS with `exports.default`: under Node's ESM loader the default import is the
// whole exports object, under a bundler's interop it is the function itself.
const startServer: StartServer =
  typeof sesLocalModule === 'function'
    ? sesLocalModule
    : (sesLocalModule as unknown as { default: StartServer }).default;

/** One email as the emulator's `GET /store` lists it. */
export interface StoredEmail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  headers?: { name: string; value: string }[];
  /** Epoch seconds. */
  at: number;
}

export interface SesEmulator {
  /** Base URL, the SES endpoint and the mail viewer page (`GET /`). */
  url: string;
  /** Everything sent so far (`GET /store`). */
  sentEmails(): Promise<StoredEmail[]>;
  /** Empties the store (`POST /clear-store`). */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts aws-ses-v2-local in this process. Port 0 picks a free port. The emulator keeps its store
 * in a module-level variable, so two emulators in one process share their mail.
 */
/** Everything an emulator at this address has sent so far (`GET /store`), e.g. one another process runs. */
export async function storedEmails(url: string): Promise<StoredEmail[]> {
  const response = await fetch(`${url}/store`);
  if (!response.ok) throw new Error(`SES emulator GET /store answered ${response.status}`);
  return ((await response.json()) as { emails: StoredEmail[] }).emails;
}

export async function startSesEmulator(options: { port?: number; host?: string } = {}): Promise<SesEmulator> {
  const host = options.host ?? '127.0.0.1';
  const server = await startServer({ host, port: options.port ?? 0 });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    sentEmails: () => storedEmails(url),
    async clear() {
      const response = await fetch(`${url}/clear-store`, { method: 'POST' });
      if (!response.ok) throw new Error(`SES emulator POST /clear-store answered ${response.status}`);
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The SDK keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      });
    },
  };
}
