import { randomBytes } from 'node:crypto';
import { DynamoDBServiceException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../../../shared/adapters/dynamo/dynamo-store';
import { postingKey } from '../../../shared/adapters/dynamo/keys';
import { ensureTable } from '../../../shared/adapters/dynamo/table-definition';
import { createLogger } from '../../../shared/adapters/log/logger';
import { noMetrics } from '../../../shared/adapters/metrics/emf-metrics';
import { createJsonfeedSource } from '../../../shared/adapters/sources/jsonfeed-source';
import { PostingRefusedError } from '../../../shared/ports/posting-refused-error';
import { type Posting, unknownEnrichment } from '../../../shared/posting/posting';
import { postingId } from '../../../shared/posting/posting-identity';
import { pollSource } from '../../../shared/use-cases/poll-source';
import type { PollSummary } from '../../../shared/use-cases/poll-sources';
import { startLoopbackServer } from '../../support/loopback-server';
import { startTestDynamo } from '../../support/test-dynamo';
import { startPollHarness } from './poll-harness';

// One broken posting must not stop its source: a feed served over loopback whose middle items are
// 600 KB of text and HTML nested 3,000 deep, polled by the local composition on dynalite.
const ad = (role: string) =>
  `<p>We are hiring a ${role} in Oslo.</p><h3>Requirements</h3><ul><li>Fluent Norwegian</li><li>Three years of experience</li></ul><p>Apply with your CV.</p>`;
const words = (bytes: number) =>
  Array.from({ length: Math.ceil(bytes / 9) }, () => randomBytes(6).toString('base64'))
    .join(' ')
    .slice(0, bytes);
const item = (id: string, title: string, html: string) => ({
  id,
  title,
  url: `https://jobs.example.org/${id}`,
  content_html: html,
});

const feedOf = (items: unknown[]) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Jobs', items });

let harness: Awaited<ReturnType<typeof startPollHarness>>;
let feed: Awaited<ReturnType<typeof startLoopbackServer>>;

beforeAll(async () => {
  harness = await startPollHarness();
  feed = await startLoopbackServer();
  harness.addSource({ id: 'board', type: 'jsonfeed', url: feed.url('/feed.json') });
});

afterAll(async () => {
  await feed?.close();
  await harness?.close();
});

describe('a feed with one huge and one deeply nested posting', () => {
  it('stores the others, the deep one with its text, and names the huge one with its reason', async () => {
    const deep = `${'<div>'.repeat(3_000)}${ad('data engineer')}${'</div>'.repeat(3_000)}`;
    const items = [
      item('first', 'Backend developer', ad('backend developer')),
      item('huge', 'Huge ad', `${ad('tester')}<p>${words(600 * 1024)}</p>`),
      item('deep', 'Data engineer', deep),
      item('last', 'Frontend developer', ad('frontend developer')),
    ];
    feed.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/feed+json' }).end(feedOf(items)));

    const summary: PollSummary = await harness.poll('board');

    const report = summary.sources.find((s) => s.id === 'board');
    expect(report).toMatchObject({ ok: true, parsed: 3, new: 3, rejected: 1 });
    expect(report?.errors).toEqual([expect.stringMatching(/posting 1 \(huge\): text: over 100,000 characters \(\d/)]);
    const [stored] = await harness.deps.postings.getPostings([postingId({ sourceId: 'board', externalId: 'deep' })]);
    expect(stored?.text).toContain('We are hiring a data engineer in Oslo.');
    expect(stored?.enrichment.requiredLanguages).toEqual([{ code: 'no', level: 'fluent' }]);
  });
});

describe('a posting the store refuses', () => {
  let dynamo: Awaited<ReturnType<typeof startTestDynamo>>;
  let store: DynamoStore;
  let refuseSk: string | undefined;

  beforeAll(async () => {
    dynamo = await startTestDynamo();
    const { client, documentClient } = createDynamoClients({ endpoint: dynamo.endpoint, region: 'us-east-1' });
    await ensureTable(client, dynamo.tableName);
    // The fault: DynamoDB answers ValidationException for one posting's item, as it does for an
    // item over 400 KB.
    documentClient.middlewareStack.add(
      (next) => async (args) => {
        const put = args.input as { Item?: { SK?: unknown } };
        if (refuseSk !== undefined && put.Item?.SK === refuseSk) {
          throw new DynamoDBServiceException({
            name: 'ValidationException',
            $fault: 'client',
            $metadata: {},
            message: 'Item size has exceeded the maximum allowed size',
          });
        }
        return next(args);
      },
      { step: 'initialize' },
    );
    store = new DynamoStore({ client: documentClient, tableName: dynamo.tableName });
  });

  afterAll(async () => {
    await dynamo?.close();
  });

  it('rejects that posting with DynamoDB’s reason and stores the rest of the source', async () => {
    refuseSk = postingKey(postingId({ sourceId: 'board', externalId: 'second' })).SK;
    const items = ['first', 'second', 'third'].map((id) => item(id, `Developer ${id}`, ad(`developer ${id}`)));
    feed.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/feed+json' }).end(feedOf(items)));
    const sent: { postingIds: string[] }[] = [];
    const source = createJsonfeedSource(
      { id: 'board', type: 'jsonfeed', url: feed.url('/feed.json') },
      { baseDir: '.' },
    );
    const deps = {
      sourceStates: store,
      postings: store,
      matchQueue: { send: async (jobs: { postingIds: string[] }[]) => void sent.push(...jobs) },
      clock: () => new Date('2031-05-04T08:00:00.000Z'),
      log: createLogger('silent'),
      metrics: noMetrics,
    };

    const { summary } = await pollSource(deps, source);

    expect(summary).toMatchObject({ ok: true, new: 2, rejected: 1 });
    expect(summary.errors).toEqual(['second: refused by DynamoDB: Item size has exceeded the maximum allowed size']);
    expect(sent.flatMap((j) => j.postingIds)).toHaveLength(2);
  });

  it('refuses a posting whose packed item would be over 400 KB before writing anything', async () => {
    refuseSk = undefined;
    const posting: Posting = {
      sourceId: 'board',
      externalId: 'vast',
      id: postingId({ sourceId: 'board', externalId: 'vast' }),
      title: 'Vast',
      text: randomBytes(450 * 1024).toString('base64'),
      fingerprint: 'f',
      enrichment: unknownEnrichment(true, 'en'),
      status: 'open',
      firstSeenAt: '2031-05-04T08:00:00.000Z',
      lastSeenAt: '2031-05-04T08:00:00.000Z',
    };
    await expect(store.savePosting(posting)).rejects.toThrow(PostingRefusedError);
    await expect(store.savePosting(posting)).rejects.toThrow(
      /too large to store: \d+ KB packed, over DynamoDB's 400 KB/,
    );
    expect(await store.getPostings([posting.id])).toEqual([]);
  });
});
