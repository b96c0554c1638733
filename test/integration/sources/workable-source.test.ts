import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkableSource } from '../../../shared/adapters/sources/workable-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

const payloadPath = join(fixturesDir, 'sources/workable/huggingface-widget-emea-remote.json');
const path = '/api/v1/widget/accounts/huggingface?details=true';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;

beforeAll(async () => {
  payload = await readFile(payloadPath, 'utf8');
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

function workable() {
  return createWorkableSource(
    { id: 'huggingface', type: 'workable', account: 'huggingface', url: server.url(path) },
    { baseDir: '/' },
  );
}

function servePayload(body = payload, headers: Record<string, string> = {}) {
  server.respond((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(body),
  );
}

/** The recorded payload with its jobs replaced by what `edit` makes of them. */
function editedPayload(edit: (jobs: Record<string, unknown>[]) => unknown[]): string {
  const account = JSON.parse(payload) as { jobs: Record<string, unknown>[] };
  return JSON.stringify({ ...account, jobs: edit(account.jobs) });
}

describe('the Workable source reading a recorded Hugging Face widget payload', () => {
  it('turns both jobs into remote raw postings under the account’s name', async () => {
    servePayload();
    const result = changed(await workable().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.externalId)).toEqual(['F4C096B22E', '002470F128']);
    expect(result.postings[0]).toMatchObject({
      sourceId: 'huggingface',
      title: 'Low-level Senior Software Engineer, Xet Storage - EMEA Remote',
      company: 'Hugging Face',
      url: 'https://apply.workable.com/j/F4C096B22E',
      remoteHint: 'remote',
      postedAt: '2026-07-30T00:00:00.000Z',
    });
    expect(result.postings[1]).toMatchObject({
      title: 'Low-Level Senior Software Engineer, Xet Storage - US Remote',
      url: 'https://apply.workable.com/j/002470F128',
      remoteHint: 'remote',
    });
  });

  it('leaves out a location the employer hid, so a remote job is not tied to that office', async () => {
    servePayload();
    const postings = changed(await workable().fetch({ state: undefined })).postings;
    expect(postings.map((p) => p.locationText)).toEqual([undefined, undefined]);
  });

  it('reads a shown location as city, region and country', async () => {
    servePayload(
      editedPayload(([job]) => [
        { ...job, locations: (job?.locations as object[] | undefined)?.map((l) => ({ ...l, hidden: false })) },
      ]),
    );
    const [posting] = changed(await workable().fetch({ state: undefined })).postings;
    expect(posting?.locationText).toBe('Paris, Île-de-France, France');
  });

  it('reads the top-level city and country when the job has no locations list', async () => {
    servePayload(editedPayload(([job]) => [{ ...job, locations: undefined, telecommuting: false }]));
    const [posting] = changed(await workable().fetch({ state: undefined })).postings;
    expect(posting?.locationText).toBe('Paris, Île-de-France, France');
    expect(posting?.remoteHint).toBeUndefined();
  });

  it('reads one job listed once per city (same shortcode and title) as one job open in every city', async () => {
    const shown = (job: Record<string, unknown> | undefined) =>
      ((job?.locations ?? []) as object[]).map((l) => ({ ...l, hidden: false }));
    const inBerlin = (job: Record<string, unknown> | undefined) => ({
      ...job,
      locations: undefined,
      city: 'Berlin',
      state: null,
      country: 'Germany',
    });
    servePayload(editedPayload(([job, other]) => [{ ...job, locations: shown(job) }, inBerlin(job), other]));
    const result = changed(await workable().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.externalId)).toEqual(['F4C096B22E', '002470F128']);
    expect(result.postings[0]?.locationText).toBe('Paris, Île-de-France, France; Berlin, Germany');
  });

  it('reads the description HTML as plain text, entities decoded', async () => {
    servePayload();
    const [posting] = changed(await workable().fetch({ state: undefined })).postings;
    expect(posting?.text.startsWith("At Hugging Face, we're on a journey to democratize good AI.")).toBe(true);
    expect(posting?.text).toContain('1 million datasets & 1.5 million Gradio apps');
    expect(posting?.text).toContain('About the Role');
    expect(posting?.text).not.toMatch(/&amp;|<\/?(p|strong|a)\b/);
  });
});

describe('the Workable source polling conditionally', () => {
  it('sends the ETag back as If-None-Match; a 304 means not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === 'W/"wk1"') res.writeHead(304, { etag: 'W/"wk1"' }).end();
      else res.writeHead(200, { 'content-type': 'application/json', etag: 'W/"wk1"' }).end(payload);
    });
    const first = changed(await workable().fetch({ state: undefined }));
    expect(first.etag).toBe('W/"wk1"');
    expect(server.requests[0]?.url).toBe(path);
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
    const second = await workable().fetch({
      state: { sourceId: 'huggingface', etag: first.etag, consecutiveFailures: 0 },
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe('W/"wk1"');
    expect(second).toEqual({ notModified: true, etag: 'W/"wk1"' });
  });
});

describe('the Workable source facing a bad answer', () => {
  it('throws a clear error for an HTML error page served with status 200', async () => {
    server.respond((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/plain' }).end('\n<!DOCTYPE html><title>Just a moment...</title>'),
    );
    await expect(workable().fetch({ state: undefined })).rejects.toThrow(
      `workable huggingface: expected a JSON object with a jobs array, got an HTML page (text/plain) from ${server.url(path)}`,
    );
  });

  it('throws a clear error for malformed JSON', async () => {
    servePayload(payload.slice(0, 600));
    await expect(workable().fetch({ state: undefined })).rejects.toThrow(
      /^workable huggingface: expected a JSON object with a jobs array, got invalid JSON/,
    );
  });

  it('rejects a job missing its title, naming the field, while the others land', async () => {
    servePayload(editedPayload(([first, second]) => [second, { ...first, title: undefined }]));
    const result = changed(await workable().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['002470F128']);
    expect(result.rejected).toEqual([
      {
        externalId: 'F4C096B22E',
        reason: expect.stringMatching(/^workable huggingface: posting 1 \(F4C096B22E\): title: /),
      },
    ]);
  });

  it('keeps the first of two jobs with the same shortcode (their id) and rejects the other with the reason', async () => {
    servePayload(editedPayload(([first, second]) => [first, { ...first, title: 'Reposted' }, second]));
    const result = changed(await workable().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['F4C096B22E', '002470F128']);
    expect(result.postings[0]?.title).toBe('Low-level Senior Software Engineer, Xet Storage - EMEA Remote');
    expect(result.rejected).toEqual([
      {
        externalId: 'F4C096B22E',
        reason: 'workable huggingface: posting 1 (F4C096B22E): duplicate id, posting 0 has it too; kept the first',
      },
    ]);
  });
});
