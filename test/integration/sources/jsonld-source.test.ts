import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLdSource, type JsonLdSourceConfig } from '../../../shared/adapters/sources/jsonld-source';
import { ConfigError, parseConfig } from '../../../shared/config/config';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let itjobsPage: string;

beforeAll(async () => {
  itjobsPage = await readFile(`${fixturesDir}sources/jsonld/itjobs-pt-coimbra-telecommute-portugal.html`, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

/** Serves each path's page as HTML; unknown paths get a 404. */
function servePages(pages: Record<string, string>, headers: Record<string, string> = {}) {
  server.respond((req, res) => {
    const page = pages[req.url ?? ''];
    if (page === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(page);
  });
}

function jsonld(source: Omit<JsonLdSourceConfig, 'id' | 'type'>) {
  return createJsonLdSource({ id: 'careers', type: 'jsonld', ...source }, { baseDir: '/' });
}

const page = (...scripts: string[]) =>
  `<!doctype html><html><head><title>Careers</title>${scripts
    .map((s) => `<script type="application/ld+json">${s}</script>`)
    .join('\n')}</head><body><h1>Open roles</h1></body></html>`;

describe('the JSON-LD source reading a recorded itjobs.pt page', () => {
  it('turns its JobPosting into a raw posting with id, company, date, places and the TELECOMMUTE hint', async () => {
    servePages({ '/emprego/516462': itjobsPage });
    const url = server.url('/emprego/516462');
    const result = changed(await jsonld({ url }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(1);
    expect(result.postings[0]).toMatchObject({
      sourceId: 'careers',
      externalId: '516462',
      title: 'Software Developer (Mid-Level / Senior) | Angular | .NET Core (C#) | SQL Server',
      company: 'To-Be Portugal',
      url,
      locationText: 'Coimbra, Portugal; Portugal',
      remoteHint: 'remote',
      postedAt: '2026-08-28T00:00:00.000Z',
    });
  });

  it('hands over the description as plain text, work model line included', async () => {
    servePages({ '/job': itjobsPage });
    const [posting] = changed(await jsonld({ url: server.url('/job') }).fetch({ state: undefined })).postings;
    expect(posting?.text).toContain('Experiência em desenvolvimento web com Angular\n');
    expect(posting?.text).toContain('Modelo de trabalho: Híbrido');
    expect(posting?.text).not.toMatch(/<\/?(p|br|strong)\b/);
  });

  it('leaves the last word to enrichment, which reads the hybrid job marked TELECOMMUTE as hybrid in Coimbra', async () => {
    servePages({ '/job': itjobsPage });
    const [posting] = changed(await jsonld({ url: server.url('/job') }).fetch({ state: undefined })).postings;
    if (!posting) throw new Error('no posting');
    const enrichment = enrichPosting(posting);
    expect(enrichment).toMatchObject({ isPosting: true, remote: 'hybrid', countries: ['PT'], cities: ['Coimbra'] });
  });

  it('asks for one page conditionally and reports a 304 as not modified', async () => {
    servePages({ '/job': itjobsPage }, { etag: '"v1"', 'last-modified': 'Fri, 28 Aug 2026 10:00:00 GMT' });
    const source = jsonld({ url: server.url('/job') });
    const first = changed(await source.fetch({ state: undefined }));
    expect(first).toMatchObject({ etag: '"v1"', lastModified: 'Fri, 28 Aug 2026 10:00:00 GMT' });

    server.respond((req, res) =>
      req.headers['if-none-match'] === '"v1"' ? res.writeHead(304, { etag: '"v1"' }).end() : res.writeHead(500).end(),
    );
    const state = { sourceId: 'careers', etag: first.etag, lastModified: first.lastModified, consecutiveFailures: 0 };
    expect(await source.fetch({ state })).toEqual({ notModified: true, etag: '"v1"' });
    expect(server.requests[0]?.headers['if-modified-since']).toBe('Fri, 28 Aug 2026 10:00:00 GMT');
  });
});

describe('the JSON-LD source with several pages', () => {
  const other = page(
    JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Dutch-speaking Customer Support Agent',
      description: 'Fluent Dutch and English required. Office in Porto.',
      url: '/jobs/dutch-support',
      hiringOrganization: 'Example Support Lda',
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Porto', addressCountry: 'PT' } },
    }),
  );

  it('reads every page unconditionally, whatever validators the state holds', async () => {
    servePages({ '/a': itjobsPage, '/b': other }, { etag: '"x"' });
    const source = jsonld({ urls: [server.url('/a'), server.url('/b')] });
    const result = changed(await source.fetch({ state: { sourceId: 'careers', etag: '"x"', consecutiveFailures: 0 } }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['516462', server.url('/jobs/dutch-support')]);
    expect(result.postings[1]).toMatchObject({
      company: 'Example Support Lda',
      url: server.url('/jobs/dutch-support'),
      locationText: 'Porto, Portugal',
    });
    expect(result.postings[1]?.remoteHint).toBeUndefined();
    expect(server.requests.every((r) => r.headers['if-none-match'] === undefined)).toBe(true);
    expect(result.etag).toBeUndefined();
  });

  it('keeps the good pages when one fails, naming the one that failed', async () => {
    servePages({ '/b': other });
    const missing = server.url('/missing');
    const result = changed(await jsonld({ urls: [missing, server.url('/b')] }).fetch({ state: undefined }));
    expect(result.postings).toHaveLength(1);
    expect(result.rejected).toEqual([{ reason: `jsonld careers: HTTP 404 from ${missing}` }]);
  });

  it('counts a 304 to a page asked without validators as that page failing, and keeps the others', async () => {
    server.respond((req, res) =>
      req.url === '/b'
        ? res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(other)
        : res.writeHead(304).end(),
    );
    const stale = server.url('/a');
    const result = changed(await jsonld({ urls: [stale, server.url('/b')] }).fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual([server.url('/jobs/dutch-support')]);
    expect(result.rejected).toEqual([{ reason: `jsonld careers: unexpected 304 from ${stale}` }]);
  });

  it('fails as a whole only when no page could be read', async () => {
    servePages({});
    const source = jsonld({ urls: [server.url('/x'), server.url('/y')] });
    await expect(source.fetch({ state: undefined })).rejects.toThrow(
      `jsonld careers: HTTP 404 from ${server.url('/x')} (and 1 more page(s) failed)`,
    );
  });
});

describe('the JSON-LD source reading untidy markup', () => {
  it('finds postings in @graph, in nested arrays and in several objects of one script, trailing commas and all', async () => {
    const graph = `{"@context":"https://schema.org","@graph":[
      {"@type":"Organization","name":"Example Group"},
      {"@type":"JobPosting","title":"Norwegian Customer Care Specialist","identifier":{"@type":"PropertyValue","value":"no-1"},
       "description":"Native Norwegian, remote within Portugal.",},
    ],}`;
    const twoObjects = `{"@type":"JobPosting","title":"Danish Back Office Agent","identifier":"da-2","description":"Danish and English."}
      {"@type":["JobPosting"],"title":"Swedish Billing Specialist","identifier":"sv-3","description":"Swedish required."}`;
    const nested = `[[{"@type":"schema:JobPosting","title":"Finnish Support","identifier":4,"description":"Finnish.\nLine two."}]]`;
    servePages({ '/untidy': page(graph, twoObjects, nested) });
    const result = changed(await jsonld({ url: server.url('/untidy') }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => [p.externalId, p.title])).toEqual([
      ['no-1', 'Norwegian Customer Care Specialist'],
      ['da-2', 'Danish Back Office Agent'],
      ['sv-3', 'Swedish Billing Specialist'],
      ['4', 'Finnish Support'],
    ]);
    expect(result.postings[3]?.text).toBe('Finnish.\nLine two.');
  });

  it('never takes a "( Todas as Zonas )" placeholder for a town, and names applicant countries and areas', async () => {
    const posting = {
      '@type': 'JobPosting',
      title: 'German-speaking Account Manager',
      identifier: 'de-5',
      description: '<p>Fluent German.</p>',
      jobLocationType: 'TELECOMMUTE',
      jobLocation: [
        {
          '@type': 'Place',
          address: { addressLocality: '( Todas as Zonas )', addressCountry: { '@type': 'Country', name: 'Portugal' } },
        },
      ],
      applicantLocationRequirements: [
        { '@type': 'Country', name: 'Spain' },
        { '@type': 'AdministrativeArea', name: 'Madeira' },
      ],
    };
    servePages({ '/remote': page(JSON.stringify(posting)) });
    const [raw] = changed(await jsonld({ url: server.url('/remote') }).fetch({ state: undefined })).postings;
    expect(raw).toMatchObject({
      locationText: 'Portugal; Spain; Madeira',
      remoteHint: 'remote',
      text: 'Fluent German.',
    });
    expect(enrichPosting(raw as NonNullable<typeof raw>).cities).not.toContain('Todas as Zonas');
  });

  it('falls back to the page address and title for a posting with neither identifier nor url', async () => {
    const posting = { '@type': 'JobPosting', title: 'Italian Sales Agent', description: 'Italian, Lisbon office.' };
    servePages({ '/careers': page(JSON.stringify(posting)) });
    const url = server.url('/careers');
    const [raw] = changed(await jsonld({ url, company: 'Example Lda' }).fetch({ state: undefined })).postings;
    expect(raw).toMatchObject({ externalId: `${url}#Italian Sales Agent`, url, company: 'Example Lda' });
  });

  it('decodes entity-escaped HTML in descriptions and titles', async () => {
    const posting = {
      '@type': 'JobPosting',
      identifier: 'fr-6',
      title: 'Support &amp; Billing (French)',
      description: '&lt;p&gt;Fluent &lt;strong&gt;French&lt;/strong&gt; required.&lt;/p&gt;',
    };
    servePages({ '/escaped': page(JSON.stringify(posting)) });
    const [raw] = changed(await jsonld({ url: server.url('/escaped') }).fetch({ state: undefined })).postings;
    expect(raw).toMatchObject({ title: 'Support & Billing (French)', text: 'Fluent French required.' });
  });

  it('reports a broken script, a posting without title and a repeated id, and keeps the good postings', async () => {
    const good = `{"@type":"JobPosting","identifier":"ok-1","title":"Polish Support","description":"Polish."}`;
    const broken = `{"@type":"JobPosting","title":"Broken" "description":"x"}`;
    const untitled = `{"@type":"JobPosting","identifier":"no-title","description":"No title here."}`;
    servePages({ '/mixed': page(good, broken, untitled, good) });
    const url = server.url('/mixed');
    const result = changed(await jsonld({ url }).fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['ok-1']);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      expect.stringContaining(`jsonld careers: ${url}: script 1: invalid JSON-LD (`),
      `jsonld careers: ${url}: posting 1 (no-title): title: Invalid input: expected string, received undefined`,
      `jsonld careers: ${url}: posting 2 (ok-1): duplicate id, already read from ${url}`,
    ]);
  });

  it('names an HTML page without JSON-LD (an error page served with 200) and fails nothing', async () => {
    servePages({ '/oops': '<html><body><h1>Something went wrong</h1></body></html>' });
    const url = server.url('/oops');
    const result = changed(await jsonld({ url }).fetch({ state: undefined }));
    expect(result.postings).toEqual([]);
    expect(result.rejected).toEqual([
      { reason: `jsonld careers: ${url}: no JSON-LD script on the page (text/html; charset=utf-8)` },
    ]);
  });
});

describe('the jsonld entry in the config', () => {
  it('accepts one url or a list of urls', () => {
    const config = parseConfig(
      {
        sources: [
          { id: 'one', type: 'jsonld', url: 'https://careers.example.com/jobs/1' },
          {
            id: 'many',
            type: 'jsonld',
            urls: ['https://a.example.com/', 'https://b.example.org/'],
            company: 'Example',
          },
        ],
      },
      'test',
    );
    expect(config.sources.map((s) => s.type)).toEqual(['jsonld', 'jsonld']);
  });

  it('refuses an entry without any page, naming the field', () => {
    expect(() => parseConfig({ sources: [{ id: 'none', type: 'jsonld' }] }, 'test')).toThrow(ConfigError);
    expect(() => parseConfig({ sources: [{ id: 'none', type: 'jsonld' }] }, 'test')).toThrow(
      'sources[0].url: either url or urls is required',
    );
  });
});
