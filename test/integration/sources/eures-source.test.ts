import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEuresSource, type EuresSourceConfig } from '../../../shared/adapters/sources/eures-source';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

const payloadPath = join(fixturesDir, 'sources/eures/jv-search-de-german.json');
const json = { 'content-type': 'application/json' };

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;
/** The search requests' method and JSON body, in order. */
let searches: { method: string; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  payload = await readFile(payloadPath, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

type Vacancy = Record<string, unknown>;

function eures(extra: Partial<EuresSourceConfig> = {}) {
  const config = { id: 'de-it', type: 'eures' as const, countries: ['DE'], url: server.url('/search'), ...extra };
  return createEuresSource(config, { baseDir: '/' });
}

/** The recorded response with its vacancies (and, given, its count) replaced. */
function edited(edit: (jvs: Vacancy[]) => unknown[], numberRecords?: number | null): string {
  const page = JSON.parse(payload) as { jvs: Vacancy[]; numberRecords: number };
  return JSON.stringify({ ...page, jvs: edit(page.jvs), numberRecords: numberRecords ?? page.numberRecords });
}

/** `count` vacancies made from the recorded first one, each with its own id. */
function many(count: number, from: number): (jvs: Vacancy[]) => Vacancy[] {
  return ([first]) => Array.from({ length: count }, (_, i) => ({ ...first, id: `SYNTHETIC-${from + i}` }));
}

/** Answers each search with `answer(page)`, recording what was POSTed. */
function serve(answer: (page: number) => string) {
  searches = [];
  server.respond((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      const sent = JSON.parse(body) as Record<string, unknown>;
      searches.push({ method: req.method ?? '', body: sent });
      res.writeHead(200, json).end(answer(Number(sent.page)));
    });
  });
}

describe('the EURES source reading a recorded search response', () => {
  it('turns all three vacancies into postings: title, plain text, employer, country, link and date', async () => {
    serve(() => payload);
    const result = changed(await eures().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.externalId)).toEqual([
      'MTM0MTAtazEzNTcyLjE1ODA3LVMgMQ',
      'MTMzMjYtODY4NS0xNzgzMjUwLTAtUyAx',
      'MTMzMjYtODY4NC0xNzgzMjQxLTAtUyAx',
    ]);
    expect(result.postings.map((p) => p.title)).toEqual([
      'Technischer Produktdesigner (m/w/d) (IT-Tester/in)',
      'AI Solutions Engineer (m/w/d) - LLM Integration, AI Agents & Automation (Softwareentwickler/in)',
      'AI Engineer (m/w/d) - LLM, Generative AI, AI Agents & DevOps (Softwareentwickler/in)',
    ]);
    const [first, second] = result.postings;
    expect(first).toMatchObject({
      sourceId: 'de-it',
      company: 'Guldberg GmbH',
      locationText: 'Germany',
      url: 'https://europa.eu/eures/portal/jv-se/jv-details/MTM0MTAtazEzNTcyLjE1ODA3LVMgMQ?lang=de',
      postedAt: new Date(1783465210973).toISOString(),
    });
    expect(first?.text.startsWith('Für den Standort Ismaning suchen wir:\n')).toBe(true);
    // Of the two German copies the recording holds, the fuller one (the top level's) is read.
    expect(first?.text).toContain('Durchführung von Änderungen');
    expect(first?.text).not.toMatch(/<br|&lt;/);
    expect(second).toMatchObject({ company: 'FlexIT Consulting GmbH', locationText: 'Germany' });
    expect(second?.text).toContain('AI Engineer;KI Spezialist');
    expect(result.coverage).toBeUndefined();
  });

  it('hands enrichment a place it reads as the country, and no NUTS code as a town', async () => {
    serve(() => payload);
    const [first] = changed(await eures().fetch({ state: undefined })).postings;
    if (!first) throw new Error('expected a posting');
    const enrichment = enrichPosting(first);
    expect(enrichment.countries).toEqual(['DE']);
    expect(first.locationText).not.toMatch(/DE21H/);
  });

  it('POSTs the search as the portal does: keywords everywhere, lower-case places, languages, newest first', async () => {
    serve(() => payload);
    const config = {
      keywords: ['entwickler', 'engineer'],
      countries: ['DE', 'at'],
      locationCodes: ['PT17'],
      requiredLanguages: ['de', 'en(B2)'],
    };
    await eures(config).fetch({ state: undefined });
    expect(searches).toHaveLength(1);
    const [search] = searches;
    expect(search?.method).toBe('POST');
    expect(search?.body).toMatchObject({
      page: 1,
      resultsPerPage: 50,
      sortSearch: 'MOST_RECENT',
      keywords: [
        { keyword: 'entwickler', specificSearchCode: 'EVERYWHERE' },
        { keyword: 'engineer', specificSearchCode: 'EVERYWHERE' },
      ],
      locationCodes: ['de', 'at', 'pt17'],
      requiredLanguages: ['de', 'en(B2)'],
      requestLanguage: 'en',
    });
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
  });
});

