import { parseArgs } from 'node:util';
import { ttlDays } from '../shared/adapters/dynamo/keys';
import { collectGarbage } from './collect-garbage';
import { costModel, type DynamoFigures } from './cost-model';
import { benchDelivery } from './delivery';
import { benchDynamo } from './dynamo';
import { benchEnrich } from './enrich';
import { benchLambdaBundles, lambdaBundleLines } from './lambda-bundles';
import { benchMatch } from './match';
import { benchRender } from './render';

// A benchmark, not a test: `npm run bench` prints a table, `-- --json` one JSON object, `--quick`
// small sizes for a smoke run. Medians of repeated runs in one process; the machines are noisy,
// so compare ratios within one run. Progress goes to stderr.

const { values } = parseArgs({ options: { json: { type: 'boolean' }, quick: { type: 'boolean' } } });
const quick = values.quick === true;
const progress = (what: string) => process.stderr.write(`bench: ${what}…\n`);

async function optional<T>(what: string, load: () => Promise<T>): Promise<T | { notMeasured: string }> {
  try {
    return await load();
  } catch (err) {
    return { notMeasured: `not measured (${what}: ${(err as Error).message.split('\n')[0]})` };
  }
}

const sizes = quick ? [1_000, 10_000] : [10_000, 100_000, 1_000_000];
progress(`match ${sizes.join(', ')} subscriptions`);
// A missing part (no java for DynamoDB Local, say) or a failing one is reported as not measured
// instead of sinking the rest.
const match = await optional('match', () =>
  benchMatch({ sizes, postings: quick ? 1_000 : 10_000, naiveSampleLimit: quick ? 10_000 : 100_000 }),
);
progress('enrich');
const enrich = benchEnrich({ count: quick ? 300 : 2_000 });
progress('render');
const render = benchRender({ count: quick ? 500 : 5_000 });
progress('delivery');
// The senders must not pause to collect the matcher's hundreds of MiB of garbage by chance.
collectGarbage();
const delivery = await optional('delivery', () =>
  benchDelivery({ digests: quick ? 100 : 1_000, ratePerSecond: quick ? 50 : 100 }),
);
progress('dynamo capacity');
const dynamo: DynamoFigures | { notMeasured: string } = await optional('dynamo', () =>
  benchDynamo({ digests: quick ? 10 : 50, postingsPerDigest: 10 }),
);

progress('lambda bundles (cdk synth, then a fresh node importing each)');
// --quick measures the cdk.out already there (when there is one) instead of synthesizing again.
const lambda = await optional('lambda', async () => benchLambdaBundles({ synth: !quick, runs: quick ? 3 : 9 }));

const measured = <T extends object>(x: T | { notMeasured: string }): x is T => !('notMeasured' in x);
const nulls = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, null])) as Record<K, null>;

const result = {
  match: measured(match)
    ? match.map(({ subscriptions, postings, matches, seconds, naiveSeconds, speedup, rssMiB }) => ({
        subscriptions,
        postings,
        matches,
        seconds,
        naiveSeconds,
        speedup,
        rssMiB,
      }))
    : [],
  enrich: { postingsPerSecond: enrich.postingsPerSecond },
  render: { digestsPerSecond: render.digestsPerSecond },
  delivery: measured(delivery)
    ? {
        configuredRate: delivery.configuredRate,
        achievedRate: delivery.achievedRate,
        throttled: delivery.throttled,
        duplicates: delivery.duplicates,
        lost: delivery.lost,
      }
    : nulls(['configuredRate', 'achievedRate', 'throttled', 'duplicates', 'lost'] as const),
  dynamo: measured(dynamo)
    ? {
        wcuPerPosting: dynamo.wcuPerPosting,
        wcuPerMatch: dynamo.wcuPerMatch,
        rcuPerDigest: dynamo.rcuPerDigest,
        usdPer10kSubscribersPerMonth: dynamo.usdPer10kSubscribersPerMonth,
      }
    : nulls(['wcuPerPosting', 'wcuPerMatch', 'rcuPerDigest', 'usdPer10kSubscribersPerMonth'] as const),
  lambda: measured(lambda)
    ? {
        bareNodeMs: lambda.bareNodeMs,
        bareNodeCpuMs: lambda.bareNodeCpuMs,
        bundles: lambda.bundles,
      }
    : { bareNodeMs: null, bareNodeCpuMs: null, bundles: [] },
};

