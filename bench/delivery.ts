import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { SQSEvent } from 'aws-lambda';
import { makeDigestSenderHandler } from '../functions/digest-sender/handler';
import { createDynamoClients } from '../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../shared/adapters/dynamo/dynamo-store';
import { ensureTable } from '../shared/adapters/dynamo/table-definition';
import { SesMailer } from '../shared/adapters/ses/ses-mailer';
import type { Posting } from '../shared/posting/posting';
import type { Deps } from '../shared/use-cases/deps';
import { startSesStandIn } from './ses-stand-in';

export interface DeliveryFigures {
  configuredRate: number;
  achievedRate: number;
  throttled: number;
  duplicates: number;
  lost: number;
}

const dynaliteBin = fileURLToPath(new URL('../node_modules/dynalite/cli.js', import.meta.url));

/** dynalite in its own process, so the store does not share the senders' one core. */
async function startDynaliteProcess(): Promise<{ endpoint: string; process: ChildProcess }> {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  const child = spawn(
    process.execPath,
    [dynaliteBin, '--port', String(port), '--host', '127.0.0.1', '--createTableMs', '0'],
    {
      stdio: 'ignore',
    },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(endpoint).then(
        () => true,
        () => false,
      )
    )
      return { endpoint, process: child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('dynalite did not start');
}

/** Digest senders running at once: the stack's maxConcurrency for the digest queue. */
const senders = 2;

const silent = { debug() {}, info() {}, warn() {}, error() {} };

function posting(now: Date): Posting {
  const at = now.toISOString();
  return {
    sourceId: 'bench',
    externalId: 'delivery-1',
    title: 'Norwegian-speaking support agent',
    text: 'Customer support in Norwegian, remote within Portugal.',
    company: 'Example',
    url: 'https://jobs.example.com/delivery-1',
    id: 'bench-delivery-posting',
    fingerprint: 'bench-delivery-fingerprint',
    enrichment: {
      isPosting: true,
      adLanguage: 'en',
      impliedLanguage: null,
      requiredLanguages: [{ code: 'no', level: null }],
      requiredOneOf: [],
      optionalLanguages: [],
      countries: ['PT'],
      cities: [],
      remote: 'onsite',
      remoteRegion: null,
      deadline: null,
      evidence: [],
    },
    status: 'open',
    firstSeenAt: at,
    lastSeenAt: at,
  } as Posting;
}

/** What the benchmarks' digests are sent with (links, sender, signing key, limits). */
export const benchSettings = {
  siteUrl: 'https://jobs.example.com',
  sender: 'alerts@example.com',
  tokenKey: 'bench-token-key-bench-token-key-bench-token-key',
  backfillDays: 30,
  maxPostingsPerDigest: 50,
};

/**
 * Sends `digests` digests through the real digest-sender handler (SQS batches of 10, its pacer
 * at `ratePerSecond`, the real use case on dynalite, the real SES adapter without SDK retries)
 * against a stand-in that throttles above that same rate; every digest job is also delivered a
 * second time (SQS is at-least-once). Counts emails per subscriber at the stand-in.
 */
export async function benchDelivery(options: { digests: number; ratePerSecond: number }): Promise<DeliveryFigures> {
  const dynamo = await startDynaliteProcess();
  const ses = await startSesStandIn({ ratePerSecond: options.ratePerSecond });
  try {
    const endpoint = dynamo.endpoint;
    const { client, documentClient } = createDynamoClients({ endpoint, region: 'eu-west-1' });
    const tableName = 'jobalert-delivery-bench';
    await ensureTable(client, tableName);
    const now = new Date();
    const store = new DynamoStore({ client: documentClient, tableName, now: () => new Date() });
    const p = posting(now);
    await store.savePosting(p);
    const ids = Array.from({ length: options.digests }, (_, i) => `bench-${String(i).padStart(6, '0')}`);
    for (const id of ids) {
      await store.createSubscriber({
        id,
        email: `${id}@example.com`,
        status: 'active',
        criteria: { languages: ['no'], countries: ['PT'], remote: false, keywords: [] },
        frequency: 'daily',
        hour: 8,
        timeZone: 'Europe/Lisbon',
        locale: 'en',
        createdAt: now.toISOString(),
      });
      await store.addMatch({
        subscriberId: id,
        postingId: p.id,
        postedAt: p.firstSeenAt,
        matchedAt: now.toISOString(),
        reason: { languages: ['no'], impliedLanguage: null, countries: ['PT'], remoteRegion: null, keywords: [] },
      });
    }
    const mailer = SesMailer.fromEndpoint({ endpoint: ses.url, region: 'eu-west-1', maxAttempts: 1 });
    const deps = {
      postings: store,
      subscribers: store,
      matches: store,
      mailer,
      settings: {
        ...benchSettings,
        // Each of the two senders paces at its share, as the stack sets SES_RATE_PER_SECOND.
        sesRatePerSecond: options.ratePerSecond / senders,
      },
      clock: () => new Date(),
      log: silent,
    } as unknown as Deps;
    const handlers = Array.from({ length: senders }, () => makeDigestSenderHandler(async () => deps));

    // Every job twice, in separate batches, like a redelivered SQS message.
    const jobs = [...ids, ...ids].map((subscriberId, i) => ({
      messageId: `m-${i}`,
      body: JSON.stringify({ subscriberId, digestId: 'daily-bench' }),
    }));
    const batches: (typeof jobs)[] = [];
    for (let i = 0; i < jobs.length; i += 10) batches.push(jobs.slice(i, i + 10));
    // Two senders at once (the stack's maxConcurrency), each its own pacer at half the rate.
    let pending = batches.map((b) => b);
    for (let receive = 1; receive <= 5 && pending.length > 0; receive++) {
      const failed: (typeof jobs)[] = [];
      let next = 0;
      await Promise.all(
        handlers.map(async (handler) => {
          while (next < pending.length) {
            const batch = pending[next++]!;
            const event = { Records: batch.map((r) => ({ messageId: r.messageId, body: r.body })) } as SQSEvent;
            const out = await handler(event, {} as never);
            const again = new Set(out.batchItemFailures.map((f) => f.itemIdentifier));
            if (again.size > 0) failed.push(batch.filter((r) => again.has(r.messageId)));
          }
        }),
      );
      pending = failed;
    }
    const perSubscriber = new Map<string, number>();
    for (const e of ses.accepted) {
      const to = e.to[0] ?? '';
      perSubscriber.set(to, (perSubscriber.get(to) ?? 0) + 1);
    }
    const duplicates = [...perSubscriber.values()].reduce((n, c) => n + (c - 1), 0);
    const lost = ids.filter((id) => !perSubscriber.has(`${id}@example.com`)).length;
    const first = ses.accepted[0]?.at ?? 0;
    const last = ses.accepted.at(-1)?.at ?? 0;
    // The rate while sending: n emails span n-1 intervals.
    const achievedRate = ses.accepted.length > 1 ? ((ses.accepted.length - 1) * 1000) / (last - first) : 0;
    return {
      configuredRate: options.ratePerSecond,
      achievedRate: Math.round(achievedRate * 10) / 10,
      throttled: ses.throttled,
      duplicates,
      lost,
    };
  } finally {
    await ses.close();
    dynamo.process.kill();
  }
}
