import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSourcesCheck } from '../../../local/commands/sources-check';
import { writeRuntimeInfo } from '../../../local/runtime-file';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import { DynamoStore } from '../../../shared/adapters/dynamo/dynamo-store';
import { ensureTable } from '../../../shared/adapters/dynamo/table-definition';
import { createFolderSource } from '../../../shared/adapters/sources/folder-source';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import type { RawPosting } from '../../../shared/posting/posting';
import { postingFingerprint, postingId } from '../../../shared/posting/posting-identity';
import { fixturesDir, seedsDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';
import { startTestDynamo } from '../../support/test-dynamo';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let leverPayload: string;
let dir: string;

beforeAll(async () => {
  leverPayload = await readFile(`${fixturesDir}sources/lever/metabase-remote-postings.json`, 'utf8');
  server = await startLoopbackServer();
  dir = await mkdtemp(path.join(tmpdir(), 'jobalert-sources-check-'));
});
afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function serveLever() {
  server.respond((req, res) =>
    req.url === '/lever.json'
      ? res.writeHead(200, { 'content-type': 'application/json' }).end(leverPayload)
      : res.writeHead(404).end(),
  );
}

async function writeConfig(name: string, sources: unknown[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify({ sources }));
  return file;
}

/** Runs the command, collecting its stdout lines and its notes. */
async function check(argv: string[], dataDir: string) {
  const out: string[] = [];
  const notes: string[] = [];
  const code = await runSourcesCheck(argv, { out: (l) => out.push(l), err: (l) => notes.push(l), dataDir });
  return { code, out, notes, json: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const seeds = { id: 'seeds', type: 'folder' as const, path: seedsDir };
const seedsLine = {
  id: 'seeds',
  type: 'folder',
  ok: true,
  parsed: 5,
  new: 4,
  duplicate: 0,
  rejected: 1,
  errors: ['004_0fc16f87b38e3819.txt: not a job posting'],
};

describe('jobalert sources check without a running stack', () => {
  it('prints one JSON line per source with the counts from parsing, and exits 0', async () => {
    serveLever();
    const config = await writeConfig('ok.json', [
      { id: 'metabase', type: 'lever', url: server.url('/lever.json') },
      seeds,
    ]);
    const result = await check(['--config', config, '--json'], path.join(dir, 'no-stack'));
    expect(result.code).toBe(0);
    expect(result.json()).toEqual([
      {
        id: 'metabase',
        type: 'lever',
        ok: true,
        parsed: 2,
        new: 2,
        duplicate: 0,
        rejected: 0,
        errors: [],
        ms: expect.any(Number),
      },
      { ...seedsLine, ms: expect.any(Number) },
    ]);
    expect(result.notes.join('\n')).toContain('no store: counts are from parsing only');
  });

  it('reports a failing source as ok:false with its error, checks the others, and exits 1', async () => {
    serveLever();
    const missing = server.url('/moved.json');
    const config = await writeConfig('failing.json', [{ id: 'gone', type: 'lever', url: missing }, seeds]);
    const result = await check(['sources', 'check', '--json', '--config', config], path.join(dir, 'no-stack'));
    expect(result.code).toBe(1);
    const [gone, seedsResult] = result.json();
    expect(gone).toMatchObject({
      id: 'gone',
      type: 'lever',
      ok: false,
      parsed: 0,
      new: 0,
      duplicate: 0,
      rejected: 0,
      errors: [`lever gone: HTTP 404 from ${missing}`],
    });
    expect(seedsResult).toMatchObject(seedsLine);
  });

  it('prints a readable line per source with the rejected postings and why', async () => {
    const config = await writeConfig('seeds.json', [seeds]);
    const result = await check(['--config', config], path.join(dir, 'no-stack'));
    expect(result.code).toBe(0);
    expect(result.out[0]).toContain('no store: counts are from parsing only');
    expect(result.out[1]).toMatch(/^ {2}seeds \(folder\): ok, 5 parsed, 4 new, 0 duplicate, 1 rejected \(\d+ ms\)$/);
    expect(result.out[2]).toBe('      rejected 004_0fc16f87b38e3819.txt: not a job posting');
  });
});

describe('jobalert sources check against a running stack', () => {
  let dynamo: Awaited<ReturnType<typeof startTestDynamo>>;
  let clients: ReturnType<typeof createDynamoClients>;
  let store: DynamoStore;
  let stackDir: string;

  beforeAll(async () => {
    dynamo = await startTestDynamo();
    clients = createDynamoClients({ endpoint: dynamo.endpoint, region: 'eu-west-1' });
    await ensureTable(clients.client, dynamo.tableName);
    store = new DynamoStore({ client: clients.documentClient, tableName: dynamo.tableName });
    stackDir = path.join(dir, 'stack');
    await mkdir(stackDir, { recursive: true });
    // This test process stands in for `npm start`: runtime.json names a live pid and the table.
    await writeRuntimeInfo(stackDir, {
      pid: process.pid,
      siteUrl: 'http://127.0.0.1:3000',
      dynamoEndpoint: dynamo.endpoint,
      sesEndpoint: 'http://127.0.0.1:8005',
      tableName: dynamo.tableName,
    });
  });
  afterAll(async () => {
    clients?.client.destroy();
    await dynamo?.close();
  });

  it('counts a posting already in the table as duplicate, the rest as new, and stores nothing', async () => {
    const fetched = await createFolderSource(seeds, { baseDir: '/' }).fetch({ state: undefined });
    if (fetched.notModified) throw new Error('expected postings');
    const [first] = fetched.postings as [RawPosting];
    const now = new Date().toISOString();
    await store.savePosting({
      ...first,
      id: postingId(first),
      fingerprint: postingFingerprint(first),
      enrichment: enrichPosting(first),
      status: 'open',
      firstSeenAt: now,
      lastSeenAt: now,
    });

    const config = await writeConfig('stack.json', [seeds]);
    const result = await check(['--config', config, '--json'], stackDir);
    expect(result.code).toBe(0);
    expect(result.json()).toEqual([{ ...seedsLine, new: 3, duplicate: 1, ms: expect.any(Number) }]);
    expect(result.notes.join('\n')).toContain('read-only');

    const stored = await store.getPostings(fetched.postings.map(postingId));
    expect(stored.map((p) => p.id)).toEqual([postingId(first)]);
  });
});
