import path from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoStore } from '../../shared/adapters/dynamo/dynamo-store';
import { headerSafe } from '../../shared/email/email-headers';
import { LOCAL_REGION } from '../local-deps';
import { readRuntimeInfo } from '../runtime-file';

const USAGE = `Usage: jobalert feedback [--limit N] [--json]

The postings subscribers most often marked "not relevant", most first, on the running local stack.`;

export interface FeedbackReportIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The data folder holding runtime.json (default JOBALERT_DATA_DIR or .jobalert). */
  dataDir?: string;
}

const defaultIo: FeedbackReportIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

/**
 * `npx jobalert feedback`: prints the most reported postings with their title, company and
 * source, read from the running stack's table. Returns the exit code (0 ok, 1 no stack, 2 usage).
 */
export async function runFeedbackReport(argv: string[], io: FeedbackReportIo = defaultIo): Promise<number> {
  let values: { limit?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { limit: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    }));
  } catch (err) {
    io.err(`jobalert: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    io.err(`jobalert: --limit must be a whole number from 1 to 1000, got ${JSON.stringify(values.limit)}`);
    return 2;
  }
  let info: Awaited<ReturnType<typeof readRuntimeInfo>>;
  try {
    info = await readRuntimeInfo(io.dataDir ?? path.resolve(process.env.JOBALERT_DATA_DIR ?? '.jobalert'));
  } catch (err) {
    io.err(`jobalert: ${(err as Error).message}`);
    return 1;
  }
  const store = DynamoStore.fromEndpoint({
    endpoint: info.dynamoEndpoint,
    region: LOCAL_REGION,
    tableName: info.tableName,
  });
  const counts = await store.listNotRelevantCounts(limit);
  const postings = new Map((await store.getPostings(counts.map((c) => c.postingId))).map((p) => [p.id, p]));
  const rows = counts.map((c) => {
    const p = postings.get(c.postingId);
    return { ...c, title: p?.title, company: p?.company, sourceId: p?.sourceId, url: p?.url };
  });
  if (values.json) {
    io.out(JSON.stringify({ postings: rows }));
    return 0;
  }
  if (rows.length === 0) {
    io.out('No posting has been marked "not relevant" yet.');
    return 0;
  }
  io.out(`Postings marked "not relevant" (most first, top ${limit}):`);
  for (const r of rows) {
    // Posting text is untrusted: no control characters (terminal escapes) reach the operator's screen.
    const what = r.title
      ? headerSafe(`${r.title}${r.company ? ` at ${r.company}` : ''}`)
      : '(posting no longer stored)';
    io.out(`  ${String(r.count).padStart(4)}  ${what}  [${r.sourceId ?? '?'} ${r.postingId}] last ${r.lastAt}`);
  }
  return 0;
}
