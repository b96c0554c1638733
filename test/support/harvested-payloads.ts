import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createSource, sourceConfigSchema } from '../../shared/adapters/sources/registry';
import type { RawPosting } from '../../shared/posting/posting';
import { changed } from './changed-result';
import { repoDir } from './fixtures';
import { startLoopbackServer } from './loopback-server';

/**
 * Real payloads of the source APIs recorded by other projects (test/fixtures/sources/harvest/, each
 * with its .source.txt), and how a test serves one to the adapter of its type and checks it read
 * every posting the payload holds.
 */
const harvest = join(repoDir, 'test/fixtures/sources/harvest');
export const payload = (file: string) => readFileSync(join(harvest, file), 'utf8');

type Server = Awaited<ReturnType<typeof startLoopbackServer>>;
type Route = { body: string; type: string };
/** A body for each path (and query), or a function choosing one from the whole address. */
export type Routes = Record<string, Route | ((url: URL) => Route | undefined)>;
export const json = (body: string) => ({ body, type: 'application/json; charset=utf-8' });

/**
 * A loopback server for the test file's lifetime: `read` serves routes and reads a source once,
 * `server` is the server itself (its address, a fake API built on it).
 */
export function harvestServer() {
  let server: Server | undefined;
  beforeAll(async () => {
    server = await startLoopbackServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const running = () => {
    if (!server) throw new Error('the loopback server is not started (use harvestServer() at the top of a test file)');
    return server;
  };
  return {
    get server() {
      return running();
    },
    read: (config: Record<string, unknown>, routes: Routes) => readSource(running(), config, routes),
  };
}

/** Serves each path and query (else each path, query aside) its body, anything else a 404; reads the source once. */
export async function readSource(server: Server, config: Record<string, unknown>, routes: Routes) {
  server.respond((req, res) => {
    const url = new URL(req.url ?? '/', 'http://loopback');
    const found = routes[url.pathname + url.search] ?? routes[url.pathname];
    const route = typeof found === 'function' ? found(url) : found;
    if (route) res.writeHead(200, { 'content-type': route.type }).end(route.body);
    else res.writeHead(404).end();
  });
  // Parsed as an operator's config is, so that every default applies.
  const source = createSource(sourceConfigSchema.parse({ id: 'harvest', ...config }), { baseDir: '/' });
  return changed(await source.fetch({ state: undefined }));
}

type Expected = Pick<RawPosting, 'externalId' | 'title'> & Partial<RawPosting>;

/**
 * Every expected posting read, in order, none rejected, each with a text of some length (unless
 * `textless` names it) that holds no HTML tag or entity left over.
 */
export function expectRead(
  result: { postings: RawPosting[]; rejected: unknown[] },
  expected: Expected[],
  textless: string[] = [],
) {
  expect(result.rejected).toEqual([]);
  expect(result.postings.map((p) => p.externalId)).toEqual(expected.map((e) => e.externalId));
  result.postings.forEach((posting, i) => {
    expect(posting).toMatchObject(expected[i] as object);
    if (!textless.includes(posting.externalId)) expect(posting.text.trim().length).toBeGreaterThan(50);
    expect(posting.text).not.toMatch(/&lt;|&gt;|&quot;|&#39;|<\/?(p|div|li|ul|span|strong)\b/);
  });
}
