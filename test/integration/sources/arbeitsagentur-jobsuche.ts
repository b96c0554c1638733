import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixturesDir } from '../../support/fixtures';
import type { startLoopbackServer } from '../../support/loopback-server';

// A Jobsuche on loopback: the search serves the recorded lists in ../shared/fixtures (page n of
// `pages` for `page=n`, an empty list past them); the details serve our own synthetic answers
// (test/fixtures/sources/arbeitsagentur, see its README), one per listed ad.

export type Entry = Record<string, unknown>;
export type Payload = Record<string, unknown>;
type Server = Awaited<ReturnType<typeof startLoopbackServer>>;
export type Answer = { status: number; body?: unknown };

const recorded = join(fixturesDir, 'sources/bundesagentur');
const synthetic = new URL('../../fixtures/sources/arbeitsagentur/', import.meta.url);
const json = async (path: string | URL) => JSON.parse(await readFile(path, 'utf8'));

export async function loadPayloads() {
  return {
    v4: (await json(join(recorded, 'jobby_pc_v4_jobs_page1.json'))) as Payload,
    v6: (await json(join(recorded, 'kestrel_pc_v6_jobs_frankfurt.json'))) as Payload,
    detailCurrent: (await json(new URL('detail-current.json', synthetic))) as Entry,
    detailOlder: (await json(new URL('detail-older.json', synthetic))) as Entry,
  };
}

export const api = {
  v4: { listKey: 'stellenangebote', id: 'refnr', title: 'titel', company: 'arbeitgeber' },
  v6: { listKey: 'ergebnisliste', id: 'referenznummer', title: 'stellenangebotsTitel', company: 'firma' },
} as const;

/**
 * An ad text of its own for each ad: the template's words in an order drawn from the ref number,
 * so that no two ads' texts share the word runs that would make them near-duplicates.
 */
export function adText(template: string, refnr: string): string {
  const words = template.split(/\s+/);
  let seed = [...refnr].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  for (let i = words.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  return `${refnr} ${words.join(' ')}`;
}

/** The text the fake serves as an ad's details: the template's, as plain words, in the ad's own order. */
export function servedText(template: Entry, refnr: string): string {
  const text = template.stellenangebotsBeschreibung ?? template.stellenbeschreibung;
  return adText(
    String(text)
      .replace(/<[^>]+>/g, ' ')
      .trim(),
    refnr,
  );
}

export function startJobsuche(server: Server, version: 'v4' | 'v6', template: Entry) {
  const names = api[version];
  const textKey = version === 'v4' ? 'stellenbeschreibung' : 'stellenangebotsBeschreibung';
  const state = {
    pages: [] as Payload[],
    /** Each ad's details: by default the template as the listed ad, with a text of its own. */
    detail: (refnr: string): Answer => {
      const entry = state.pages
        .flatMap((p) => (p[names.listKey] as Entry[] | undefined) ?? [])
        .find((e) => e[names.id] === refnr);
      if (!entry) return { status: 404 };
      const { arbeitsorte, stellenlokationen, homeofficemoeglich, homeofficetyp, arbeitszeitmodelle, ...rest } =
        template;
      return {
        status: 200,
        body: {
          ...rest,
          [names.id]: refnr,
          [names.title]: entry[names.title],
          [names.company]: entry[names.company],
          [textKey]: servedText(template, refnr),
        },
      };
    },
  };
  server.respond((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const detail = url.pathname.match(/\/jobdetails\/([^/]+)$/);
    const answer: Answer = detail
      ? state.detail(Buffer.from(decodeURIComponent(detail[1] ?? ''), 'base64').toString('utf8'))
      : {
          status: 200,
          body: state.pages[Number(url.searchParams.get('page')) - 1] ?? { [names.listKey]: [], maxErgebnisse: 0 },
        };
    res
      .writeHead(answer.status, { 'content-type': 'application/json' })
      .end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  });
  const urls = () => server.requests.map((r) => new URL(r.url, 'http://x'));
  return {
    state,
    /** The search requests made since the last `forget`. */
    searches: () => urls().filter((u) => !u.pathname.includes('/jobdetails/')),
    /** The ref numbers whose details were asked for since the last `forget`. */
    detailsRead: () =>
      urls()
        .filter((u) => u.pathname.includes('/jobdetails/'))
        .map((u) => Buffer.from(decodeURIComponent(u.pathname.split('/').pop() ?? ''), 'base64').toString('utf8')),
    forget: () => {
      server.requests.length = 0;
    },
  };
}
