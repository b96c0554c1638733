import { createDynamoClients } from '../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../shared/adapters/dynamo/dynamo-store';
import { postingItemBytes } from '../shared/adapters/dynamo/posting-items';
import { ensureTable } from '../shared/adapters/dynamo/table-definition';
import { noMetrics } from '../shared/adapters/metrics/emf-metrics';
import type { Match } from '../shared/match/match';
import { matchPosting, postingLanguages } from '../shared/match/match-posting';
import type { SendOptions } from '../shared/ports/mailer';
import type { Posting } from '../shared/posting/posting';
import type { Subscriber } from '../shared/subscriber/subscriber';
import { sendDigest } from '../shared/use-cases/send-digest';
import { meterCapacity } from './capacity-meter';
import { type DynamoFigures, monthlyCost, nationalFeedMonthlyCost } from './cost-model';
import { benchSettings } from './delivery';
import { startDynamoDbLocal } from './dynamodb-local';
import { labelledPostings } from './enrich';
import { storedPosting } from './stored-posting';

// Capacity as DynamoDB bills it, read from ReturnConsumedCapacity on AWS's DynamoDB Local (the
// same accounting as the service: 1 write unit per started KB of item, each GSI write billed by
// its projected size). dynalite does not report capacity, so without java nothing is measured.

/** The labelled real postings (../shared), enriched and stored as one source's postings. */
function realPostings(now: Date): Posting[] {
  return labelledPostings().map((d) => storedPosting(d, 'bench', now.toISOString()));
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
    // As a poll stores them: per chunk of 50, the "to match" mark first, then the postings; the
    // match step consumes the mark once they are matched (its matches are metered below).
    for (let i = 0; i < postings.length; i += 50) {
      const chunk = postings.slice(i, i + 50);
      const mark = {
        sourceId: 'bench',
        markId: `bench#${i}`,
        postingIds: chunk.map((p) => p.id),
        at: now.toISOString(),
      };
      await store.putMatchMark(mark);
      for (const p of chunk) if ((await store.savePosting(p)).outcome === 'new') saved++;
      await store.consumeMatchMark(mark);
    }
    if (meter.unreported > 0) return { notMeasured: 'capacity not measured (the engine did not report it)' };
    const wcuPerPosting = meter.write / saved;
    const rcuPerPosting = meter.read / saved;
    const storedBytesPerPosting = await storedBytes(store, postings);
    meter.reset();
    const known = await store.listSourcePostings('bench');
    for (const p of postings) if (known.has(p.id)) await store.savePosting(p, known.get(p.id));
    const rcuPerRepolledPosting = meter.read / known.size;
    meter.reset();
    // An incremental poll reads only the postings its changes name, by id, in batches.
    const named = await store.getPostings(postings.map((p) => p.id));
    const rcuPerNamedPosting = meter.read / named.length;

    meter.reset();
    // Every subscriber speaks every language and wants every country the postings name, so that
    // each digest really matches its postings (the sender checks them against the criteria).
    const criteria = {
      languages: [...new Set(postings.flatMap((p) => [...postingLanguages(p)]))],
      countries: [...new Set(postings.flatMap((p) => p.enrichment.countries))],
      remote: true,
      keywords: [],
    };
    const matching = postings.flatMap((p) => {
      const reason = matchPosting(criteria, p, now);
      return reason ? [{ posting: p, reason }] : [];
    });
    const subscribers: Subscriber[] = Array.from({ length: options.digests }, (_, i) => ({
      id: `bench-sub-${i}`,
      email: `bench-${i}@example.com`,
      status: 'active',
      criteria,
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
        const { posting: p, reason } = matching[(i + j) % matching.length] as (typeof matching)[number];
        const match: Match = {
          subscriberId: s.id,
          postingId: p.id,
          postedAt: p.firstSeenAt,
          matchedAt: now.toISOString(),
          reason,
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
      // As SES's mailer does: the sender's check right before the call is part of a digest's cost.
      mailer: {
        send: async (_email: unknown, options?: SendOptions) => {
          await options?.beforeSend?.();
          return { messageId: `bench-${Math.random()}` };
        },
      },
      settings: benchSettings,
      clock: () => now,
      metrics: noMetrics,
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
        rcuPerNamedPosting: round(rcuPerNamedPosting, 3),
        wcuPerDigest: round(wcuPerDigest),
        postingsSaved: saved,
        matches,
        digests,
        postingsPerDigest: options.postingsPerDigest,
        storedBytesPerPosting: Math.round(storedBytesPerPosting),
      },
    };
    const feed = nationalFeedMonthlyCost(figures);
    return {
      ...figures,
      usdPer10kSubscribersPerMonth: round(monthlyCost(figures)),
      nationalFeedUsdPerMonth: {
        fullReads: round(feed.fullReadsUsd),
        incrementalReads: round(feed.incrementalReadsUsd),
        writes: round(feed.writesUsd),
      },
    };
  } finally {
    local.stop();
  }
}

// Stored size as DynamoDB counts it (attribute names plus values) of the posting items.
async function storedBytes(store: DynamoStore, postings: Posting[]): Promise<number> {
  const got = await store.getPostings(postings.map((p) => p.id));
  return got.reduce((n, p) => n + postingItemBytes(p), 0) / got.length;
}
