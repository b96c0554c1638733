import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateTableCommand, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalStack, TABLE_NAME } from '../../../local/local-stack';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import { seedsDir } from '../../support/fixtures';
import { runCli } from '../../support/run-cli';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function subscribeOnce(dataDir: string, memory: boolean) {
  const stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory, dataDir });
  const res = await fetch(`${stack.urls.siteUrl}/api/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'keep@example.com', languages: ['da'], countries: ['EE'] }),
  });
  expect(res.status).toBe(202);
  await stack.close();
}

async function storedSubscribers(dataDir: string, memory: boolean) {
  const stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory, dataDir });
  const { created } = await stack.deps.subscribers.createSubscriber({
    id: 'probe',
    email: 'keep@example.com',
    status: 'unconfirmed',
    criteria: { languages: ['da'], countries: ['EE'], remote: false, keywords: [] },
    frequency: 'daily',
    hour: 8,
    timeZone: 'UTC',
    locale: 'en',
    createdAt: new Date().toISOString(),
  });
  await stack.close();
  return created ? 0 : 1;
}

describe('the local data folder', () => {
  it('keeps subscribers across a restart', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jobalert-keep-'));
    dirs.push(dir);
    await subscribeOnce(dir, false);
    expect(await storedSubscribers(dir, false)).toBe(1);
  });

  it('keeps nothing with --memory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jobalert-memory-'));
    dirs.push(dir);
    await subscribeOnce(dir, true);
    expect(await storedSubscribers(dir, true)).toBe(0);
  });
});

/** Opens the data folder's table as dynalite keeps it, for as long as `use` runs. */
async function withDataTable<T>(dataDir: string, use: (c: ReturnType<typeof createDynamoClients>) => Promise<T>) {
  const server = dynalite({ path: path.join(dataDir, 'dynamo'), createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const clients = createDynamoClients({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region: 'eu-west-1',
  });
  try {
    return await use(clients);
  } finally {
    clients.client.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('a data folder written by an older layout', () => {
  // What an older build left: its table with a posting under the hash alone, and no layout mark.
  const old = { PK: 'POSTING#0123456789abcdef0123456789abcdef', SK: 'META', title: 'Kept as it was' };

  it('stops npm start with a message naming the folder, keeps the data, and --memory still starts', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jobalert-older-'));
    dirs.push(dir);
    await withDataTable(dir, async ({ client, documentClient }) => {
      await client.send(
        new CreateTableCommand({
          TableName: TABLE_NAME,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: ['PK', 'SK', 'GSI2PK', 'GSI2SK'].map((AttributeName) => ({
            AttributeName,
            AttributeType: 'S',
          })),
          KeySchema: [
            { AttributeName: 'PK', KeyType: 'HASH' },
            { AttributeName: 'SK', KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: [
            {
              IndexName: 'GSI2',
              KeySchema: [
                { AttributeName: 'GSI2PK', KeyType: 'HASH' },
                { AttributeName: 'GSI2SK', KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          ],
        }),
      );
      await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: TABLE_NAME });
      await documentClient.send(new PutCommand({ TableName: TABLE_NAME, Item: old }));
    });
    const config = path.join(dir, 'config.json');
    await writeFile(config, JSON.stringify({ sources: [{ id: 'seeds', type: 'folder', path: seedsDir }] }));

    const refused = await runCli(['start', '--once', '--config', config], { JOBALERT_DATA_DIR: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(`jobalert: data from an older version in ${dir}/: delete it or use --memory`);

    const kept = await withDataTable(dir, async ({ documentClient }) =>
      documentClient.send(new GetCommand({ TableName: TABLE_NAME, Key: { PK: old.PK, SK: old.SK } })),
    );
    expect(kept.Item).toEqual(old);

    const inMemory = await runCli(['start', '--once', '--memory', '--config', config], { JOBALERT_DATA_DIR: dir });
    expect(inMemory.stderr).toBe('');
    expect(inMemory.code).toBe(0);
  });
});
