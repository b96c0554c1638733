import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ArbeitsagenturSourceConfig,
  arbeitsagenturSourceConfigSchema,
  createArbeitsagenturSource,
} from '../../../shared/adapters/sources/arbeitsagentur-source';
import { sourceConfigSchema } from '../../../shared/adapters/sources/registry';
import { changed } from '../../support/changed-result';
import { startLoopbackServer } from '../../support/loopback-server';
import { type Entry, loadPayloads, type Payload, servedText, startJobsuche } from './arbeitsagentur-jobsuche';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payloads: Awaited<ReturnType<typeof loadPayloads>>;

beforeAll(async () => {
  payloads = await loadPayloads();
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

function jobsuche(api: 'v4' | 'v6', pages: Payload[]) {
  const fake = startJobsuche(server, api, api === 'v4' ? payloads.detailOlder : payloads.detailCurrent);
  fake.state.pages = pages;
  return fake;
}

const v4Entries = () => payloads.v4.stellenangebote as Entry[];
const v6Entries = () => payloads.v6.ergebnisliste as Entry[];
const b64 = (refnr: string) => encodeURIComponent(Buffer.from(refnr).toString('base64'));

describe('the arbeitsagentur source reading recorded Jobsuche lists', () => {
  it('reads every entry of the v4 page with its details’ text, sending the client key', async () => {
    const fake = jobsuche('v4', [payloads.v4]);
    const result = changed(await source('v4').fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(v4Entries().length);
    expect(result.postings).toHaveLength(100);
    expect(result.coverage).toBe('full');
    // The recorded page reports 927 in all; the next page came back empty.
    expect(fake.searches().map((u) => u.searchParams.get('page'))).toEqual(['1', '2']);
    expect(Object.fromEntries(fake.searches()[0]?.searchParams ?? [])).toEqual({
      was: 'Entwickler',
      wo: 'Dortmund',
      size: '100',
      page: '1',
    });
    expect(fake.detailsRead().sort()).toEqual(
      v4Entries()
        .map((e) => e.refnr)
        .sort(),
    );
    for (const r of server.requests) expect(r.headers['x-api-key']).toBe('jobboerse-jobsuche');

    const entry = v4Entries()[0] as Entry & { arbeitsort: Record<string, string> };
    expect(server.requests.some((r) => r.url === `/pc/v4/jobdetails/${b64(String(entry.refnr))}`)).toBe(true);
    const posting = result.postings[0];
    expect(posting).toEqual({
      sourceId: 'ba',
      externalId: entry.refnr,
      title: entry.titel,
      company: entry.arbeitgeber,
      url: entry.externeUrl,
      text: servedText(payloads.detailOlder, String(entry.refnr)),
      locationText: `${entry.arbeitsort.plz} ${entry.arbeitsort.ort}, ${entry.arbeitsort.region}, ${entry.arbeitsort.land}`,
      postedAt: `${entry.aktuelleVeroeffentlichungsdatum}T00:00:00.000Z`,
    });
    for (const p of result.postings) expect(p.text.length).toBeGreaterThan(100);
  });

  it('links an entry without an external ad to its public page on arbeitsagentur.de', async () => {
    jobsuche('v4', [payloads.v4]);
    const result = changed(await source('v4').fetch({ state: undefined }));
    const entry = v4Entries().find((e) => !e.externeUrl) as Entry;
    const posting = result.postings.find((p) => p.externalId === entry.refnr);
    expect(posting?.url).toBe(`https://www.arbeitsagentur.de/jobsuche/jobdetail/${entry.refnr}`);
  });

  it('reads every entry of the v6 list, each place from its address and home office as hybrid', async () => {
    const fake = jobsuche('v6', [payloads.v6]);
    const result = changed(await source('v6', { clientKey: 'another-key' }).fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.externalId)).toEqual(v6Entries().map((e) => e.referenznummer));
    // Three entries on a page of 100: the last page, whatever the total says.
    expect(fake.searches()).toHaveLength(1);
    // The details answer under v4 beside the v6 search.
    expect(server.requests.filter((r) => r.url.startsWith('/pc/v4/jobdetails/'))).toHaveLength(3);
    for (const r of server.requests) expect(r.headers['x-api-key']).toBe('another-key');

    const entry = v6Entries().find((e) => e.externeURL) as Entry & {
      stellenlokationen: { adresse: Record<string, string> }[];
    };
    const address = entry.stellenlokationen[0]?.adresse ?? {};
    expect(result.postings.find((p) => p.externalId === entry.referenznummer)).toMatchObject({
      title: entry.stellenangebotsTitel,
      company: entry.firma,
      url: entry.externeURL,
      text: servedText(payloads.detailCurrent, String(entry.referenznummer)),
      locationText: `${address.plz} ${address.ort}, ${address.region}, ${address.land}`,
    });
    // Home office by arrangement in the list (the details say nothing of it here); none said, no hint.
    const hints = Object.fromEntries(result.postings.map((p) => [p.externalId, p.remoteHint]));
    for (const e of v6Entries())
      expect(hints[String(e.referenznummer)]).toBe(e.homeofficemoeglich === true ? 'hybrid' : undefined);
    expect(Object.values(hints)).toContain('hybrid');
  });

  it.each([
    ['v6', 'detailCurrent', 'Sie beraten unsere Kundschaft am Telefon', '60311 Frankfurt am Main, HESSEN, DEUTSCHLAND'],
    ['v4', 'detailOlder', 'Sie buchen Eingangsrechnungen', '44137 Dortmund, Nordrhein-Westfalen, Deutschland'],
  ] as const)(
    'takes the %s ad’s title, employer, places, home office and text from its details (%s)',
    async (api, name, opening, place) => {
      const entries = (api === 'v4' ? v4Entries() : v6Entries()).slice(0, 1);
      const key = api === 'v4' ? 'stellenangebote' : 'ergebnisliste';
      const fake = jobsuche(api, [{ [key]: entries }]);
      const detail = payloads[name];
      fake.state.detail = () => ({ status: 200, body: detail });
      const result = changed(await source(api).fetch({ state: undefined }));
      expect(result.rejected).toEqual([]);
      const posting = result.postings[0];
      expect(posting).toMatchObject({
        title: detail.stellenangebotsTitel ?? detail.titel,
        company: detail.firma ?? detail.arbeitgeber,
        locationText: place,
        remoteHint: 'hybrid',
      });
      expect(posting?.text.startsWith(opening)).toBe(true);
      expect(posting?.text).not.toMatch(/<\/?\w/);
      expect(posting?.text).toMatch(/Kreditorenbuchhaltung|Aufträge erfassen/);
    },
  );

  it('follows the pages up to the reported total, given as a number or as text', async () => {
    const second = v4Entries()
      .slice(0, 50)
      .map((e) => ({ ...e, refnr: `${e.refnr}-p2` }));
    const fake = jobsuche('v4', [
      { ...payloads.v4, maxErgebnisse: '150' },
      { ...payloads.v4, stellenangebote: second, maxErgebnisse: 150, page: 2 },
      { ...payloads.v4, stellenangebote: second.map((e) => ({ ...e, refnr: `${e.refnr}-p3` })) },
    ]);
    const result = changed(await source('v4').fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(150);
    expect(result.postings[100]?.externalId).toBe(`${v4Entries()[0]?.refnr}-p2`);
    expect(fake.searches()).toHaveLength(2);
    expect(result.coverage).toBe('full');
  });

  it('stops at ten pages, and says the listing is partial when the total is not reached', async () => {
    const fake = jobsuche('v4', []);
    server.respond((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname.includes('/jobdetails/')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ stellenbeschreibung: 'Text' }));
        return;
      }
      const page = url.searchParams.get('page');
      const entries = v4Entries().map((e) => ({ ...e, refnr: `${e.refnr}-${page}` }));
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ...payloads.v4, stellenangebote: entries, maxErgebnisse: 5000 }));
    });
    const result = changed(await source('v4', { maxDetailsPerPoll: 1000 }).fetch({ state: undefined }));
    expect(fake.searches()).toHaveLength(10);
    expect(result.postings).toHaveLength(1000);
    expect(result.coverage).toBe('partial');
    expect(result.removed).toBeUndefined();
  });
});

