import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { createDynamoClients } from '../../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../../shared/adapters/dynamo/dynamo-store';
import { ensureTable } from '../../shared/adapters/dynamo/table-definition';
import { type Posting, unknownEnrichment } from '../../shared/posting/posting';
import { postingFingerprint, postingId } from '../../shared/posting/posting-identity';
import { seedsDir } from './fixtures';
import { startTestDynamo } from './test-dynamo';

/**
 * The store on a table of its own (see startTestDynamo), with the raw document client beside it
 * for writing items the way a crashed writer left them and reading items as they are stored.
 */
export async function startTestStore() {
  const dynamo = await startTestDynamo();
  const options = { endpoint: dynamo.endpoint, region: 'eu-west-1' };
  const clients = createDynamoClients(options);
  await ensureTable(clients.client, dynamo.tableName);
  const raw = clients.documentClient;
  return {
    tableName: dynamo.tableName,
    store: DynamoStore.fromEndpoint({ ...options, tableName: dynamo.tableName }),
    raw,
    getItem: async (key: { PK: string; SK: string }) =>
      (await raw.send(new GetCommand({ TableName: dynamo.tableName, Key: key, ConsistentRead: true }))).Item,
    close: async () => {
      clients.client.destroy();
      await dynamo.close();
    },
  };
}

export type TestStore = Awaited<ReturnType<typeof startTestStore>>;

/**
 * The test store of one test file: started before its tests, closed after them. Its fields are
 * there once the tests run (the object is filled in `beforeAll`).
 */
export function useTestStore(): TestStore {
  const t = {} as TestStore;
  beforeAll(async () => {
    Object.assign(t, await startTestStore());
  });
  afterAll(async () => {
    await t.close?.();
  });
  return t;
}

/** A founding document's text, by file name. */
export const seed = (file: string) => readFileSync(path.join(seedsDir, file), 'utf8');

/** A stored open posting with these fields, first seen at one fixed time, required in Portugal. */
export function postingOf(
  sourceId: string,
  externalId: string,
  fields: { title: string; text: string; url?: string },
): Posting {
  const raw = { sourceId, externalId, ...fields };
  return {
    ...raw,
    id: postingId(raw),
    fingerprint: postingFingerprint(raw),
    enrichment: { ...unknownEnrichment(true, 'en'), countries: ['PT'], remote: 'remote' },
    status: 'open',
    firstSeenAt: '2031-01-01T10:00:00.000Z',
    lastSeenAt: '2031-01-01T10:00:00.000Z',
  };
}
