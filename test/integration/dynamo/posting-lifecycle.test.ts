import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { nearDuplicateKey, postingKey } from '../../../shared/adapters/dynamo/keys';
import { nearDuplicateKey as titleKey } from '../../../shared/posting/near-duplicate';
import { postingOf, seed, useTestStore } from '../../support/test-store';

// The store's side of dedup and closing: the same address, in-place updates, open postings per source.
const t = useTestStore();

describe('saving a posting again', () => {
  it('rewrites it in place when its text changed, keeping when it was first seen', async () => {
    const first = postingOf('acme', 'j1', { title: 'Dutch billing', text: seed('003_2eab9346ffdadcc4.txt') });
    await t.store.savePosting(first);
    const edited = {
      ...first,
      text: `${first.text}\nStart date: June.`,
      firstSeenAt: '2031-02-01T10:00:00.000Z',
      lastSeenAt: '2031-02-01T10:00:00.000Z',
    };

    expect(await t.store.savePosting(edited)).toEqual({
      outcome: 'updated',
      postingId: first.id,
      firstSeenAt: first.firstSeenAt,
    });
    const [stored] = await t.store.getPostings([first.id]);
    expect(stored?.text).toContain('Start date: June.');
    expect(stored?.firstSeenAt).toBe(first.firstSeenAt);
    expect(stored?.lastSeenAt).toBe('2031-02-01T10:00:00.000Z');
    expect(await t.store.savePosting(edited)).toEqual({
      outcome: 'seen',
      postingId: first.id,
      firstSeenAt: first.firstSeenAt,
    });
  });
});

