import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ArbeitsagenturSourceConfig,
  arbeitsagenturSourceConfigSchema,
  createArbeitsagenturSource,
} from '../../../shared/adapters/sources/arbeitsagentur-source';
import { sourceConfigSchema } from '../../../shared/adapters/sources/registry';
import type { FetchResult } from '../../../shared/ports/source';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

const dir = join(fixturesDir, 'sources/bundesagentur');
type Entry = Record<string, unknown>;
type Payload = Record<string, unknown>;

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let v4: Payload;
let v6: Payload;

beforeAll(async () => {
  v4 = JSON.parse(await readFile(join(dir, 'jobby_pc_v4_jobs_page1.json'), 'utf8'));
  v6 = JSON.parse(await readFile(join(dir, 'kestrel_pc_v6_jobs_frankfurt.json'), 'utf8'));
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function source(api: 'v4' | 'v6', extra: Partial<ArbeitsagenturSourceConfig> = {}) {
  const config = arbeitsagenturSourceConfigSchema.parse({
    id: 'ba',
    type: 'arbeitsagentur',
    api,
    was: 'Entwickler',
    wo: 'Dortmund',
    url: server.url(`/pc/${api}/jobs`),
    ...extra,
  });
  return createArbeitsagenturSource(config, { baseDir: '/', timeoutMs: 2000 });
}

/** Serves `pages[n - 1]` for `page=n`, an empty list past them. */
function servePages(listKey: string, pages: Payload[]) {
  server.respond((req, res) => {
    const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page'));
    const body = pages[page - 1] ?? { [listKey]: [], maxErgebnisse: 0 };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
}

function changed(result: FetchResult) {
  if (result.notModified) throw new Error('expected a changed document');
  return result;
}

const v4Entries = () => v4.stellenangebote as Entry[];
const v6Entries = () => v6.ergebnisliste as Entry[];

describe('the arbeitsagentur source reading recorded Jobsuche lists', () => {
  it('reads every entry of the v4 page, sending the client key', async () => {
    servePages('stellenangebote', [v4]);
    const result = changed(await source('v4').fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(v4Entries().length);
    expect(result.postings).toHaveLength(100);
    // The recorded page reports 927 in all; the next page came back empty.
    expect(server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('page'))).toEqual(['1', '2']);
    const first = new URL(server.requests[0]?.url ?? '', 'http://x');
    expect(Object.fromEntries(first.searchParams)).toEqual({
      was: 'Entwickler',
      wo: 'Dortmund',
      size: '100',
      page: '1',
    });
    expect(server.requests[0]?.headers['x-api-key']).toBe('jobboerse-jobsuche');

    const entry = v4Entries()[0] as Entry & { arbeitsort: Record<string, string> };
    const posting = result.postings[0];
    expect(posting).toMatchObject({
      sourceId: 'ba',
      externalId: entry.refnr,
      title: entry.titel,
      company: entry.arbeitgeber,
      url: entry.externeUrl,
      locationText: `${entry.arbeitsort.plz} ${entry.arbeitsort.ort}, ${entry.arbeitsort.region}, ${entry.arbeitsort.land}`,
      postedAt: `${entry.aktuelleVeroeffentlichungsdatum}T00:00:00.000Z`,
    });
    expect(posting?.text).toContain(String(entry.beruf));
    expect(posting?.text).toContain(String(entry.arbeitsort.ort));
  });

  it('links an entry without an external ad to its public page on arbeitsagentur.de', async () => {
    servePages('stellenangebote', [v4]);
    const result = changed(await source('v4').fetch({ state: undefined }));
    const entry = v4Entries().find((e) => !e.externeUrl) as Entry;
    const posting = result.postings.find((p) => p.externalId === entry.refnr);
    expect(posting?.url).toBe(`https://www.arbeitsagentur.de/jobsuche/jobdetail/${entry.refnr}`);
  });

  it('reads every entry of the v6 list, each place from its address', async () => {
    servePages('ergebnisliste', [v6]);
    const result = changed(await source('v6', { clientKey: 'another-key' }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.externalId)).toEqual(v6Entries().map((e) => e.referenznummer));
    // Three entries on a page of 100: the last page, whatever the total says.
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['x-api-key']).toBe('another-key');

    const entry = v6Entries().find((e) => e.externeURL) as Entry & {
      stellenlokationen: { adresse: Record<string, string> }[];
    };
    const address = entry.stellenlokationen[0]?.adresse ?? {};
    expect(result.postings.find((p) => p.externalId === entry.referenznummer)).toMatchObject({
      title: entry.stellenangebotsTitel,
      company: entry.firma,
      url: entry.externeURL,
      locationText: `${address.plz} ${address.ort}, ${address.region}, ${address.land}`,
    });
  });

  it('follows the pages up to the reported total', async () => {
    const second = v4Entries()
      .slice(0, 50)
      .map((e) => ({ ...e, refnr: `${e.refnr}-p2` }));
    servePages('stellenangebote', [
      { ...v4, maxErgebnisse: 150 },
      { ...v4, stellenangebote: second, maxErgebnisse: 150, page: 2 },
    ]);
    const result = changed(await source('v4').fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(150);
    expect(result.postings[100]?.externalId).toBe(`${v4Entries()[0]?.refnr}-p2`);
    expect(server.requests).toHaveLength(2);
  });

  it('stops at ten pages', async () => {
    server.respond((req, res) => {
      const page = new URL(req.url ?? '/', 'http://x').searchParams.get('page');
      const entries = v4Entries().map((e) => ({ ...e, refnr: `${e.refnr}-${page}` }));
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ...v4, stellenangebote: entries }));
    });
    const result = changed(await source('v4').fetch({ state: undefined }));
    expect(server.requests).toHaveLength(10);
    expect(result.postings).toHaveLength(1000);
  });
});

describe('the arbeitsagentur source facing bad entries and answers', () => {
  it('rejects an entry without a title, naming the field, while the others land', async () => {
    const [first, ...rest] = v6Entries();
    servePages('ergebnisliste', [
      { ...v6, ergebnisliste: [{ ...first, stellenangebotsTitel: ' ', hauptberuf: null }, ...rest, 7] },
    ]);
    const result = changed(await source('v6').fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(rest.map((e) => e.referenznummer));
    expect(result.rejected).toEqual([
      {
        externalId: first?.referenznummer,
        reason: expect.stringMatching(/^arbeitsagentur ba: posting 0 \(.+\): stellenangebotsTitel: /),
      },
      { reason: expect.stringMatching(/^arbeitsagentur ba: posting 3: /) },
    ]);
  });

  it('rejects a v4 entry without its refnr, naming the field', async () => {
    const [first, ...rest] = v4Entries();
    servePages('stellenangebote', [{ ...v4, stellenangebote: [{ ...first, refnr: undefined }, ...rest] }]);
    const result = changed(await source('v4').fetch({ state: undefined }));
    expect(result.postings).toHaveLength(99);
    expect(result.rejected).toEqual([{ reason: expect.stringMatching(/^arbeitsagentur ba: posting 0: refnr: /) }]);
  });

  it('throws a clear error when the answer holds the other version’s list', async () => {
    servePages('ergebnisliste', [v6]);
    await expect(source('v4').fetch({ state: undefined })).rejects.toThrow(
      /^arbeitsagentur ba: expected a JSON object with a stellenangebote array, got an object without a stellenangebote array/,
    );
  });
});

describe('the arbeitsagentur source config', () => {
  it('defaults to v6 with the public client key', () => {
    const config = sourceConfigSchema.parse({ id: 'ba', type: 'arbeitsagentur', was: 'Pflege' });
    expect(config).toMatchObject({ api: 'v6', clientKey: 'jobboerse-jobsuche', was: 'Pflege' });
  });

  it.each([
    [{ api: 'v5' }, 'api'],
    [{ was: ' ' }, 'was'],
    [{ url: 'ftp://example.org/jobs' }, 'url'],
    [{ clientKey: '' }, 'clientKey'],
    [{ wer: 'x' }, ''],
  ])('refuses %j, naming the field', (extra, field) => {
    const parsed = sourceConfigSchema.safeParse({ id: 'ba', type: 'arbeitsagentur', ...extra });
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    if (field) expect(issue?.path).toEqual([field]);
    else expect(issue?.code).toBe('unrecognized_keys');
  });
});
