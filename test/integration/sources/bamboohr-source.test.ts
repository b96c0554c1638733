import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBambooHrSource } from '../../../shared/adapters/sources/bamboohr-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

const json = { 'content-type': 'application/json; charset=utf-8' };

type Opening = Record<string, unknown> & { id: string; jobOpeningName: string };

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let kumu: string;
let careerkit: string;

beforeAll(async () => {
  const dir = join(fixturesDir, 'sources/bamboohr');
  kumu = await readFile(join(dir, 'simplifytrabaho_kumu_careers_list.json'), 'utf8');
  careerkit = await readFile(join(dir, 'careerkit_careers_list.json'), 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function bamboo(config: { company?: string } = {}) {
  return createBambooHrSource({ id: 'kumu', type: 'bamboohr', url: server.url('/'), ...config }, { baseDir: '/' });
}

/**
 * No detail is recorded: each one served here is built from its opening's own list fields (a
 * description naming the title and department), never copied job text.
 */
function detailFor(opening: Opening): string {
  const description = `<p><strong>${opening.jobOpeningName}</strong></p><ul><li>${String(opening.departmentLabel)}</li></ul>`;
  return JSON.stringify({ meta: {}, result: { jobOpening: { jobOpeningName: opening.jobOpeningName, description } } });
}

/** Serves `list` at /careers/list and the details of its openings, except those in `missing`. */
function serveSite(list: string, missing: string[] = []) {
  const openings = (JSON.parse(list) as { result: Opening[] }).result;
  server.respond((req, res) => {
    const path = new URL(req.url ?? '/', 'http://loopback').pathname;
    const id = /^\/careers\/([^/]+)\/detail$/.exec(path)?.[1];
    const opening = openings.find((o) => o?.id === id);
    const body =
      path === '/careers/list' ? list : opening && !missing.includes(opening.id) ? detailFor(opening) : undefined;
    if (body === undefined) res.writeHead(404, json).end('{"message":"not found"}');
    else res.writeHead(200, json).end(body);
  });
}

describe('the BambooHR source reading recorded careers lists', () => {
  it('reads all 8 openings of the Kumu list, their places and workplace types, and each text from its detail', async () => {
    serveSite(kumu);
    const result = changed(await bamboo({ company: 'kumu' }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.externalId)).toEqual(['336', '337', '338', '339', '340', '341', '342', '343']);
    const [hybrid, remote] = result.postings;
    expect(hybrid).toEqual({
      sourceId: 'kumu',
      externalId: '336',
      title: 'Business Development Associate',
      text: 'Business Development Associate\n\n- Operations',
      url: 'https://kumu.bamboohr.com/careers/336',
      locationText: 'Makati, Metro Manila',
      remoteHint: 'hybrid',
    });
    expect(remote).toMatchObject({
      externalId: '337',
      title: 'User Operations Associate',
      locationText: 'Makati, NCR, Philippines',
      remoteHint: 'remote',
    });
    expect(result.postings[5]?.title).toBe('Bilingual IT Project Manager (English–Chinese)');
    const details = server.requests.map((r) => r.url).filter((u) => u.endsWith('/detail'));
    expect(details).toHaveLength(8);
  });

  it('reads both openings of the trimmed careerkit list, on-site in Fort Lauderdale', async () => {
    serveSite(careerkit);
    const result = changed(await bamboo().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(2);
    expect(result.postings[1]).toMatchObject({
      externalId: '87',
      title: 'Marketing & Social Media Intern',
      url: server.url('/careers/87'),
      locationText: 'Fort Lauderdale, Florida',
      remoteHint: 'onsite',
      text: 'Marketing & Social Media Intern\n\n- Marketing',
    });
  });

  it('rejects an opening it cannot read, naming the field, while the others land', async () => {
    const recorded = JSON.parse(kumu) as { result: Opening[] };
    recorded.result[2] = { ...(recorded.result[2] as Opening), jobOpeningName: '  ' };
    serveSite(JSON.stringify(recorded));
    const result = changed(await bamboo().fetch({ state: undefined }));
    expect(result.postings).toHaveLength(7);
    expect(result.rejected).toEqual([
      { externalId: '338', reason: expect.stringMatching(/^bamboohr kumu: posting 2 \(338\): jobOpeningName: /) },
    ]);
  });

  it('rejects an opening whose detail cannot be fetched, and fetches only new details on the next poll', async () => {
    serveSite(kumu, ['341']);
    const source = bamboo();
    const first = changed(await source.fetch({ state: undefined }));
    expect(first.postings).toHaveLength(7);
    expect(first.rejected).toEqual([
      {
        externalId: '341',
        reason: `bamboohr kumu: posting (341): detail: HTTP 404 from ${server.url('/careers/341/detail')}`,
      },
    ]);
    serveSite(kumu);
    const second = changed(await source.fetch({ state: undefined }));
    expect(second.postings).toHaveLength(8);
    expect(server.requests.map((r) => r.url)).toEqual(['/careers/list', '/careers/341/detail']);
  });

  it('refuses a list that is not one, naming what came', async () => {
    server.respond((_req, res) => res.writeHead(200, json).end('{"meta":{}}'));
    await expect(bamboo().fetch({ state: undefined })).rejects.toThrow(
      `bamboohr kumu: expected a JSON object with a result array, got an object without a "result" array from ${server.url('/careers/list')}`,
    );
  });
});
