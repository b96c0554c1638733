import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceConfigSchema } from '../../../shared/adapters/sources/registry';
import { createWorkdaySource, WORKDAY_MAX_PAGES } from '../../../shared/adapters/sources/workday-source';
import { describeIssues } from '../../../shared/validation/describe-issues';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

const cxs = '/wday/cxs/hitachi/hitachi';
const recordedPath = '/job/Kocaeli-Kocaeli-Turkey/Maintenance-Worker_R0119001';
const json = { 'content-type': 'application/json' };

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let list: string;
let detail: string;
/** The list requests' method and JSON body, in order. */
let listBodies: { method: string; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  list = await readFile(join(fixturesDir, 'sources/workday/isradari_hitachi_jobs_list.json'), 'utf8');
  detail = await readFile(join(fixturesDir, 'sources/workday/isradari_hitachi_job_detail_R0119001.json'), 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function workday() {
  const config = { id: 'hitachi', type: 'workday' as const, tenant: 'hitachi', site: 'hitachi', url: server.url('') };
  return createWorkdaySource(config, { baseDir: '/' });
}

/** The recorded page with its fields and postings replaced by what the test makes of them. */
function editedList(page: object, edit: (jobs: Record<string, unknown>[]) => unknown[] = (j) => j): string {
  const recorded = JSON.parse(list) as { jobPostings: Record<string, unknown>[] };
  return JSON.stringify({ ...recorded, ...page, jobPostings: edit(recorded.jobPostings) });
}

/** Serves `page(offset)` for the list and the recorded detail at its path; anything else is a 404. */
function serveSite(page: (offset: number) => string, details: Record<string, string> = { [recordedPath]: detail }) {
  listBodies = [];
  server.respond((req, res) => {
    const path = new URL(req.url ?? '/', 'http://loopback').pathname;
    if (path === `${cxs}/jobs`) {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      req.on('end', () => {
        const sent = JSON.parse(body) as Record<string, unknown>;
        listBodies.push({ method: req.method ?? '', body: sent });
        res.writeHead(200, json).end(page(Number(sent.offset)));
      });
      return;
    }
    const answer = path.startsWith(`${cxs}/job/`) ? details[decodeURI(path.slice(cxs.length))] : undefined;
    if (answer === undefined) res.writeHead(404, json).end('{"errorCode":"NOT_FOUND"}');
    else res.writeHead(200, json).end(answer);
  });
}

describe('the Workday source reading a recorded Hitachi list and detail', () => {
  it('POSTs the CXS search and reads the recorded posting from its detail: title, text, places and link', async () => {
    serveSite(() => editedList({ total: 20 }));
    const result = changed(await workday().fetch({ state: undefined }));
    expect(listBodies).toEqual([{ method: 'POST', body: { appliedFacets: {}, limit: 20, offset: 0, searchText: '' } }]);
    expect(result.postings).toHaveLength(1);
    const [worker] = result.postings;
    expect(worker).toMatchObject({
      sourceId: 'hitachi',
      externalId: 'Maintenance-Worker_R0119001',
      title: 'Maintenance Worker',
      company: 'HITACHI ENERGY TURKEY ELEKTRIK SANAYI ANONIM SIRKETI',
      url: 'https://hitachi.wd1.myworkdayjobs.com/hitachi/job/Kocaeli-Kocaeli-Turkey/Maintenance-Worker_R0119001',
      locationText: 'Kocaeli, Kocaeli, Turkey; Türkiye',
      postedAt: '2026-01-30T00:00:00.000Z',
    });
    expect(worker?.remoteHint).toBeUndefined();
    expect(worker?.text).toMatch(/^Location:\n+Kocaeli, Kocaeli, Turkey/);
    expect(worker?.text).toContain('Mekanik Bakımcı aramaktadır.');
    expect(worker?.text).toContain('R0119001');
    expect(worker?.text).not.toMatch(/<\/?(p|b|span|li|ul)\b/);
    expect(server.requests.map((r) => r.url)).toContain(`${cxs}${recordedPath}`);
  });

  it('rejects the postings whose detail is not served, each naming its detail address, while the recorded one lands', async () => {
    serveSite(() => editedList({ total: 20 }));
    const result = changed(await workday().fetch({ state: undefined }));
    expect(result.rejected).toHaveLength(19);
    expect(result.rejected[0]).toEqual({
      externalId: 'Project-Management-Office-Specialist_R0124465',
      reason: `workday hitachi: posting 1 (Project-Management-Office-Specialist_R0124465): detail: HTTP 404 from ${server.url(
        `${cxs}/job/Kocaeli-Kocaeli-Turkey/Project-Management-Office-Specialist_R0124465`,
      )}`,
    });
  });

  it('keeps a detail between polls while the listing is the same', async () => {
    serveSite(() => editedList({ total: 20 }));
    const source = workday();
    await source.fetch({ state: undefined });
    const again = changed(await source.fetch({ state: undefined }));
    expect(again.postings.map((p) => p.title)).toEqual(['Maintenance Worker']);
    expect(server.requests.filter((r) => r.url === `${cxs}${recordedPath}`)).toHaveLength(1);
  });

  it('takes a remote hint from the detail', async () => {
    const edited = JSON.parse(detail) as { jobPostingInfo: Record<string, unknown> };
    edited.jobPostingInfo.remoteType = 'Hybrid';
    serveSite(() => editedList({ total: 20 }), { [recordedPath]: JSON.stringify(edited) });
    const [worker] = changed(await workday().fetch({ state: undefined })).postings;
    expect(worker?.remoteHint).toBe('hybrid');
  });
});

describe('the Workday source following pages', () => {
  it('asks for the next offsets until the first page’s total (62) is reached; a posting listed again is rejected', async () => {
    serveSite(() => list);
    const result = changed(await workday().fetch({ state: undefined }));
    expect(listBodies.map((b) => b.body.offset)).toEqual([0, 20, 40, 60]);
    expect(result.postings.map((p) => p.externalId)).toEqual(['Maintenance-Worker_R0119001']);
    expect(result.rejected).toContainEqual({
      externalId: 'Maintenance-Worker_R0119001',
      reason:
        'workday hitachi: posting 20 (Maintenance-Worker_R0119001): duplicate id, posting 0 has it too; kept the first',
    });
  });

  it(`stops after ${WORKDAY_MAX_PAGES} pages however many postings the site claims`, async () => {
    serveSite((offset) =>
      editedList({ total: 100_000 }, (jobs) =>
        jobs.map((job) => ({ ...job, externalPath: `${job.externalPath as string}-${offset}` })),
      ),
    );
    const result = changed(await workday().fetch({ state: undefined }));
    expect(listBodies).toHaveLength(WORKDAY_MAX_PAGES);
    expect(result.postings.length + result.rejected.length).toBe(WORKDAY_MAX_PAGES * 20);
  });
});

describe('the Workday source cut at its page cap', () => {
  /** A site of `total` postings served one a page, each page's posting its own. */
  const oneAPage = (total: number) =>
    serveSite((offset) =>
      editedList({ total }, ([worker]) => [{ ...worker, externalPath: `${recordedPath}-${offset}` }]),
    );

  it('calls a listing longer than the cap partial, so that nothing it did not read is closed', async () => {
    oneAPage(WORKDAY_MAX_PAGES + 1);
    const cut = changed(await workday().fetch({ state: undefined }));
    expect(listBodies).toHaveLength(WORKDAY_MAX_PAGES);
    expect(cut.coverage).toBe('partial');
  });

  it('calls a listing that ends within the cap whole', async () => {
    oneAPage(WORKDAY_MAX_PAGES);
    const whole = changed(await workday().fetch({ state: undefined }));
    expect(listBodies).toHaveLength(WORKDAY_MAX_PAGES);
    expect(whole.coverage).toBeUndefined();
  });
});

describe('the Workday source facing a bad answer', () => {
  it('rejects a posting without a title or an externalPath, naming the field, while the others land', async () => {
    serveSite(() =>
      editedList({ total: 3 }, ([worker, office, order]) => [
        { ...(office as object), title: undefined },
        { ...(order as object), externalPath: undefined },
        worker,
      ]),
    );
    const result = changed(await workday().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['Maintenance-Worker_R0119001']);
    expect(result.rejected).toEqual([
      {
        externalId: 'Project-Management-Office-Specialist_R0124465',
        reason: expect.stringMatching(
          /^workday hitachi: posting 0 \(Project-Management-Office-Specialist_R0124465\): title: /,
        ),
      },
      { reason: expect.stringMatching(/^workday hitachi: posting 1: externalPath: /) },
    ]);
  });

  it('throws a clear error for an HTML page served for the list, naming the page by its offset', async () => {
    server.respond((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Maintenance'));
    await expect(workday().fetch({ state: undefined })).rejects.toThrow(
      `workday hitachi: expected a JSON object with a jobPostings array, got an HTML page (text/html) from ${server.url(`${cxs}/jobs`)} (offset 0)`,
    );
  });
});

describe('the Workday source config', () => {
  const parse = (config: object) => sourceConfigSchema.safeParse({ id: 'hitachi', type: 'workday', ...config });

  it('takes a host, tenant and site', () => {
    expect(parse({ host: 'hitachi.wd1.myworkdayjobs.com', tenant: 'hitachi', site: 'hitachi' }).success).toBe(true);
  });

  it('names the field that is wrong or missing', () => {
    const errors = (config: object) => {
      const result = parse(config);
      return result.success ? '' : describeIssues(result.error);
    };
    expect(errors({ tenant: 'hitachi', site: 'hitachi' })).toMatch(/^host: either host or url is required/);
    expect(errors({ host: 'https://x.wd1.myworkdayjobs.com', tenant: 'hitachi', site: 'hitachi' })).toMatch(/^host: /);
    expect(errors({ host: 'hitachi.wd1.myworkdayjobs.com', site: 'hitachi' })).toMatch(/^tenant: /);
    expect(errors({ host: 'hitachi.wd1.myworkdayjobs.com', tenant: 'hitachi', site: 'a/b' })).toMatch(/^site: /);
  });
});
