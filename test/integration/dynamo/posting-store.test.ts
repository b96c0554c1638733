import { readFileSync } from 'node:fs';
import { DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../../../shared/adapters/dynamo/dynamo-store';
import { nearDuplicateKey, postingKey } from '../../../shared/adapters/dynamo/keys';
import { StoredItemError } from '../../../shared/adapters/dynamo/stored-item-error';
import { ensureTable } from '../../../shared/adapters/dynamo/table-definition';
import { nearDuplicateKey as titleKey } from '../../../shared/posting/near-duplicate';
import type { Posting } from '../../../shared/posting/posting';
import { postingFingerprint, postingId } from '../../../shared/posting/posting-identity';
import { startTestDynamo } from '../../support/test-dynamo';

const seedsDir = new URL('../../../../shared/fixtures/seeds/', import.meta.url);
const seedFiles = [
  '000_1749e7e31bab95be.txt',
  '001_d53701c465218936.txt',
  '002_e26d09193e706b28.txt',
  '003_2eab9346ffdadcc4.txt',
  '004_0fc16f87b38e3819.txt',
];
const seedText = (n: number) => readFileSync(new URL(seedFiles[n % seedFiles.length] as string, seedsDir), 'utf8');

/**
 * A stored posting built from a founding document; `salt` makes the content unique per test. It
 * goes into the title too: two copies of one ad that differ by a word are near-duplicates.
 */
function postingOf(seed: number, sourceId: string, externalId: string, firstSeenAt: string, salt = ''): Posting {
  const text = `${seedText(seed)}${salt}`;
  const title = text.split('\n').find((line) => /\p{L}/u.test(line) && !line.startsWith('---')) ?? 'Job';
  const raw = { sourceId, externalId, title: `${title.slice(0, 100)}${salt ? ` ${salt}` : ''}`, text };
  return {
    ...raw,
    id: postingId(raw),
    fingerprint: postingFingerprint(raw),
    enrichment: {
      isPosting: true,
      adLanguage: 'en',
      impliedLanguage: null,
      requiredLanguages: [{ code: 'no', level: 'C1' }],
      requiredOneOf: [],
      optionalLanguages: [],
      countries: ['PT'],
      cities: [],
      remote: 'remote',
      remoteRegion: 'PT',
      deadline: null,
      evidence: [],
    },
    status: 'open',
    firstSeenAt,
    lastSeenAt: firstSeenAt,
  };
}

let tableName: string;
let dynamo: Awaited<ReturnType<typeof startTestDynamo>>;
let store: DynamoStore;
/** For writing items the way a crashed writer left them. */
let raw: DynamoDBDocumentClient;

beforeAll(async () => {
  dynamo = await startTestDynamo();
  tableName = dynamo.tableName;
  const options = {
    endpoint: dynamo.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
  const { client, documentClient } = createDynamoClients(options);
  await ensureTable(client, tableName);
  await ensureTable(client, tableName); // a second start finds it and goes on
  raw = documentClient;
  store = DynamoStore.fromEndpoint({ ...options, tableName });
});

afterAll(async () => {
  await dynamo.close();
});

describe('postings', () => {
  it('stores a posting as new the first time and as seen the second time', async () => {
    const posting = postingOf(0, 'lever-acme', 'job-1', '2030-01-05T09:00:00.000Z', 'once');

    expect(await store.savePosting(posting)).toEqual({ outcome: 'new', postingId: posting.id });
    expect(await store.savePosting(posting)).toEqual({
      outcome: 'seen',
      postingId: posting.id,
      firstSeenAt: posting.firstSeenAt,
    });
    expect(await store.getPostings([posting.id])).toEqual([posting]);
  });

  it('keeps what an ad implies apart from what it states, and the requirement quotes the digest shows', async () => {
    const posting = postingOf(2, 'lever-acme', 'job-implied', '2030-01-05T09:00:00.000Z', 'implied');
    posting.enrichment = {
      ...posting.enrichment,
      adLanguage: 'da',
      impliedLanguage: 'da',
      requiredLanguages: [],
      evidence: [
        { field: 'impliedLanguage', value: 'da', quote: posting.title, rule: 'ad language, no language stated' },
        { field: 'requiredOneOf', value: 'da', quote: 'Du taler dansk eller norsk', rule: 'one of' },
      ],
    };
    await store.savePosting(posting);
    const [stored] = await store.getPostings([posting.id]);
    expect(stored).toEqual({
      ...posting,
      enrichment: {
        ...posting.enrichment,
        evidence: [{ field: 'requiredOneOf', value: 'da', quote: 'Du taler dansk eller norsk', rule: 'one of' }],
      },
    });
    expect(stored?.enrichment).toMatchObject({ impliedLanguage: 'da', requiredLanguages: [] });
  });

  it('reports the same content under another id as a duplicate naming the first id', async () => {
    const first = postingOf(1, 'lever-acme', 'job-2', '2030-01-05T09:00:00.000Z', 'dup');
    const repost = postingOf(1, 'greenhouse-acme', 'gh-77', '2030-01-06T09:00:00.000Z', 'dup');
    expect(repost.id).not.toBe(first.id);

    await store.savePosting(first);
    expect(await store.savePosting(repost)).toEqual({ outcome: 'duplicate', postingId: first.id });
    expect(await store.getPostings([first.id, repost.id])).toEqual([first]);
  });

  it('collapses the same content saved by two sources at once: the second waits on no posting write', async () => {
    const first = postingOf(3, 'lever-acme', 'job-3', '2030-01-05T09:00:00.000Z', 'race');
    const second = postingOf(3, 'greenhouse-acme', 'gh-3', '2030-01-05T09:00:00.000Z', 'race');
    // The first save is held just before its posting item is written, after its claims.
    let reached!: () => void;
    let release!: () => void;
    const atPostingWrite = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const holding = {
      send: async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
        if (command instanceof PutCommand && command.input.Item?.packed) {
          reached();
          await released;
        }
        return raw.send(command);
      },
    } as unknown as DynamoDBDocumentClient;
    const firstSave = new DynamoStore({ client: holding, tableName }).savePosting(first);
    await atPostingWrite;

    expect(await store.savePosting(second)).toEqual({ outcome: 'duplicate', postingId: first.id });
    release();
    expect(await firstSave).toEqual({ outcome: 'new', postingId: first.id });
    expect(await store.getPostings([first.id, second.id])).toEqual([first]);
  });

  it('completes a save that crashed between joining its title bucket and the posting write', async () => {
    const posting = postingOf(2, 'rss-jobs', 'item-9', '2030-01-05T09:00:00.000Z', 'crash');
    await raw.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...nearDuplicateKey(titleKey(posting.title)),
          postingIds: [posting.id],
          fingerprints: [posting.fingerprint.slice(0, 16)],
          urls: [''],
          version: 1,
        },
      }),
    );

    expect(await store.savePosting(posting)).toEqual({ outcome: 'new', postingId: posting.id });
    expect(await store.getPostings([posting.id])).toEqual([posting]);
  });

  it('lists the postings first seen in [since, until) across two days, oldest first', async () => {
    const before = postingOf(0, 'span', 'a', '2031-03-01T21:59:59.999Z', 'span-a');
    const lateDayOne = postingOf(1, 'span', 'b', '2031-03-01T23:30:00.000Z', 'span-b');
    const earlyDayTwo = postingOf(2, 'span', 'c', '2031-03-02T01:00:00Z', 'span-c');
    const atUntil = postingOf(3, 'span', 'd', '2031-03-02T06:00:00.000Z', 'span-d');
    for (const p of [atUntil, earlyDayTwo, before, lateDayOne]) await store.savePosting(p);

    const listed = await store.listPostingsSince(
      ['span'],
      new Date('2031-03-01T22:00:00Z'),
      new Date('2031-03-02T06:00:00Z'),
    );

    expect(listed.map((p) => p.externalId)).toEqual(['b', 'c']);
  });

  it('returns every one of more than a hundred postings asked for at once, leaving out unknown ids', async () => {
    const many = Array.from({ length: 105 }, (_, i) =>
      postingOf(i, 'bulk', `bulk-${i}`, '2030-04-01T08:00:00.000Z', `bulk-${i}`),
    );
    for (const p of many) await store.savePosting(p);

    const got = await store.getPostings([...many.map((p) => p.id), 'no-such-posting']);

    expect(got.map((p) => p.id)).toEqual(many.map((p) => p.id));
  });

  it('refuses to return a stored posting that no longer passes its schema, naming its id', async () => {
    const posting = postingOf(4, 'broken', 'x', '2030-01-05T09:00:00.000Z', 'corrupt');
    const { title: _dropped, ...withoutTitle } = posting;
    await raw.send(new PutCommand({ TableName: tableName, Item: { ...withoutTitle, ...postingKey(posting.id) } }));

    const read = store.getPostings([posting.id]);

    await expect(read).rejects.toBeInstanceOf(StoredItemError);
    await expect(read).rejects.toThrow(posting.id);
  });
});

describe('faults', () => {
  it('throws when DynamoDB throttles the write instead of losing the posting', async () => {
    // Pointed at a closed loopback port: should the mock ever let a call through, it fails here.
    const documentClient = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        region: 'eu-west-1',
        endpoint: 'http://127.0.0.1:9',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
    );
    const mock = mockClient(documentClient);
    mock.on(GetCommand).resolves({});
    mock.on(QueryCommand).resolves({ Items: [] });
    mock
      .on(PutCommand)
      .rejects(new ProvisionedThroughputExceededException({ message: 'Rate exceeded', $metadata: {} }));
    const throttled = new DynamoStore({ client: documentClient, tableName });

    await expect(
      throttled.savePosting(postingOf(0, 'lever-acme', 'job-throttled', '2030-01-05T09:00:00.000Z')),
    ).rejects.toBeInstanceOf(ProvisionedThroughputExceededException);
    mock.restore();
  });
});
