import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmartRecruitersSource } from '../../../shared/adapters/sources/smartrecruiters-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

const listPath = '/v1/companies/BoschGroup/postings';
const internshipId = '744000152399259';
const apprenticeId = '744000152398750';
const json = { 'content-type': 'application/json; charset=utf-8' };

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let list: string;
let detail: string;

beforeAll(async () => {
  list = await readFile(join(fixturesDir, 'sources/smartrecruiters/boschgroup-postings-list-de-ptbr.json'), 'utf8');
  detail = await readFile(join(fixturesDir, 'sources/smartrecruiters/boschgroup-posting-detail-de.json'), 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function smartRecruiters(path = `${listPath}?limit=2`) {
  return createSmartRecruitersSource({ id: 'bosch', type: 'smartrecruiters', url: server.url(path) }, { baseDir: '/' });
}

/** The recorded list page with its postings replaced by what `edit` makes of them. */
function editedList(edit: (content: Record<string, unknown>[]) => unknown[], page: object = {}): string {
  const recorded = JSON.parse(list) as { content: Record<string, unknown>[] };
  return JSON.stringify({ ...recorded, ...page, content: edit(recorded.content) });
}

/** A mirror holding fewer postings than the recorded `totalFound` answers past them with an empty page. */
const emptyPage = JSON.stringify({ offset: 2, limit: 2, totalFound: 4796, content: [] });

/** Serves list pages by their `offset` and posting details by id; anything else is a 404. */
function serveBoard(
  pages: Record<number, string> = { 0: list, 2: emptyPage },
  details: Record<string, string> = { [internshipId]: detail },
  headers: Record<string, string> = {},
) {
  server.respond((req, res) => {
    const url = new URL(req.url ?? '/', 'http://loopback');
    const body =
      url.pathname === listPath
        ? pages[Number(url.searchParams.get('offset') ?? 0)]
        : url.pathname.startsWith(`${listPath}/`)
          ? details[decodeURIComponent(url.pathname.slice(listPath.length + 1))]
          : undefined;
    if (body === undefined) res.writeHead(404, json).end('{"message":"not found"}');
    else res.writeHead(200, { ...json, ...headers }).end(body);
  });
}

describe('the SmartRecruiters source reading a recorded Bosch list and detail', () => {
  it('fetches the detail of a posting the list has no text for and reads its sections as plain text', async () => {
    serveBoard();
    const [internship] = changed(await smartRecruiters().fetch({ state: undefined })).postings;
    expect(internship).toMatchObject({
      sourceId: 'bosch',
      externalId: internshipId,
      title: 'Pflichtpraktikum in Social Media',
      company: 'Bosch Group',
      url: 'https://jobs.smartrecruiters.com/BoschGroup/744000152399259-pflichtpraktikum-in-social-media',
      locationText: 'Gerlingen, BW, Germany',
      postedAt: '2026-09-29T12:02:34.065Z',
    });
    expect(internship?.remoteHint).toBeUndefined();
    expect(internship?.text.startsWith('Unternehmensbeschreibung\nMit weltweit über 12 000 Mitarbeitenden')).toBe(true);
    expect(internship?.text).toContain('Stellenbeschreibung\n- Während deines Praktikums konzipierst');
    expect(internship?.text).toContain('Qualifikationen\n');
    expect(internship?.text).toContain('Zusätzliche Informationen\n');
    expect(internship?.text).not.toMatch(/<\/?(p|li|ul|strong)\b|&#xa0;/);
    expect(server.requests.map((r) => r.url)).toContain(`${listPath}/${internshipId}`);
  });

  it('rejects a posting whose detail cannot be fetched, naming it, while the others land', async () => {
    serveBoard();
    const result = changed(await smartRecruiters().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual([internshipId]);
    expect(result.rejected).toEqual([
      {
        externalId: apprenticeId,
        reason: `smartrecruiters bosch: posting 1 (${apprenticeId}): detail: HTTP 404 from ${server.url(`${listPath}/${apprenticeId}`)}`,
      },
    ]);
  });

  it('reads the ad from the list without a detail request when the list carries it', async () => {
    const { jobAd } = JSON.parse(detail) as { jobAd: unknown };
    serveBoard({ 0: editedList(([internship]) => [{ ...internship, jobAd }], { totalFound: 1 }) }, {});
    const [internship] = changed(await smartRecruiters().fetch({ state: undefined })).postings;
    expect(internship?.text).toContain('Während deines Praktikums konzipierst');
    expect(internship?.url).toBeUndefined();
    expect(server.requests.map((r) => r.url)).toEqual([`${listPath}?limit=2`]);
  });

  it('keeps a detail between polls while the posting is unchanged, and fetches it again once re-released', async () => {
    serveBoard();
    const source = smartRecruiters();
    await source.fetch({ state: undefined });
    const detailRequests = () => server.requests.filter((r) => r.url === `${listPath}/${internshipId}`).length;
    expect(detailRequests()).toBe(1);
    const [again] = changed(await source.fetch({ state: undefined })).postings;
    expect(detailRequests()).toBe(1);
    expect(again?.text).toContain('Während deines Praktikums konzipierst');
    serveBoard({
      0: editedList(([internship]) => [{ ...internship, releasedDate: '2026-10-01T08:00:00.000Z' }], { totalFound: 1 }),
    });
    await source.fetch({ state: undefined });
    expect(detailRequests()).toBe(1); // counted afresh since the board was served again
  });

  it('calls a posting remote or hybrid when its location says so', async () => {
    const flagged = (item: Record<string, unknown>, flags: object) => ({
      ...item,
      location: { ...(item.location as object), ...flags },
    });
    serveBoard(
      {
        0: editedList(([internship, apprentice]) => [
          flagged(internship as Record<string, unknown>, { remote: true }),
          flagged(apprentice as Record<string, unknown>, { remote: true, hybrid: true }),
        ]),
        2: emptyPage,
      },
      { [internshipId]: detail, [apprenticeId]: detail },
    );
    const postings = changed(await smartRecruiters().fetch({ state: undefined })).postings;
    expect(postings.map((p) => p.remoteHint)).toEqual(['remote', 'hybrid']);
  });

  it('drops the empty region of a full location such as "London, , United Kingdom"', async () => {
    const at = (item: unknown, fullLocation: string) => ({ ...(item as object), location: { fullLocation } });
    serveBoard(
      { 0: editedList(([a, b]) => [at(a, 'London, , United Kingdom'), at(b, ' , , ')]), 2: emptyPage },
      { [internshipId]: detail, [apprenticeId]: detail },
    );
    const postings = changed(await smartRecruiters().fetch({ state: undefined })).postings;
    expect(postings.map((p) => p.locationText)).toEqual(['London, United Kingdom', undefined]);
  });
});

describe('the SmartRecruiters source following pages', () => {
  const third = (content: Record<string, unknown>[]) => [
    { ...content[1], id: '744000152300001', name: 'Posting on the second page' },
  ];

  it('asks for the next offset until totalFound is reached, keeping the query it was given', async () => {
    serveBoard(
      { 0: editedList((c) => c, { totalFound: 3 }), 2: editedList(third, { offset: 2, totalFound: 3 }) },
      { [internshipId]: detail, [apprenticeId]: detail, '744000152300001': detail },
    );
    const result = changed(await smartRecruiters().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual([
      'Pflichtpraktikum in Social Media',
      'APRENDIZ - SIA ABRASIVOS - SÃO JOSÉ DOS PINHAIS (35774)',
      'Posting on the second page',
    ]);
    const listRequests = server.requests.map((r) => r.url).filter((u) => u.includes('?'));
    expect(listRequests).toEqual([`${listPath}?limit=2`, `${listPath}?limit=2&offset=2`]);
  });

  it('appends the offset as the query when the configured URL has none', async () => {
    serveBoard({ 0: list, 2: emptyPage });
    await smartRecruiters(listPath).fetch({ state: undefined });
    expect(server.requests.map((r) => r.url).filter((u) => !u.startsWith(`${listPath}/`))).toEqual([
      listPath,
      `${listPath}?offset=2`,
    ]);
  });

  it('stops after twenty pages however many postings the API claims', async () => {
    server.respond((req, res) => {
      const url = new URL(req.url ?? '/', 'http://loopback');
      if (url.pathname !== listPath) return res.writeHead(200, json).end(detail);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      res.writeHead(200, json).end(editedList(([item]) => [{ ...item, id: `p${offset}` }], { offset, limit: 1 }));
    });
    const result = changed(await smartRecruiters().fetch({ state: undefined }));
    expect(result.postings).toHaveLength(20);
    expect(server.requests.filter((r) => !r.url.startsWith(`${listPath}/`))).toHaveLength(20);
  });

  it('rejects a posting listed again on a later page, keeping the first', async () => {
    serveBoard(
      {
        0: editedList((c) => c, { totalFound: 3 }),
        2: editedList(([internship]) => [{ ...internship, name: 'Listed again' }], { offset: 2, totalFound: 3 }),
      },
      { [internshipId]: detail, [apprenticeId]: detail },
    );
    const result = changed(await smartRecruiters().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual([
      'Pflichtpraktikum in Social Media',
      'APRENDIZ - SIA ABRASIVOS - SÃO JOSÉ DOS PINHAIS (35774)',
    ]);
    expect(result.rejected).toEqual([
      {
        externalId: internshipId,
        reason: `smartrecruiters bosch: posting 2 (${internshipId}): duplicate id, posting 0 has it too; kept the first`,
      },
    ]);
  });
});

describe('the SmartRecruiters source cut at its page cap', () => {
  /** A company of `totalFound` postings served one a page, each page's posting its own. */
  function oneAPage(totalFound: number) {
    server.respond((req, res) => {
      const url = new URL(req.url ?? '/', 'http://loopback');
      if (url.pathname !== listPath) return res.writeHead(200, json).end(detail);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      res
        .writeHead(200, json)
        .end(editedList(([item]) => [{ ...item, id: `p${offset}` }], { offset, limit: 1, totalFound }));
    });
  }

  it('calls a listing longer than the twenty pages it reads partial, so that nothing it did not read is closed', async () => {
    oneAPage(21);
    const cut = changed(await smartRecruiters().fetch({ state: undefined }));
    expect(cut.postings).toHaveLength(20);
    expect(cut.coverage).toBe('partial');
  });

  it('calls a listing that ends within the twenty pages whole', async () => {
    oneAPage(20);
    const whole = changed(await smartRecruiters().fetch({ state: undefined }));
    expect(whole.postings).toHaveLength(20);
    expect(whole.coverage).toBeUndefined();
  });
});

describe('the SmartRecruiters source polling conditionally', () => {
  it('sends the ETag of the first page back as If-None-Match; a 304 means not modified and nothing else is fetched', async () => {
    serveBoard(undefined, undefined, { etag: '"sr1"' });
    const first = changed(await smartRecruiters().fetch({ state: undefined }));
    expect(first.etag).toBe('"sr1"');
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"sr1"') res.writeHead(304, { etag: '"sr1"' }).end();
      else res.writeHead(500).end();
    });
    const second = await smartRecruiters().fetch({
      state: { sourceId: 'bosch', etag: '"sr1"', consecutiveFailures: 0 },
    });
    expect(second).toEqual({ notModified: true, etag: '"sr1"' });
    expect(server.requests).toHaveLength(1);
  });
});

describe('the SmartRecruiters source facing a bad answer', () => {
  it('throws a clear error for an HTML error page served with status 200', async () => {
    server.respond((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Service Unavailable'));
    await expect(smartRecruiters().fetch({ state: undefined })).rejects.toThrow(
      `smartrecruiters bosch: expected a JSON object with a content array, got an HTML page (text/html) from ${server.url(`${listPath}?limit=2`)}`,
    );
  });

  it('throws a clear error for malformed JSON, naming the page it came from', async () => {
    serveBoard({ 0: editedList((c) => c, { totalFound: 3 }), 2: list.slice(0, 200) });
    await expect(smartRecruiters().fetch({ state: undefined })).rejects.toThrow(
      /^smartrecruiters bosch: expected a JSON object with a content array, got invalid JSON .* from http:\/\/127\.0\.0\.1:\d+\/v1\/companies\/BoschGroup\/postings\?limit=2&offset=2$/,
    );
  });

  it('rejects a posting missing its name, naming the field, while the others land', async () => {
    serveBoard({
      0: editedList(([internship, apprentice]) => [{ ...apprentice, name: undefined }, internship]),
      2: emptyPage,
    });
    const result = changed(await smartRecruiters().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual([internshipId]);
    expect(result.rejected).toEqual([
      {
        externalId: apprenticeId,
        reason: expect.stringMatching(new RegExp(`^smartrecruiters bosch: posting 0 \\(${apprenticeId}\\): name: `)),
      },
    ]);
  });

  it('rejects a posting whose detail is an HTML page, naming the detail address', async () => {
    serveBoard(undefined, { [internshipId]: '<!doctype html><p>Moved</p>' });
    const result = changed(await smartRecruiters().fetch({ state: undefined }));
    expect(result.rejected[0]).toEqual({
      externalId: internshipId,
      reason: `smartrecruiters bosch: posting 0 (${internshipId}): detail: expected a JSON object, got an HTML page (application/json; charset=utf-8) from ${server.url(`${listPath}/${internshipId}`)}`,
    });
  });
});
