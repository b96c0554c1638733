import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../shared/adapters/log/logger';
import { ConfigError } from '../shared/config/config';
import { loadConfig } from '../shared/config/load-config';
import type { PollSummary } from '../shared/use-cases/poll-sources';
import { runExtract } from './commands/extract';
import { runFeedbackReport } from './commands/feedback-report';
import { runSourcesCheck } from './commands/sources-check';
import { displayPath } from './display-path';
import { formatPollSummary } from './format-summary';
import { buildLocal } from './local-deps';
import { startLocalStack } from './local-stack';
import { countRuns } from './run-counters';
import { readRuntimeInfo } from './runtime-file';
import { startScheduler } from './scheduler';
import { localTokenKey } from './token-key';

const USAGE = `Usage: jobalert <command> [options]

Commands:
  start                 run the whole service locally (npm start)
    --port N            web server port (env JOBALERT_PORT, default 3000)
    --config FILE       operator config, JSON or YAML (default: the example postings)
    --memory            keep nothing on disk (default: data in .jobalert/)
    --once              one poll + match + digest cycle, print a summary, exit
  poll --now            poll every source now, on the running local stack
  sources check         fetch each configured source once and report (--config FILE, --json);
                        counts new/duplicate against the running stack without storing
  digest --now          send every confirmed subscriber their digest now, on the running local stack
  extract [--json] FILE...  what enrichment reads out of postings (text, Markdown, HTML, JSON; - is stdin)
  feedback              the postings subscribers reported as not relevant, on the running local stack
  help                  this text

Environment: JOBALERT_PORT, JOBALERT_SES_PORT (8005), JOBALERT_DYNAMODB_PORT (8000),
JOBALERT_DATA_DIR (.jobalert), JOBALERT_TOKEN_KEY, JOBALERT_LOG_LEVEL (warn).`;

/** Node's own parseArgs: enough for four commands, one dependency fewer than commander. */
function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string' },
      config: { type: 'string' },
      memory: { type: 'boolean', default: false },
      once: { type: 'boolean', default: false },
      now: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new UsageError(`${name} must be a port number (0–65535), got "${value}"`);
  return n;
}

class UsageError extends Error {}

const dataDir = () => path.resolve(process.env.JOBALERT_DATA_DIR ?? '.jobalert');

async function start(values: ReturnType<typeof parse>['values']) {
  const stack = await startLocalStack({
    port: port(values.port ?? process.env.JOBALERT_PORT, 3000, '--port / JOBALERT_PORT'),
    sesPort: port(process.env.JOBALERT_SES_PORT, 8005, 'JOBALERT_SES_PORT'),
    dynamoPort: port(process.env.JOBALERT_DYNAMODB_PORT, 8000, 'JOBALERT_DYNAMODB_PORT'),
    memory: values.memory ?? false,
    configFile: values.config,
    dataDir: dataDir(),
    announce: !values.once,
  });
  const sources = stack.config.sources.map((s) => `${s.id} (${s.type})`).join(', ') || 'none';
  console.log(`jobalert is running locally (config: ${stack.configOrigin})
  signup page   ${stack.urls.site}
  mailbox       ${stack.urls.mailbox}   (the SES emulator: every email sent)
  DynamoDB      ${stack.urls.dynamo}   (${stack.dataDir ? `data in ${displayPath(stack.dataDir)}` : 'in memory: --memory'})
  sources       ${sources}`);

  if (values.once) {
    const summary = (await stack.handlers.poll({ kind: 'poll' }, {} as never)) as PollSummary;
    await stack.handlers.digestPlanner(
      { kind: 'digest-tick', time: new Date().toISOString(), force: true },
      {} as never,
    );
    console.log(
      `\nOne cycle:\n${formatPollSummary(summary)}\n  matches: ${stack.counts.matches}; emails sent: ${stack.counts.emails}`,
    );
    await stack.close();
    return;
  }

  console.log(`  polls every ${stack.config.pollIntervalMinutes} min; digests at each subscriber's hour.
  In another terminal: npx jobalert poll --now · npx jobalert digest --now · Ctrl-C stops.`);
  const scheduler = startScheduler({
    pollIntervalMinutes: stack.config.pollIntervalMinutes,
    poll: async () => {
      const summary = (await stack.handlers.poll({ kind: 'poll' }, {} as never)) as PollSummary;
      console.log(`[${new Date().toISOString()}] poll\n${formatPollSummary(summary)}`);
    },
    digestTick: (time) => stack.handlers.digestPlanner({ kind: 'digest-tick', time: time.toISOString() }, {} as never),
    log: createLogger(),
  });
  const stop = async () => {
    scheduler.stop();
    await stack.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Builds the handlers against the running stack's endpoints, as EventBridge would invoke them. */
async function connect() {
  const info = await readRuntimeInfo(dataDir());
  const { config, baseDir } = await loadConfig(info.configFile);
  const local = buildLocal({
    endpoints: info,
    config,
    baseDir,
    tokenKey: await localTokenKey(dataDir(), config.tokenKey),
    siteUrl: info.siteUrl,
    log: createLogger(process.env.JOBALERT_LOG_LEVEL ?? 'warn'),
  });
  return { ...local, counts: countRuns(local.deps) };
}

/** Commands that parse their own options. */
const delegated: Record<string, (argv: string[]) => Promise<number>> = {
  extract: (argv) => runExtract(argv),
  feedback: (argv) => runFeedbackReport(argv),
  sources: async (argv) => {
    if (argv[0] !== 'check') throw new UsageError('did you mean "jobalert sources check"?');
    return runSourcesCheck(argv.slice(1));
  },
};

async function main(argv: string[]) {
  const run = argv[0] ? delegated[argv[0]] : undefined;
  if (run) {
    process.exitCode = await run(argv.slice(1));
    return;
  }
  const { values, positionals } = parse(argv);
  const command = positionals[0] ?? 'start';
  if (values.help || command === 'help') return console.log(USAGE);
  switch (command) {
    case 'start':
      return start(values);
    case 'poll': {
      if (!values.now) throw new UsageError('poll needs --now (scheduled polls run inside "npm start")');
      const local = await connect();
      const summary = (await local.handlers.poll({ kind: 'poll' }, {} as never)) as PollSummary;
      if (values.json)
        return console.log(JSON.stringify({ ...summary, matches: local.counts.matches, emails: local.counts.emails }));
      return console.log(
        `Polled now:\n${formatPollSummary(summary)}\n  matches: ${local.counts.matches}; instant emails sent: ${local.counts.emails}`,
      );
    }
    case 'digest': {
      if (!values.now) throw new UsageError('digest needs --now (scheduled digests run inside "npm start")');
      const local = await connect();
      const { due } = (await local.handlers.digestPlanner(
        { kind: 'digest-tick', time: new Date().toISOString(), force: true },
        {} as never,
      )) as { due: number };
      if (values.json) return console.log(JSON.stringify({ subscribers: due, emails: local.counts.emails }));
      return console.log(`Digests now: ${due} active subscriber(s), ${local.counts.emails} email(s) sent`);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).catch((err: Error) => {
  if (err instanceof ConfigError) console.error(`jobalert: ${err.message}`);
  else if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`jobalert: ${err.message}\n\n${USAGE}`);
  } else console.error(`jobalert: ${err.message}`);
  process.exit(err instanceof UsageError || err instanceof ConfigError ? 2 : 1);
});
