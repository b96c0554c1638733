import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createJobtechSource,
  JOBTECH_MAX_PAGES,
  type JobtechSourceConfig,
} from '../../../shared/adapters/sources/jobtech-source';
import { sourceConfigSchema } from '../../../shared/adapters/sources/registry';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

const payloadPath = join(fixturesDir, 'sources/jobtech/eutlo_jobsearch_search_systemutvecklare.json');

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;

beforeAll(async () => {
  payload = await readFile(payloadPath, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

type Hit = Record<string, unknown>;

function jobtech(extra: Partial<JobtechSourceConfig> = {}) {
  return createJobtechSource(
    { id: 'se-dev', type: 'jobtech', query: 'systemutvecklare', url: server.url('/search'), ...extra },
    { baseDir: '/' },
  );
}

/** The recorded response with its hits (and, given, its total) replaced. */
function editedPayload(edit: (hits: Hit[]) => unknown[], total?: number): string {
  const page = JSON.parse(payload) as { hits: Hit[]; total: { value: number } };
  return JSON.stringify({ ...page, hits: edit(page.hits), total: { value: total ?? page.total.value } });
}

function json(res: ServerResponse, body: string) {
  res.writeHead(200, { 'content-type': 'application/json' }).end(body);
}

/** Answers each offset with what `pages` gives for it. */
function servePages(pages: (offset: number) => string) {
  server.respond((req, res) => json(res, pages(Number(new URL(req.url ?? '', 'http://x').searchParams.get('offset')))));
}

/** The recorded page at offset 0, an empty page after it (its total says 609, it holds 2). */
function serveRecorded() {
  servePages((offset) => (offset === 0 ? payload : editedPayload(() => [])));
}

const param = (name: string) => () => server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get(name));
const offsets = param('offset');
const sorts = param('sort');

describe('the JobTech source reading a recorded JobSearch response', () => {
  it('turns every hit into a raw posting with its text, employer, place, link and date', async () => {
    serveRecorded();
    const result = changed(await jobtech().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.externalId)).toEqual(['31281556', '31340569']);
    const [first, second] = result.postings;
    expect(first).toMatchObject({
      sourceId: 'se-dev',
      title: 'Utvecklare',
      company: 'HÖGSKOLAN I HALMSTAD',
      url: 'https://arbetsformedlingen.se/platsbanken/annonser/31281556',
      locationText: 'Halmstad, Hallands län, Sverige',
      postedAt: '2026-07-20T00:01:23.000Z',
    });
    expect(first?.text.startsWith('Utvecklare\nJobba på en innovativ högskola')).toBe(true);
    expect(first?.remoteHint).toBeUndefined();
    expect(second).toMatchObject({ title: 'Java Utvecklare', locationText: 'Göteborg, Västra Götalands län, Sverige' });
    expect(result.coverage).toBeUndefined();
    expect(result.cursor).toBeUndefined();
  });

  it('takes a set remote-work flag as the remote hint, and an unset one as no hint', async () => {
    servePages((offset) =>
      offset === 0
        ? editedPayload(
            ([first, second]) => [
              { ...first, remote_work: true },
              { ...second, remote_work: false },
            ],
            2,
          )
        : editedPayload(() => []),
    );
    const { postings } = changed(await jobtech().fetch({ state: undefined }));
    expect(postings.map((p) => p.remoteHint)).toEqual(['remote', undefined]);
  });

  it('asks JSON for the query, newest first, 100 hits a page, from offset 0, with the filters configured', async () => {
    serveRecorded();
    await jobtech({ municipality: ['1380', '1480'], region: ['13'] }).fetch({ state: undefined });
    const [first] = server.requests;
    expect(first?.headers.accept).toBe('application/json');
    const params = new URL(first?.url ?? '', 'http://x').searchParams;
    expect(params.get('q')).toBe('systemutvecklare');
    expect(params.get('sort')).toBe('pubdate-desc');
    expect([params.get('limit'), params.get('offset')]).toEqual(['100', '0']);
    expect(params.getAll('municipality')).toEqual(['1380', '1480']);
    expect(params.getAll('region')).toEqual(['13']);
  });

  it('reads the formatted text as plain text when the plain one is missing, and builds the ad page link', async () => {
    const [hit] = JSON.parse(payload).hits as Hit[];
    const description = hit?.description as { text_formatted: string };
    servePages((offset) =>
      offset === 0
        ? editedPayload(([h]) => [{ ...h, description: { text_formatted: description.text_formatted } }], 1)
        : editedPayload(() => []),
    );
    const [posting] = changed(await jobtech().fetch({ state: undefined })).postings;
    expect(posting?.text).toContain('Jobba på en innovativ högskola');
    expect(posting?.text).not.toMatch(/<\/?(p|strong|br|ul|li)\b/);
  });

  it.each([null, '', 'platsbanken/annonser/31281556'])(
    'links the Platsbanken page when the hit has no usable webpage_url (%j)',
    async (webpageUrl) => {
      servePages(() => editedPayload(([h]) => [{ ...h, webpage_url: webpageUrl }], 1));
      const result = changed(await jobtech().fetch({ state: undefined }));
      expect(result.rejected).toEqual([]);
      expect(result.postings[0]?.url).toBe('https://arbetsformedlingen.se/platsbanken/annonser/31281556');
    },
  );

  it('reads an id sent as a number and a total sent as a string', async () => {
    servePages((offset) => {
      if (offset > 0) return editedPayload(() => []);
      const page = JSON.parse(editedPayload(([h]) => [{ ...h, id: 31281556 }]));
      return JSON.stringify({ ...page, total: { value: '1' } });
    });
    const result = changed(await jobtech().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['31281556']);
    expect(server.requests).toHaveLength(1);
  });
});

describe('the JobTech source paging', () => {
  it('asks the next page from where the last ended, in the same order, until the total is read', async () => {
    servePages((offset) =>
      offset === 0 ? editedPayload((hits) => hits, 3) : editedPayload(([h]) => [{ ...h, id: '99000001' }], 3),
    );
    const result = changed(await jobtech().fetch({ state: undefined }));
    expect(offsets()).toEqual(['0', '2']);
    expect(sorts()).toEqual(['pubdate-desc', 'pubdate-desc']);
    expect(result.postings.map((p) => p.externalId)).toEqual(['31281556', '31340569', '99000001']);
    expect(result.coverage).toBeUndefined();
  });

  it('reads an ad that a new one pushed onto the next page once', async () => {
    // Between the two requests a new ad was published: newest first, it shifts the listing by one.
    servePages((offset) =>
      offset === 0 ? editedPayload((hits) => hits, 3) : editedPayload(([, second]) => [second], 3),
    );
    const result = changed(await jobtech().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['31281556', '31340569']);
    expect(result.rejected).toEqual([]);
  });

  it('stops at an empty page', async () => {
    serveRecorded();
    await jobtech().fetch({ state: undefined });
    expect(offsets()).toEqual(['0', '2']);
  });

  it('stops at offset 2,000 (page 21) however large the total, and says the read is partial', async () => {
    servePages((offset) =>
      editedPayload(
        (hits) => Array.from({ length: 100 }, (_, i) => ({ ...hits[i % 2], id: String(offset + i) })),
        48_000,
      ),
    );
    const result = changed(await jobtech().fetch({ state: undefined }));
    expect(JOBTECH_MAX_PAGES).toBe(21);
    expect(offsets().at(-1)).toBe('2000');
    expect(server.requests).toHaveLength(21);
    expect(result.postings).toHaveLength(2100);
    expect(result.coverage).toBe('partial');
  });

  it('says a read stopped at the page cap before a total it does not know is partial', async () => {
    servePages((offset) => {
      const page = JSON.parse(editedPayload((hits) => hits.map((h, i) => ({ ...h, id: String(offset + i) }))));
      return JSON.stringify({ ...page, total: null });
    });
    const result = changed(await jobtech().fetch({ state: undefined }));
    expect(server.requests).toHaveLength(21);
    expect(result.coverage).toBe('partial');
  });
});

describe('the JobTech source facing a bad answer', () => {
  it('rejects a hit without its headline, naming the field, while the others land', async () => {
    servePages((offset) =>
      offset === 0 ? editedPayload(([first, second]) => [{ ...first, headline: ' ' }, second, 'not a hit'], 3) : '',
    );
    const result = changed(await jobtech().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['31340569']);
    expect(result.rejected).toEqual([
      { externalId: '31281556', reason: expect.stringMatching(/^jobtech se-dev: posting 0 \(31281556\): headline: /) },
      { reason: expect.stringMatching(/^jobtech se-dev: posting 2: /) },
    ]);
  });

  it('throws a clear error for an object without hits', async () => {
    servePages(() => '{"message":"Bad Request"}');
    await expect(jobtech().fetch({ state: undefined })).rejects.toThrow(
      /^jobtech se-dev: expected a JSON object with a hits array, got an object without a hits array from http:\/\/127\.0\.0\.1:\d+\/search\?q=systemutvecklare&sort=pubdate-desc&limit=100&offset=0$/,
    );
  });
});

describe('the JobTech source config', () => {
  function issues(config: unknown) {
    const result = sourceConfigSchema.safeParse(config);
    if (result.success) throw new Error('expected the config to be refused');
    return result.error.issues;
  }

  it('is accepted by the registry with a query alone', () => {
    const config = { id: 'se-dev', type: 'jobtech', query: 'systemutvecklare' };
    expect(sourceConfigSchema.parse(config)).toEqual(config);
  });

  it('names the missing or blank query', () => {
    expect(issues({ id: 'se-dev', type: 'jobtech' })[0]?.path).toEqual(['query']);
    expect(issues({ id: 'se-dev', type: 'jobtech', query: '  ' })[0]?.path).toEqual(['query']);
  });

  it('names a bad url, a bad municipality code and an unknown field', () => {
    expect(issues({ id: 'se-dev', type: 'jobtech', query: 'x', url: 'ftp://x' })[0]?.path).toEqual(['url']);
    expect(issues({ id: 'se-dev', type: 'jobtech', query: 'x', municipality: ['14 80'] })[0]?.path).toEqual([
      'municipality',
      0,
    ]);
    const [unknown] = issues({ id: 'se-dev', type: 'jobtech', query: 'x', q: 'typo' });
    expect(unknown?.code === 'unrecognized_keys' && unknown.keys).toEqual(['q']);
  });

  it('takes the stream mode without a query, with its concept-id filters and byte limit', () => {
    const config = {
      id: 'se-all',
      type: 'jobtech',
      mode: 'stream',
      occupationConceptId: ['apaJ_2ja_LuF'],
      locationConceptId: ['CifL_Rzy_Mku'],
      maxResponseMiB: 512,
    };
    expect(sourceConfigSchema.parse(config)).toEqual(config);
  });

  it('names each field that belongs to the other mode, and an unknown mode', () => {
    const stream = issues({ id: 'se-all', type: 'jobtech', mode: 'stream', query: 'x', region: ['14'] });
    expect(stream.map((i) => [i.path, i.message])).toEqual([
      [['query'], 'is for mode "search" only'],
      [['region'], 'is for mode "search" only'],
    ]);
    const search = issues({ id: 'se-dev', type: 'jobtech', query: 'x', locationConceptId: ['CifL_Rzy_Mku'] });
    expect(search.map((i) => [i.path, i.message])).toEqual([[['locationConceptId'], 'is for mode "stream" only']]);
    expect(issues({ id: 'se-all', type: 'jobtech', mode: 'firehose' })[0]?.path).toEqual(['mode']);
  });

  it('names a byte limit out of range and a bad concept id', () => {
    const base = { id: 'se-all', type: 'jobtech', mode: 'stream' };
    expect(issues({ ...base, maxResponseMiB: 0 })[0]?.path).toEqual(['maxResponseMiB']);
    expect(issues({ ...base, maxResponseMiB: 2048 })[0]?.path).toEqual(['maxResponseMiB']);
    expect(issues({ ...base, occupationConceptId: ['a b'] })[0]?.path).toEqual(['occupationConceptId', 0]);
  });
});