describe('the EURES source paging', () => {
  it('asks page after page until the count is read, each vacancy once', async () => {
    serve((page) => (page === 1 ? edited(many(50, 0), 53) : edited(many(3, 50), 53)));
    const result = changed(await eures().fetch({ state: undefined }));
    expect(searches.map((s) => s.body.page)).toEqual([1, 2]);
    expect(result.postings).toHaveLength(53);
    expect(result.postings.at(-1)?.externalId).toBe('SYNTHETIC-52');
    expect(result.coverage).toBeUndefined();
  });

  it('stops at maxPages and says the read is partial, so nothing unread is closed', async () => {
    serve((page) => edited(many(50, page * 50), 9718));
    const result = changed(await eures({ maxPages: 3 }).fetch({ state: undefined }));
    expect(searches.map((s) => s.body.page)).toEqual([1, 2, 3]);
    expect(result.postings).toHaveLength(150);
    expect(result.coverage).toBe('partial');
  });

  it('reads ten pages by default', async () => {
    serve((page) => edited(many(50, page * 50), null));
    const result = changed(await eures().fetch({ state: undefined }));
    expect(searches).toHaveLength(10);
    expect(result.coverage).toBe('partial');
  });

  it('reads a search that found nothing as an empty, complete listing', async () => {
    serve(() => JSON.stringify({ numberRecords: 0, jvs: null }));
    const result = changed(await eures().fetch({ state: undefined }));
    expect(result.postings).toEqual([]);
    expect(result.coverage).toBeUndefined();
  });
});

describe('the EURES source facing other shapes of a vacancy', () => {
  it('reads a vacancy whose optional fields are null or missing from its top-level copy', async () => {
    serve(() =>
      edited(([first]) => [
        {
          id: first?.id,
          title: first?.title,
          description: first?.description,
          creationDate: null,
          lastModificationDate: '1783465210973',
          employer: null,
          locationMap: null,
          availableLanguages: null,
          translationType: null,
          translations: null,
          numberOfPosts: null,
        },
      ]),
    );
    const result = changed(await eures().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    const [posting] = result.postings;
    expect(posting).toMatchObject({
      title: 'Technischer Produktdesigner (m/w/d) (IT-Tester/in)',
      url: 'https://europa.eu/eures/portal/jv-se/jv-details/MTM0MTAtazEzNTcyLjE1ODA3LVMgMQ?lang=en',
      postedAt: new Date(1783465210973).toISOString(),
    });
    expect(posting?.text).toContain('Ismaning');
    expect(posting?.company).toBeUndefined();
    expect(posting?.locationText).toBeUndefined();
  });

  it("prefers the vacancy's first language to a machine translation, and names Greece from EL", async () => {
    // Our own vacancy in the API's shape: written in Greek, shown (machine-translated) in English.
    const vacancy = {
      id: 'OUR-OWN-1',
      title: 'Receptionist',
      description: '<p>Hotel in Crete.</p>',
      creationDate: 1783465210973,
      locationMap: { EL: ['EL431'] },
      availableLanguages: ['el', 'en'],
      translationType: 'MACHINE_TRANSLATION',
      translations: {
        en: { title: 'Receptionist', description: '<p>Hotel in Crete.</p>' },
        el: { title: 'Υπάλληλος υποδοχής', description: '<p>Ξενοδοχείο στην Κρήτη.</p>' },
      },
    };
    serve(() => JSON.stringify({ numberRecords: 1, jvs: [vacancy] }));
    const [posting] = changed(await eures().fetch({ state: undefined })).postings;
    expect(posting).toMatchObject({
      title: 'Υπάλληλος υποδοχής',
      text: 'Ξενοδοχείο στην Κρήτη.',
      locationText: 'Greece',
      url: 'https://europa.eu/eures/portal/jv-se/jv-details/OUR-OWN-1?lang=el',
    });
  });

  it('rejects a vacancy without any title or id, naming the field, and keeps the others', async () => {
    serve(() =>
      edited(([first, second, third]) => [
        { ...first, title: null, translations: { de: { title: ' ', description: 'x' } } },
        { ...second, id: null },
        third,
        'not a vacancy',
      ]),
    );
    const result = changed(await eures().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['MTMzMjYtODY4NC0xNzgzMjQxLTAtUyAx']);
    expect(result.rejected).toEqual([
      {
        externalId: 'MTM0MTAtazEzNTcyLjE1ODA3LVMgMQ',
        reason:
          'eures de-it: posting 0 (MTM0MTAtazEzNTcyLjE1ODA3LVMgMQ): title: missing, in the vacancy and in every translation',
      },
      { reason: expect.stringMatching(/^eures de-it: posting 1: id: /) },
      { reason: expect.stringMatching(/^eures de-it: posting 3: /) },
    ]);
  });
});

describe('the EURES source facing a bad answer', () => {
  it.each([
    ['an object without jvs', '{"message":"Bad Request"}', 'got an object without a jvs array'],
    ['an array', '[]', 'got an array'],
    ['broken JSON', '{"jvs": [', 'got invalid JSON'],
  ])('throws a clear error for %s', async (_what, body, got) => {
    serve(() => body);
    await expect(eures().fetch({ state: undefined })).rejects.toThrow(
      new RegExp(
        `^eures de-it: expected a JSON object with a jvs array, ${got}.* from http://127\\.0\\.0\\.1:\\d+/search \\(page 1\\)$`,
      ),
    );
  });

  it('names the source and the page when the API refuses the search', async () => {
    server.respond((_req, res) => res.writeHead(400, json).end('{"error":"resultsPerPage"}'));
    await expect(eures().fetch({ state: undefined })).rejects.toThrow(/^eures de-it: .*400.*\(page 1\)$/);
  });
});
