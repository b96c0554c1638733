import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../../local/local-stack';
import type { PollSummary } from '../../../shared/use-cases/poll-sources';
import { fixturesDir, seedsDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

// The poll handler on real parts: a loopback server serving the recorded Lever payload, the
// seed folder, dynalite. One failing source must not stop the others, and its state is kept.
let stack: LocalStack;
let tmp: string;
let lever: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;

const poll = async () => (await stack.handlers.poll({ kind: 'poll' }, {} as never)) as PollSummary;
const byId = (summary: PollSummary, id: string) => summary.sources.find((s) => s.id === id);

beforeAll(async () => {
  payload = await readFile(path.join(fixturesDir, 'sources/lever/metabase-remote-postings.json'), 'utf8');
  lever = await startLoopbackServer();
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-poll-'));
  const configFile = path.join(tmp, 'config.yaml');
  await writeFile(
    configFile,
    [
      'sources:',
      `  - { id: metabase, type: lever, url: "${lever.url('/v0/postings/metabase?mode=json')}" }`,
      `  - { id: seeds, type: folder, path: ${JSON.stringify(seedsDir)} }`,
    ].join('\n'),
  );
  stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory: true, configFile, dataDir: tmp });
});

afterAll(async () => {
  await stack?.close();
  await lever?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('polling', () => {
  it('stores the Lever postings and keeps the ETag for the next poll', async () => {
    lever.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' }).end(payload));
    const summary = await poll();
    expect(byId(summary, 'metabase')).toMatchObject({ ok: true, parsed: 2, new: 2 });
    expect(await stack.deps.sourceStates.getSourceState('metabase')).toMatchObject({
      etag: '"v1"',
      consecutiveFailures: 0,
    });
  });

  it('sends the ETag back; a 304 costs nothing downstream', async () => {
    lever.respond((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(payload);
    });
    const summary = await poll();
    expect(lever.requests[0]?.headers['if-none-match']).toBe('"v1"');
    expect(byId(summary, 'metabase')).toMatchObject({ ok: true, notModified: true, parsed: 0, new: 0 });
  });

  it('a failing source is reported and counted, the others go on, and its state is kept', async () => {
    lever.respond((_req, res) => res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>down</h1>'));
    const summary = await poll();
    expect(byId(summary, 'metabase')).toMatchObject({ ok: false, errors: [expect.stringMatching(/503/)] });
    expect(byId(summary, 'seeds')).toMatchObject({ ok: true, parsed: 5 });
    const state = await stack.deps.sourceStates.getSourceState('metabase');
    expect(state).toMatchObject({ etag: '"v1"', consecutiveFailures: 1, lastRun: { ok: false } });
  });

  it('an HTML error page served with 200 is a failure naming the problem, not a crash', async () => {
    lever.respond((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Maintenance</html>'));
    const summary = await poll();
    expect(byId(summary, 'metabase')?.ok).toBe(false);
    expect(byId(summary, 'metabase')?.errors.join(' ')).toMatch(/JSON|HTML/i);
    expect((await stack.deps.sourceStates.getSourceState('metabase'))?.consecutiveFailures).toBe(2);
  });

  it('the same posting text from two sources is stored once', async () => {
    const copyDir = path.join(tmp, 'copy');
    await import('node:fs/promises').then((fs) => fs.mkdir(copyDir));
    const seed = await readFile(path.join(seedsDir, '003_2eab9346ffdadcc4.txt'), 'utf8');
    await writeFile(path.join(copyDir, 'reposted.txt'), seed);
    const { createSource } = await import('../../../shared/adapters/sources/registry');
    stack.deps.sources.push(createSource({ id: 'copy', type: 'folder', path: copyDir }, { baseDir: tmp }));
    lever.respond((_req, res) => res.writeHead(304).end());
    const summary = await poll();
    expect(byId(summary, 'copy')).toMatchObject({ parsed: 1, new: 0, duplicate: 1 });
  });
});
