import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../../../shared/adapters/dynamo/dynamo-store';
import {
  legacyPostingId,
  legacyPostingKey,
  nearDuplicateKey,
  openSinceKey,
  postingKey,
} from '../../../shared/adapters/dynamo/keys';
import { ensureTable } from '../../../shared/adapters/dynamo/table-definition';
import { nearDuplicateKey as titleKey } from '../../../shared/posting/near-duplicate';
import { type Posting, unknownEnrichment } from '../../../shared/posting/posting';
import { postingFingerprint, postingId } from '../../../shared/posting/posting-identity';
import { seedsDir } from '../../support/fixtures';
import { startTestDynamo } from '../../support/test-dynamo';

// The store's side of dedup and closing: the same address, in-place updates, open postings per source.
const seed = (file: string) => readFileSync(path.join(seedsDir, file), 'utf8');

function postingOf(
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

let dynamo: Awaited<ReturnType<typeof startTestDynamo>>;
let store: DynamoStore;
let raw: ReturnType<typeof createDynamoClients>['documentClient'];
const getItem = async (key: { PK: string; SK: string }) =>
  (await raw.send(new GetCommand({ TableName: dynamo.tableName, Key: key, ConsistentRead: true }))).Item;

beforeAll(async () => {
  dynamo = await startTestDynamo();
  const options = { endpoint: dynamo.endpoint, region: 'eu-west-1' };
  const clients = createDynamoClients(options);
  await ensureTable(clients.client, dynamo.tableName);
  raw = clients.documentClient;
  store = DynamoStore.fromEndpoint({ ...options, tableName: dynamo.tableName });
});

afterAll(async () => {
  await dynamo?.close();
});

describe('saving a posting again', () => {
  it('rewrites it in place when its text changed, keeping when it was first seen', async () => {
    const first = postingOf('acme', 'j1', { title: 'Dutch billing', text: seed('003_2eab9346ffdadcc4.txt') });
    await store.savePosting(first);
    const edited = {
      ...first,
      text: `${first.text}\nStart date: June.`,
      firstSeenAt: '2031-02-01T10:00:00.000Z',
      lastSeenAt: '2031-02-01T10:00:00.000Z',
    };

    expect(await store.savePosting(edited)).toEqual({
      outcome: 'updated',
      postingId: first.id,
      firstSeenAt: first.firstSeenAt,
    });
    const [stored] = await store.getPostings([first.id]);
    expect(stored?.text).toContain('Start date: June.');
    expect(stored?.firstSeenAt).toBe(first.firstSeenAt);
    expect(stored?.lastSeenAt).toBe('2031-02-01T10:00:00.000Z');
    expect(await store.savePosting(edited)).toEqual({
      outcome: 'seen',
      postingId: first.id,
      firstSeenAt: first.firstSeenAt,
    });
  });
});

describe('the same job at the same address', () => {
  it('is a duplicate behind a tracking link, whatever the board wrote and however it decorated the title', async () => {
    const url = 'https://jobs.example.com/acme/42';
    const original = postingOf('acme', 'j42', {
      title: 'Danish back office',
      text: seed('002_e26d09193e706b28.txt'),
      url,
    });
    const tracked = postingOf('board', 'b42', {
      title: 'Danish Back-Office (Remote)',
      text: 'A short teaser that differs from the original ad.',
      url: `${url}?utm_source=board&fbclid=x`,
    });
    await store.savePosting(original);

    expect(await store.savePosting(tracked)).toEqual({ outcome: 'duplicate', postingId: original.id });
    expect(await store.getPostings([tracked.id])).toEqual([]);
  });

  it('is not taken for another job under the same title at another address', async () => {
    const a = postingOf('acme', 'j43', {
      title: 'Back office',
      text: 'Danish invoices.',
      url: 'https://a.example.com/1',
    });
    const b = postingOf('board', 'b43', {
      title: 'Back office',
      text: 'Dutch payroll.',
      url: 'https://b.example.com/2',
    });

    expect((await store.savePosting(a)).outcome).toBe('new');
    expect((await store.savePosting(b)).outcome).toBe('new');
  });

  it('is not taken for another job of the same source behind the same generic link', async () => {
    const careers = 'https://acme.example.com/careers';
    const a = postingOf('acme-feed', 'f1', { title: 'Back office', text: 'Swedish refunds.', url: careers });
    const b = postingOf('acme-feed', 'f2', { title: 'Back office', text: 'Finnish tax forms.', url: careers });

    expect((await store.savePosting(a)).outcome).toBe('new');
    expect((await store.savePosting(b)).outcome).toBe('new');
  });

  it("completes a save that crashed after joining its title's bucket", async () => {
    const url = 'https://jobs.example.com/acme/77';
    const posting = postingOf('acme', 'j77', { title: 'Norwegian care', text: seed('000_1749e7e31bab95be.txt'), url });
    await raw.send(
      new PutCommand({
        TableName: dynamo.tableName,
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
  });
});

describe("a title's bucket", () => {
  it('finds an exact copy and a copy at the same address after dozens of postings under the same title', async () => {
    const title = 'Popular support title';
    const url = 'https://jobs.example.com/popular/1';
    const original = postingOf('popular-first', 'o1', { title, text: seed('000_1749e7e31bab95be.txt'), url });
    expect((await store.savePosting(original)).outcome).toBe('new');
    for (let i = 0; i < 35; i++) {
      const text = Array.from({ length: 40 }, (_, j) => `word${i}x${j}`).join(' ');
      expect((await store.savePosting(postingOf('popular-many', `m${i}`, { title, text }))).outcome).toBe('new');
    }

    const copy = postingOf('popular-board', 'c1', { title, text: original.text });
    expect(await store.savePosting(copy)).toEqual({ outcome: 'duplicate', postingId: original.id });
    const linked = postingOf('popular-news', 'n1', { title, text: 'A short teaser.', url: `${url}?utm_source=news` });
    expect(await store.savePosting(linked)).toEqual({ outcome: 'duplicate', postingId: original.id });

    // Pages of at most ten, each under one KB: joining the bucket stays one write unit.
    const { Items = [] } = await raw.send(
      new QueryCommand({
        TableName: dynamo.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': nearDuplicateKey(titleKey(title)).PK },
      }),
    );
    expect(Items.length).toBeGreaterThanOrEqual(4);
    for (const page of Items) {
      expect((page.postingIds as string[]).length).toBeLessThanOrEqual(10);
      expect(Buffer.byteLength(JSON.stringify(page))).toBeLessThan(1024);
    }
  });
});

describe('open postings of a source', () => {
  it('lists what the source stored, and closing marks them closed and drops them from the list', async () => {
    const a = postingOf('closer', 'a', { title: 'Portuguese support A', text: seed('001_d53701c465218936.txt') });
    const b = postingOf('closer', 'b', { title: 'Norwegian guide B', text: seed('004_0fc16f87b38e3819.txt') });
    for (const p of [a, b]) await store.savePosting(p);
    expect((await store.listOpenPostingIds('closer')).sort()).toEqual([a.id, b.id].sort());

    const at = new Date('2031-03-01T00:00:00.000Z');
    expect(await store.closePostings('closer', [b.id], at)).toBe(1);

    expect(await store.listOpenPostingIds('closer')).toEqual([a.id]);
    expect((await store.getPostings([b.id]))[0]).toMatchObject({ status: 'closed', closedAt: at.toISOString() });
    expect(await store.closePostings('closer', [b.id], at)).toBe(0);
  });

  it('a closed posting listed again is open again', async () => {
    const b = postingOf('closer', 'b', { title: 'Norwegian guide B', text: seed('004_0fc16f87b38e3819.txt') });
    expect(await store.savePosting(b)).toEqual({ outcome: 'updated', postingId: b.id, firstSeenAt: b.firstSeenAt });
    expect((await store.getPostings([b.id]))[0]?.status).toBe('open');
    expect(await store.listOpenPostingIds('closer')).toContain(b.id);
  });

  it('a repost of a closed job is a new posting, not a duplicate of the closed one', async () => {
    const text = seed('003_2eab9346ffdadcc4.txt');
    const old = postingOf('rehire', 'old', { title: 'Billing specialist', text });
    await store.savePosting(old);
    await store.closePostings('rehire', [old.id], new Date('2031-03-01T00:00:00.000Z'));

    const repost = postingOf('rehire', 'new', { title: 'Billing specialist', text: `${text}\nNew intake in May.` });
    expect(await store.savePosting(repost)).toEqual({ outcome: 'new', postingId: repost.id });
  });

  it('lists only open postings of the sources asked for, first seen in the window, and not once closed', async () => {
    const at = (externalId: string, sourceId: string, firstSeenAt: string) => ({
      ...postingOf(sourceId, externalId, {
        title: `Window ${externalId}`,
        text: `${seed('000_1749e7e31bab95be.txt')}${externalId}`,
      }),
      firstSeenAt,
      lastSeenAt: firstSeenAt,
    });
    const kept = at('w1', 'window', '2031-05-01T10:00:00.000Z');
    const closedLater = at('w2', 'window', '2031-05-01T11:00:00.000Z');
    const otherSource = at('w3', 'elsewhere', '2031-05-01T12:00:00.000Z');
    const tooEarly = at('w4', 'window', '2031-04-30T10:00:00.000Z');
    for (const p of [kept, closedLater, otherSource, tooEarly]) await store.savePosting(p);
    await store.closePostings('window', [closedLater.id], new Date('2031-05-02T00:00:00.000Z'));

    const listed = await store.listPostingsSince(
      ['window'],
      new Date('2031-05-01T00:00:00.000Z'),
      new Date('2031-05-03T00:00:00.000Z'),
    );

    expect(listed.map((p) => p.id)).toEqual([kept.id]);
  });

  it('a save retried after a crash with a later time is one open posting, dropped whole on close', async () => {
    const crashed = postingOf('retry', 'r1', { title: 'Retried save', text: seed('002_e26d09193e706b28.txt') });
    await raw.send(
      new PutCommand({
        TableName: dynamo.tableName,
        Item: { ...nearDuplicateKey(titleKey(crashed.title)), postingIds: [crashed.id], version: 1 },
      }),
    );
    const retried = { ...crashed, firstSeenAt: '2031-01-01T10:05:00.000Z', lastSeenAt: '2031-01-01T10:05:00.000Z' };
    expect(await store.savePosting(retried)).toEqual({ outcome: 'new', postingId: crashed.id });

    expect(await store.listOpenPostingIds('retry')).toEqual([crashed.id]);
    const window = [new Date('2031-01-01T00:00:00.000Z'), new Date('2031-01-02T00:00:00.000Z')] as const;
    expect((await store.listPostingsSince(['retry'], ...window)).map((p) => p.firstSeenAt)).toEqual([
      retried.firstSeenAt,
    ]);
    expect(await store.closePostings('retry', [crashed.id], new Date('2031-01-03T00:00:00.000Z'))).toBe(1);
    expect(await store.listOpenPostingIds('retry')).toEqual([]);
  });

  it('a closed posting is due to expire, and reopening it keeps it', async () => {
    const p = postingOf('expiry', 'e1', { title: 'Expiring', text: seed('003_2eab9346ffdadcc4.txt') });
    await store.savePosting(p);
    await store.closePostings('expiry', [p.id], new Date('2031-03-01T00:00:00.000Z'));
    expect((await getItem(postingKey(p.id)))?.expiresAt).toBe(Date.parse('2031-03-31T00:00:00.000Z') / 1000);

    expect((await store.savePosting(p)).outcome).toBe('updated');
    expect(await getItem(postingKey(p.id))).not.toHaveProperty('expiresAt');
  });

  it('a job listed again after its closed posting expired is stored anew under the same id', async () => {
    const p = postingOf('expired', 'e2', { title: 'Expired', text: seed('002_e26d09193e706b28.txt') });
    await store.savePosting(p);
    await store.closePostings('expired', [p.id], new Date('2031-03-01T00:00:00.000Z'));
    // What DynamoDB's TTL does a month later; the title bucket still names the posting.
    await raw.send(new DeleteCommand({ TableName: dynamo.tableName, Key: postingKey(p.id) }));

    expect(await store.savePosting(p)).toEqual({ outcome: 'new', postingId: p.id });
    expect(await store.listOpenPostingIds('expired')).toEqual([p.id]);
  });
});

describe("a source's stored postings", () => {
  it('are listed by id, open and closed, and a save against the listing leaves, updates or reopens each', async () => {
    const a = postingOf('listing', 'a', { title: 'Listed A', text: seed('001_d53701c465218936.txt') });
    const b = postingOf('listing', 'b', { title: 'Listed B', text: seed('004_0fc16f87b38e3819.txt') });
    for (const p of [a, b]) await store.savePosting(p);
    await store.closePostings('listing', [b.id], new Date('2031-02-01T00:00:00.000Z'));

    const known = await store.listSourcePostings('listing');
    expect([...known.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(known.get(b.id)?.status).toBe('closed');

    expect(await store.savePosting(a, known.get(a.id))).toEqual({
      outcome: 'seen',
      postingId: a.id,
      firstSeenAt: a.firstSeenAt,
    });
    const edited = { ...a, text: `${a.text}\nTwo openings.` };
    expect((await store.savePosting(edited, known.get(a.id))).outcome).toBe('updated');
    expect((await store.getPostings([a.id]))[0]?.text).toBe(edited.text);
    expect((await store.savePosting(b, known.get(b.id))).outcome).toBe('updated');
    expect((await store.getPostings([b.id]))[0]?.status).toBe('open');
  });
});

describe('postings stored before ids named their source', () => {
  // Then a posting's id was the hash alone, its item "POSTING#<hash>", listed by an OPEN# or OPENED#
  // item and, before those, by GSI1.
  const legacyOf = (p: Posting) => ({ ...p, id: legacyPostingId(p.id) as string });
  const putLegacy = async (p: Posting, extra: Record<string, unknown> = {}) => {
    const legacy = legacyOf(p);
    await raw.send(
      new PutCommand({ TableName: dynamo.tableName, Item: { ...legacy, ...legacyPostingKey(legacy.id), ...extra } }),
    );
    return legacy;
  };

  it("are found by today's id of the same job: seen, not new, and matched by their old id", async () => {
    const job = postingOf('legacy', 'l0', { title: 'Legacy seen', text: seed('002_e26d09193e706b28.txt') });
    const legacy = await putLegacy(job);

    expect(await store.savePosting(job)).toEqual({
      outcome: 'seen',
      postingId: legacy.id,
      firstSeenAt: legacy.firstSeenAt,
    });
    expect(await getItem(postingKey(job.id))).toBeUndefined();
    expect((await store.getPostings([legacy.id]))[0]?.title).toBe('Legacy seen');
  });

  it("are listed open through their membership item by today's id, and closing drops it", async () => {
    const job = postingOf('legacy', 'l1', { title: 'Legacy listing', text: seed('004_0fc16f87b38e3819.txt') });
    const legacy = await putLegacy(job, { GSI1PK: 'POSTED#2031-01-01', GSI1SK: `${job.firstSeenAt}#${job.id}` });
    const membership = { PK: 'SOURCE#legacy', SK: `OPEN#${legacy.id}` };
    await raw.send(new PutCommand({ TableName: dynamo.tableName, Item: { ...membership, postingId: legacy.id } }));

    expect(await store.listOpenPostingIds('legacy')).toEqual([job.id]);
    expect((await store.listSourcePostings('legacy')).get(job.id)?.id).toBe(legacy.id);
    expect(await store.closePostings('legacy', [job.id], new Date('2031-01-05T00:00:00.000Z'))).toBe(1);

    expect(await store.listOpenPostingIds('legacy')).toEqual([]);
    expect(await getItem(membership)).toBeUndefined();
    expect((await store.getPostings([legacy.id]))[0]?.status).toBe('closed');
  });

  it('are listed open through their open-since item', async () => {
    const job = postingOf('legacy-since', 's1', { title: 'Legacy since', text: seed('000_1749e7e31bab95be.txt') });
    const legacy = await putLegacy(job);
    await raw.send(new PutCommand({ TableName: dynamo.tableName, Item: openSinceKey(legacy) }));

    expect(await store.listOpenPostingIds('legacy-since')).toEqual([job.id]);
    const window = [new Date('2031-01-01T00:00:00.000Z'), new Date('2031-01-02T00:00:00.000Z')] as const;
    expect((await store.listPostingsSince(['legacy-since'], ...window)).map((p) => p.id)).toEqual([legacy.id]);
  });

  it('stay listed by the day they were first seen when their text changes', async () => {
    const job = postingOf('legacy', 'l2', { title: 'Legacy edited', text: seed('001_d53701c465218936.txt') });
    const legacy = await putLegacy(job, {
      GSI1PK: 'POSTED#2031-01-01',
      GSI1SK: `${job.firstSeenAt}#${legacyPostingId(job.id)}`,
    });
    const edited = { ...job, text: `${job.text}\nNow hiring two.`, lastSeenAt: '2031-01-04T10:00:00.000Z' };
    expect(await store.savePosting(edited)).toMatchObject({ outcome: 'updated', postingId: legacy.id });

    const window = [new Date('2031-01-01T00:00:00.000Z'), new Date('2031-01-02T00:00:00.000Z')] as const;
    expect((await store.listPostingsSince(['legacy'], ...window)).map((p) => p.text)).toEqual([edited.text]);
  });
});
