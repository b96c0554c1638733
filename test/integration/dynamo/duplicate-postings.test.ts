import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { nearDuplicateKey } from '../../../shared/adapters/dynamo/keys';
import { nearDuplicateKey as titleKey } from '../../../shared/posting/near-duplicate';
import { postingOf, seed, useTestStore } from '../../support/test-store';

// The store's side of dedup: the same job at the same address, and a title's bucket as it fills.
const t = useTestStore();

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
    await t.store.savePosting(original);

    expect(await t.store.savePosting(tracked)).toEqual({ outcome: 'duplicate', postingId: original.id });
    expect(await t.store.getPostings([tracked.id])).toEqual([]);
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

    expect((await t.store.savePosting(a)).outcome).toBe('new');
    expect((await t.store.savePosting(b)).outcome).toBe('new');
  });

  it('is not taken for another job of the same source behind the same generic link', async () => {
    const careers = 'https://acme.example.com/careers';
    const a = postingOf('acme-feed', 'f1', { title: 'Back office', text: 'Swedish refunds.', url: careers });
    const b = postingOf('acme-feed', 'f2', { title: 'Back office', text: 'Finnish tax forms.', url: careers });

    expect((await t.store.savePosting(a)).outcome).toBe('new');
    expect((await t.store.savePosting(b)).outcome).toBe('new');
  });

  it("completes a save that crashed after joining its title's bucket", async () => {
    const url = 'https://jobs.example.com/acme/77';
    const posting = postingOf('acme', 'j77', { title: 'Norwegian care', text: seed('000_1749e7e31bab95be.txt'), url });
    await t.raw.send(
      new PutCommand({
        TableName: t.tableName,
        Item: {
          ...nearDuplicateKey(titleKey(posting.title)),
          postingIds: [posting.id],
          fingerprints: [posting.fingerprint.slice(0, 16)],
          urls: [''],
          version: 1,
        },
      }),
    );

    expect(await t.store.savePosting(posting)).toEqual({ outcome: 'new', postingId: posting.id });
  });
});

describe("a title's bucket", () => {
  it('finds an exact copy and a copy at the same address after dozens of postings under the same title', async () => {
    const title = 'Popular support title';
    const url = 'https://jobs.example.com/popular/1';
    const original = postingOf('popular-first', 'o1', { title, text: seed('000_1749e7e31bab95be.txt'), url });
    expect((await t.store.savePosting(original)).outcome).toBe('new');
    for (let i = 0; i < 35; i++) {
      const text = Array.from({ length: 40 }, (_, j) => `word${i}x${j}`).join(' ');
      expect((await t.store.savePosting(postingOf('popular-many', `m${i}`, { title, text }))).outcome).toBe('new');
    }

    const copy = postingOf('popular-board', 'c1', { title, text: original.text });
    expect(await t.store.savePosting(copy)).toEqual({ outcome: 'duplicate', postingId: original.id });
    const linked = postingOf('popular-news', 'n1', { title, text: 'A short teaser.', url: `${url}?utm_source=news` });
    expect(await t.store.savePosting(linked)).toEqual({ outcome: 'duplicate', postingId: original.id });

    // Pages of at most ten, each under one KB: joining the bucket stays one write unit.
    const { Items = [] } = await t.raw.send(
      new QueryCommand({
        TableName: t.tableName,
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