describe('the arbeitsagentur source facing bad entries and answers', () => {
  it('rejects an entry without a title, naming the field, while the others land', async () => {
    const [first, ...rest] = v6Entries();
    jobsuche('v6', [
      { ...payloads.v6, ergebnisliste: [{ ...first, stellenangebotsTitel: ' ', hauptberuf: null }, ...rest, 7] },
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
    jobsuche('v4', [{ ...payloads.v4, stellenangebote: [{ ...first, refnr: undefined }, ...rest] }]);
    const result = changed(await source('v4').fetch({ state: undefined }));
    expect(result.postings).toHaveLength(99);
    expect(result.rejected).toEqual([{ reason: expect.stringMatching(/^arbeitsagentur ba: posting 0: refnr: /) }]);
  });

  it('rejects an ad whose details fail or make no sense, with the reason, while the others land', async () => {
    const fake = jobsuche('v6', [payloads.v6]);
    const [broken, odd] = v6Entries().map((e) => String(e.referenznummer));
    const serve = fake.state.detail;
    fake.state.detail = (refnr) =>
      refnr === broken
        ? { status: 403 }
        : refnr === odd
          ? { status: 200, body: { stellenangebotsBeschreibung: ['not', 'text'] } }
          : serve(refnr);
    const result = changed(await source('v6').fetch({ state: undefined }));
    expect(result.postings).toHaveLength(1);
    expect(result.rejected).toEqual([
      {
        externalId: broken,
        reason: expect.stringMatching(/^arbeitsagentur ba: posting 0 \(.+\): detail: HTTP 403 from /),
      },
      { externalId: odd, reason: expect.stringMatching(/: detail: stellenangebotsBeschreibung: .* in http/) },
    ]);
    // A rejected ad is still listed, and its details were not read: it is read again next time.
    expect(result.coverage).toBe('full');
    expect(JSON.parse(String(result.cursor)).known).not.toHaveProperty(broken as string);
  });

  it('gives up the poll’s other details after five have failed, so a broken API cannot hold the poll', async () => {
    const fake = jobsuche('v4', [payloads.v4]);
    fake.state.detail = () => ({ status: 403 });
    const result = changed(await source('v4').fetch({ state: undefined }));
    expect(result.postings).toEqual([]);
    expect(result.rejected).toHaveLength(100);
    // Five failed, and at most the three in flight beside the fifth.
    expect(fake.detailsRead().length).toBeGreaterThanOrEqual(5);
    expect(fake.detailsRead().length).toBeLessThanOrEqual(8);
    const given = result.rejected.filter((r) => /detail not read: \d+ details failed before it/.test(r.reason));
    expect(given).toHaveLength(100 - fake.detailsRead().length);
    expect(JSON.parse(String(result.cursor)).known).toEqual({});
  });

  it('throws a clear error when the answer holds the other version’s list', async () => {
    jobsuche('v4', [payloads.v6]);
    await expect(source('v4').fetch({ state: undefined })).rejects.toThrow(
      /^arbeitsagentur ba: expected a JSON object with a stellenangebote array, got an object without a stellenangebote array/,
    );
  });
});

describe('the arbeitsagentur source config', () => {
  it('defaults to v6 with the public client key, 200 details a poll and a whole read a week', () => {
    const config = sourceConfigSchema.parse({ id: 'ba', type: 'arbeitsagentur', was: 'Pflege' });
    expect(config).toMatchObject({
      api: 'v6',
      clientKey: 'jobboerse-jobsuche',
      was: 'Pflege',
      maxDetailsPerPoll: 200,
      fullReadEveryDays: 7,
    });
  });

  it.each([
    [{ api: 'v5' }, 'api'],
    [{ was: ' ' }, 'was'],
    [{ url: 'ftp://example.org/jobs' }, 'url'],
    [{ detailsUrl: 'ftp://example.org/jobdetails/' }, 'detailsUrl'],
    [{ clientKey: '' }, 'clientKey'],
    [{ maxDetailsPerPoll: 0 }, 'maxDetailsPerPoll'],
    [{ maxDetailsPerPoll: 2.5 }, 'maxDetailsPerPoll'],
    [{ fullReadEveryDays: 101 }, 'fullReadEveryDays'],
    [{ fullReadEveryDays: '7' }, 'fullReadEveryDays'],
    [{ wer: 'x' }, ''],
  ])('refuses %j, naming the field', (extra, field) => {
    const parsed = sourceConfigSchema.safeParse({ id: 'ba', type: 'arbeitsagentur', ...extra });
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    if (field) expect(issue?.path).toEqual([field]);
    else expect(issue?.code).toBe('unrecognized_keys');
  });
});
