import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobxmlSource } from '../../../shared/adapters/sources/jobxml-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;
let job: string;

beforeAll(async () => {
  payload = await readFile(`${fixturesDir}sources/indeed-style-xml/workable-all-customers-feed-sample.xml`, 'utf8');
  job = payload.slice(payload.indexOf('<job>'), payload.indexOf('</job>') + '</job>'.length);
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

const jobxml = () =>
  createJobxmlSource({ id: 'workable-all', type: 'jobxml', url: server.url('/workable.xml') }, { baseDir: '/' });

function serve(body: string, contentType = 'application/xml') {
  server.respond((_req, res) => res.writeHead(200, { 'content-type': contentType }).end(body));
}

function feedWith(...jobs: string[]): string {
  return payload.replace(job, jobs.join('\n'));
}

describe('the job-board XML source reading the recorded Workable feed', () => {
  it('turns the CDATA-wrapped job into a posting keyed by its reference number', async () => {
    serve(payload);
    const result = changed(await jobxml().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(1);
    expect(result.postings[0]).toMatchObject({
      sourceId: 'workable-all',
      externalId: '2CF1C90531',
      title: 'Marketing Content Writer & Editor',
      company: 'ProgressSoft',
      url: 'https://apply.workable.com/j/2CF1C90531',
      // Empty <city>, <state> are left out; "remote: false" gives no hint.
      locationText: 'JO',
      postedAt: '2019-12-29T11:02:25.000Z',
    });
    expect(result.postings[0]?.remoteHint).toBeUndefined();
    expect(result.postings[0]?.text).toContain('creative and detail-oriented Native English Speaker');
    expect(result.postings[0]?.text).toContain('Responsibilities\n');
    expect(result.postings[0]?.text).not.toMatch(/<\/?(p|li|ul|h3)\b|CDATA/);
  });

  it('reads remote "true" as a remote job and joins city, state and country', async () => {
    serve(
      feedWith(
        job
          .replace('<remote><![CDATA[false]]>', '<remote><![CDATA[true]]>')
          .replace('<city><![CDATA[]]>', '<city><![CDATA[Amman]]>'),
      ),
    );
    const [posting] = changed(await jobxml().fetch({ state: undefined })).postings;
    expect(posting).toMatchObject({ remoteHint: 'remote', locationText: 'Amman, JO' });
  });

  it('sends the validators back and reports a 304 as not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-none-match'] === '"big-1"') res.writeHead(304, { etag: '"big-1"' }).end();
      else
        res
          .writeHead(200, {
            'content-type': 'application/xml',
            etag: '"big-1"',
            'last-modified': 'Sun, 29 Dec 2019 12:00:00 GMT',
          })
          .end(payload);
    });
    const first = changed(await jobxml().fetch({ state: undefined }));
    const second = await jobxml().fetch({
      state: { sourceId: 'workable-all', etag: first.etag, lastModified: first.lastModified, consecutiveFailures: 0 },
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"big-1"');
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Sun, 29 Dec 2019 12:00:00 GMT');
    expect(second).toEqual({ notModified: true, etag: '"big-1"' });
  });
});

describe('the job-board XML source facing a bad answer', () => {
  it('throws a clear error for an HTML error page served with 200', async () => {
    serve('<!DOCTYPE html><html><body>Service Unavailable</body></html>', 'text/html');
    await expect(jobxml().fetch({ state: undefined })).rejects.toThrow(
      /^jobxml workable-all: expected a job-board XML feed \(<source><job>…\), got an HTML page \(text\/html\)/,
    );
  });

  it('throws a clear error for XML cut short, and for an RSS feed', async () => {
    serve(payload.slice(0, 1500));
    await expect(jobxml().fetch({ state: undefined })).rejects.toThrow(/^jobxml workable-all: .*got malformed XML/);
    serve('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>');
    await expect(jobxml().fetch({ state: undefined })).rejects.toThrow(/^jobxml workable-all: .*got <rss>/);
  });

  it('rejects a job without a reference number, naming the field, while the others land', async () => {
    const second = job.replace('2CF1C90531]]></referencenumber>', 'AB12]]></referencenumber>');
    serve(feedWith(job.replace('<![CDATA[2CF1C90531]]></referencenumber>', '<![CDATA[]]></referencenumber>'), second));
    const result = changed(await jobxml().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['AB12']);
    expect(result.rejected).toEqual([
      { reason: expect.stringMatching(/^jobxml workable-all: posting 0: referencenumber: /) },
    ]);
  });

  it('keeps the first of two jobs with the same reference number and rejects the second with the reason', async () => {
    serve(feedWith(job, job));
    const result = changed(await jobxml().fetch({ state: undefined }));
    expect(result.postings).toHaveLength(1);
    expect(result.rejected).toEqual([
      {
        externalId: '2CF1C90531',
        reason: 'jobxml workable-all: posting 1 (2CF1C90531): duplicate id, posting 0 has it too; kept the first',
      },
    ]);
  });

  it('reads jobs nested in <source><jobs>, and a link written with spaces around it', async () => {
    const spaced = job.replace('<url><![CDATA[', '<url><![CDATA[\n  ').replace(/(<url>.*?)\]\]>/s, '$1  ]]>');
    serve(payload.replace(job, `<jobs>${spaced}</jobs>`));
    const result = changed(await jobxml().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => [p.externalId, p.url])).toEqual([
      ['2CF1C90531', 'https://apply.workable.com/j/2CF1C90531'],
    ]);
  });

  it('lands a job with an unreadable date, without a date', async () => {
    serve(feedWith(job.replace('Sun, 29 Dec 2019 11:02:25 UTC', 'gestern')));
    const [posting] = changed(await jobxml().fetch({ state: undefined })).postings;
    expect(posting?.externalId).toBe('2CF1C90531');
    expect(posting?.postedAt).toBeUndefined();
  });
});