describe('open postings of a source', () => {
  it('lists what the source stored, and closing marks them closed and drops them from the list', async () => {
    const a = postingOf('closer', 'a', { title: 'Portuguese support A', text: seed('001_d53701c465218936.txt') });
    const b = postingOf('closer', 'b', { title: 'Norwegian guide B', text: seed('004_0fc16f87b38e3819.txt') });
    for (const p of [a, b]) await t.store.savePosting(p);
    expect((await t.store.listOpenPostingIds('closer')).sort()).toEqual([a.id, b.id].sort());

    const at = new Date('2031-03-01T00:00:00.000Z');
    expect(await t.store.closePostings('closer', [b.id], at)).toBe(1);

    expect(await t.store.listOpenPostingIds('closer')).toEqual([a.id]);
    expect((await t.store.getPostings([b.id]))[0]).toMatchObject({ status: 'closed', closedAt: at.toISOString() });
    expect(await t.store.closePostings('closer', [b.id], at)).toBe(0);
  });

  it('a closed posting listed again is open again', async () => {
    const b = postingOf('closer', 'b', { title: 'Norwegian guide B', text: seed('004_0fc16f87b38e3819.txt') });
    expect(await t.store.savePosting(b)).toEqual({ outcome: 'updated', postingId: b.id, firstSeenAt: b.firstSeenAt });
    expect((await t.store.getPostings([b.id]))[0]?.status).toBe('open');
    expect(await t.store.listOpenPostingIds('closer')).toContain(b.id);
  });

  it('a repost of a closed job is a new posting, not a duplicate of the closed one', async () => {
    const text = seed('003_2eab9346ffdadcc4.txt');
    const old = postingOf('rehire', 'old', { title: 'Billing specialist', text });
    await t.store.savePosting(old);
    await t.store.closePostings('rehire', [old.id], new Date('2031-03-01T00:00:00.000Z'));

    const repost = postingOf('rehire', 'new', { title: 'Billing specialist', text: `${text}\nNew intake in May.` });
    expect(await t.store.savePosting(repost)).toEqual({ outcome: 'new', postingId: repost.id });
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
    for (const p of [kept, closedLater, otherSource, tooEarly]) await t.store.savePosting(p);
    await t.store.closePostings('window', [closedLater.id], new Date('2031-05-02T00:00:00.000Z'));

    const listed = await t.store.listPostingsSince(
      ['window'],
      new Date('2031-05-01T00:00:00.000Z'),
      new Date('2031-05-03T00:00:00.000Z'),
    );

    expect(listed.map((p) => p.id)).toEqual([kept.id]);
  });

  it('a save retried after a crash with a later time is one open posting, dropped whole on close', async () => {
    const crashed = postingOf('retry', 'r1', { title: 'Retried save', text: seed('002_e26d09193e706b28.txt') });
    await t.raw.send(
      new PutCommand({
        TableName: t.tableName,
        Item: {
          ...nearDuplicateKey(titleKey(crashed.title)),
          postingIds: [crashed.id],
          fingerprints: [crashed.fingerprint.slice(0, 16)],
          urls: [''],
          version: 1,
        },
      }),
    );
    const retried = { ...crashed, firstSeenAt: '2031-01-01T10:05:00.000Z', lastSeenAt: '2031-01-01T10:05:00.000Z' };
    expect(await t.store.savePosting(retried)).toEqual({ outcome: 'new', postingId: crashed.id });

    expect(await t.store.listOpenPostingIds('retry')).toEqual([crashed.id]);
    const window = [new Date('2031-01-01T00:00:00.000Z'), new Date('2031-01-02T00:00:00.000Z')] as const;
    expect((await t.store.listPostingsSince(['retry'], ...window)).map((p) => p.firstSeenAt)).toEqual([
      retried.firstSeenAt,
    ]);
    expect(await t.store.closePostings('retry', [crashed.id], new Date('2031-01-03T00:00:00.000Z'))).toBe(1);
    expect(await t.store.listOpenPostingIds('retry')).toEqual([]);
  });

  it('a closed posting is due to expire, and reopening it keeps it', async () => {
    const p = postingOf('expiry', 'e1', { title: 'Expiring', text: seed('003_2eab9346ffdadcc4.txt') });
    await t.store.savePosting(p);
    await t.store.closePostings('expiry', [p.id], new Date('2031-03-01T00:00:00.000Z'));
    expect((await t.getItem(postingKey(p.id)))?.expiresAt).toBe(Date.parse('2031-03-31T00:00:00.000Z') / 1000);

    expect((await t.store.savePosting(p)).outcome).toBe('updated');
    expect(await t.getItem(postingKey(p.id))).not.toHaveProperty('expiresAt');
  });

  it('a job listed again after its closed posting expired is stored anew under the same id', async () => {
    const p = postingOf('expired', 'e2', { title: 'Expired', text: seed('002_e26d09193e706b28.txt') });
    await t.store.savePosting(p);
    await t.store.closePostings('expired', [p.id], new Date('2031-03-01T00:00:00.000Z'));
    // What DynamoDB's TTL does a month later; the title bucket still names the posting.
    await t.raw.send(new DeleteCommand({ TableName: t.tableName, Key: postingKey(p.id) }));

    expect(await t.store.savePosting(p)).toEqual({ outcome: 'new', postingId: p.id });
    expect(await t.store.listOpenPostingIds('expired')).toEqual([p.id]);
  });
});

describe("a source's stored postings", () => {
  it('are listed by id, open and closed, and a save against the listing leaves, updates or reopens each', async () => {
    const a = postingOf('listing', 'a', { title: 'Listed A', text: seed('001_d53701c465218936.txt') });
    const b = postingOf('listing', 'b', { title: 'Listed B', text: seed('004_0fc16f87b38e3819.txt') });
    for (const p of [a, b]) await t.store.savePosting(p);
    await t.store.closePostings('listing', [b.id], new Date('2031-02-01T00:00:00.000Z'));

    const known = await t.store.listSourcePostings('listing');
    expect([...known.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(known.get(b.id)?.status).toBe('closed');

    expect(await t.store.savePosting(a, known.get(a.id))).toEqual({
      outcome: 'seen',
      postingId: a.id,
      firstSeenAt: a.firstSeenAt,
    });
    const edited = { ...a, text: `${a.text}\nTwo openings.` };
    expect((await t.store.savePosting(edited, known.get(a.id))).outcome).toBe('updated');
    expect((await t.store.getPostings([a.id]))[0]?.text).toBe(edited.text);
    expect((await t.store.savePosting(b, known.get(b.id))).outcome).toBe('updated');
    expect((await t.store.getPostings([b.id]))[0]?.status).toBe('open');
  });
});