for (const part of [match, delivery, dynamo, lambda])
  if (!measured(part)) process.stderr.write(`${part.notMeasured}\n`);

const pad = (x: string | number, n: number) => String(x).padStart(n);
const f = (x: number, digits = 3) => x.toFixed(digits);

function table(): string {
  const lines: string[] = [];
  lines.push(quick ? 'jobalert bench --quick (smoke sizes)' : 'jobalert bench');
  lines.push('', 'match (compiled index vs naive scan, same results):');
  if (measured(match)) {
    lines.push('  subscriptions  postings    matches   index s   naive s   speedup  rss MiB');
    for (const m of match) {
      lines.push(
        `  ${pad(m.subscriptions, 13)}  ${pad(m.postings, 8)}  ${pad(m.matches, 9)}  ${pad(f(m.seconds), 8)}  ${pad(f(m.naiveSeconds), 8)}${m.naiveExtrapolated ? '*' : ' '} ${pad(`${f(m.speedup, 1)}×`, 8)}  ${pad(m.rssMiB, 7)}`,
      );
    }
    if (match.some((m) => m.naiveExtrapolated)) lines.push('  * naive scan sampled and extrapolated');
  } else lines.push(`  ${match.notMeasured}`);
  lines.push(
    '',
    `enrich:   ${enrich.postingsPerSecond} postings/s (${enrich.postings} real postings, ${enrich.averageBytes} bytes on average, median of 5)`,
    `render:   ${render.digestsPerSecond} digests/s (${render.digests} digests of ${render.jobsPerDigest} real postings, 10 locales, ~${Math.round(render.averageHtmlBytes / 1024)} KiB HTML each, median of 5)`,
  );
  if (measured(delivery)) {
    lines.push(
      `delivery: ${f(delivery.achievedRate, 1)}/s of ${delivery.configuredRate}/s configured (${f((100 * delivery.achievedRate) / delivery.configuredRate, 1)} %), ${delivery.throttled} throttled, ${delivery.duplicates} duplicates, ${delivery.lost} lost`,
    );
  } else lines.push(`delivery: ${delivery.notMeasured}`);
  if (measured(dynamo)) {
    const d = dynamo.detail;
    const m = costModel;
    lines.push(
      'dynamo (DynamoDB Local, ReturnConsumedCapacity, table + indexes):',
      `  write units per new posting ${dynamo.wcuPerPosting} (${d.postingsSaved} real postings, ~${d.storedBytesPerPosting} bytes stored each; ${d.rcuPerPosting} read units)`,
      `  read units per re-polled posting ${d.rcuPerRepolledPosting} (a full poll reads its source's partition once, to save and to close)`,
      `  write units per match       ${dynamo.wcuPerMatch} (${d.matches} matches)`,
      `  read units per digest       ${dynamo.rcuPerDigest} (${d.digests} digests of ${d.postingsPerDigest} postings; ${d.wcuPerDigest} write units each)`,
      `  read units per named posting ${d.rcuPerNamedPosting} (an incremental poll reads only the postings its changes name)`,
      `  a national feed, $/month    reads ${f(dynamo.nationalFeedUsdPerMonth.incrementalReads, 2)} incremental vs ${f(dynamo.nationalFeedUsdPerMonth.fullReads, 2)} full every poll, writes ${f(dynamo.nationalFeedUsdPerMonth.writes, 2)} (${m.nationalFeed.openAds} open ads, ${m.nationalFeed.changesPerDay} changes and ${m.nationalFeed.newPerDay} new a day, ${m.fullPollsPerDay} polls a day)`,
      `  $ per 10k subscribers/month ${f(dynamo.usdPer10kSubscribersPerMonth, 2)} (on demand; ${m.newPostingsPerDay} new postings/day, ${m.matchesPerSubscriberPerDay} matches/subscriber/day, ${m.digestsPerSubscriberPerMonth} digests/subscriber/month, ${m.fullPollsPerDay} full polls a day reading every posting kept (open ${m.postingDaysOpen} days, closed ${ttlDays.closedPosting} more), sent markers kept ${m.sentMarkerDaysKept} days)`,
    );
  } else lines.push(`dynamo:   ${dynamo.notMeasured}`);
  lines.push('', ...(measured(lambda) ? lambdaBundleLines(lambda) : [`lambda:   ${lambda.notMeasured}`]));
  return lines.join('\n');
}

console.log(values.json ? JSON.stringify(result) : table());
