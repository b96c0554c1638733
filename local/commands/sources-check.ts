import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDynamoClients } from '../../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../../shared/adapters/dynamo/dynamo-store';
import { createSource } from '../../shared/adapters/sources/registry';
import { loadConfig } from '../../shared/config/load-config';
import { enrichPosting } from '../../shared/enrich/enrich-posting';
import type { Source } from '../../shared/ports/source';
import type { PostingStore } from '../../shared/ports/stores';
import { rawPostingSchema } from '../../shared/posting/posting';
import { postingId } from '../../shared/posting/posting-identity';
import { LOCAL_REGION } from '../local-deps';
import { readRuntimeInfo } from '../runtime-file';

/** One source's line of `jobalert sources check --json`. */
export interface SourceCheck {
  id: string;
  type: string;
  ok: boolean;
  parsed: number;
  new: number;
  duplicate: number;
  rejected: number;
  errors: string[];
  ms: number;
}

export interface SourcesCheckIo {
  /** Where results go (default: stdout), one call per line. */
  out?: (line: string) => void;
  /** Where notes go when stdout carries JSON (default: stderr). */
  err?: (line: string) => void;
  /** The data folder holding runtime.json (default: JOBALERT_DATA_DIR, else .jobalert). */
  dataDir?: string;
}

/**
 * `jobalert sources check [--config FILE] [--json]`: fetches every configured source once (no
 * validators, so nothing is skipped as unchanged), parses and enriches what it finds and, when a
 * local stack runs, counts new and duplicate postings against its table without writing to it.
 * Without --config it checks the running stack's config, else the default one. Exit code 0 when
 * every source was read, 1 otherwise; a bad config throws its ConfigError for the CLI to print.
 */
export async function runSourcesCheck(argv: string[], io: SourcesCheckIo = {}): Promise<number> {
  const out = io.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { values } = parseArgs({
    // The words of the command itself may come along: `sources check --json`.
    args: argv.filter((a, i) => !(i < 2 && (a === 'sources' || a === 'check'))),
    strict: true,
    options: { config: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const dataDir = io.dataDir ?? path.resolve(process.env.JOBALERT_DATA_DIR ?? '.jobalert');
  const running = await connectStore(dataDir);
  try {
    const { config, baseDir, origin } = await loadConfig(values.config ?? running.configFile);
    const note = running.store
      ? `counting new and duplicate against ${running.where} (read-only)`
      : `no store: counts are from parsing only (${running.why})`;
    if (values.json) err(note);
    else
      out(
        `Checking ${config.sources.length} source(s) from ${origin === 'default' ? 'the default config' : origin}; ${note}`,
      );

    let allOk = true;
    for (const entry of config.sources) {
      const check = await checkSource(createSource(entry, { baseDir }), running.store);
      allOk &&= check.ok;
      if (values.json) out(JSON.stringify(check));
      else for (const line of formatCheck(check)) out(line);
    }
    return allOk ? 0 : 1;
  } finally {
    running.close();
  }
}

/** The running stack's table, when there is one and it answers. */
async function connectStore(dataDir: string): Promise<{
  store?: PostingStore;
  where?: string;
  why?: string;
  configFile?: string;
  close: () => void;
}> {
  let info: Awaited<ReturnType<typeof readRuntimeInfo>>;
  try {
    info = await readRuntimeInfo(dataDir);
  } catch (e) {
    return { why: (e as Error).message, close: () => undefined };
  }
  const { client, documentClient } = createDynamoClients({ endpoint: info.dynamoEndpoint, region: LOCAL_REGION });
  const store = new DynamoStore({ client: documentClient, tableName: info.tableName });
  const close = () => client.destroy();
  try {
    // A read of an id nobody has: proves the endpoint answers and the table exists.
    await store.getPostings([postingId({ sourceId: '-', externalId: 'sources-check-probe' })]);
  } catch (e) {
    close();
    return {
      why: `the local stack's DynamoDB at ${info.dynamoEndpoint} did not answer: ${(e as Error).message}`,
      configFile: info.configFile,
      close: () => undefined,
    };
  }
  return { store, where: `${info.dynamoEndpoint} (${info.tableName})`, configFile: info.configFile, close };
}

async function checkSource(source: Source, store: PostingStore | undefined): Promise<SourceCheck> {
  const started = Date.now();
  const check: SourceCheck = {
    id: source.id,
    type: source.type,
    ok: true,
    parsed: 0,
    new: 0,
    duplicate: 0,
    rejected: 0,
    errors: [],
    ms: 0,
  };
  try {
    const result = await source.fetch({ state: undefined });
    if (!result.notModified) {
      check.parsed = result.postings.length;
      for (const r of result.rejected) {
        check.rejected++;
        check.errors.push(`${r.externalId ?? 'posting'}: ${r.reason}`);
      }
      const ids: string[] = [];
      for (const candidate of result.postings) {
        const parsed = rawPostingSchema.safeParse(candidate);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          check.rejected++;
          check.errors.push(`invalid posting from ${source.id}: ${issue?.path.join('.')}: ${issue?.message}`);
          continue;
        }
        const raw = parsed.data;
        if (!enrichPosting(raw).isPosting) {
          check.rejected++;
          check.errors.push(`${raw.externalId}: not a job posting`);
          continue;
        }
        ids.push(postingId(raw));
      }
      // What the source has stored, by the ids a poll names postings with.
      const known = store ? await store.listSourcePostings(source.id) : new Map();
      check.duplicate = ids.filter((id) => known.has(id)).length;
      check.new = ids.length - check.duplicate;
    }
  } catch (e) {
    check.ok = false;
    check.errors.push((e as Error).message);
  }
  check.ms = Date.now() - started;
  return check;
}

function formatCheck(c: SourceCheck): string[] {
  const head = `  ${c.id} (${c.type}): `;
  if (!c.ok) return [`${head}FAILED after ${c.ms} ms: ${c.errors.join('; ')}`];
  return [
    `${head}ok, ${c.parsed} parsed, ${c.new} new, ${c.duplicate} duplicate, ${c.rejected} rejected (${c.ms} ms)`,
    ...c.errors.map((e) => `      rejected ${e}`),
  ];
}
