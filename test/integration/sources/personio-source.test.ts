import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersonioSource } from '../../../shared/adapters/sources/personio-source';
import { changed } from '../../support/changed-result';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let payload: string;
let position: string;

beforeAll(async () => {
  payload = await readFile(`${fixturesDir}sources/personio/personio-se-munich-xml-feed.xml`, 'utf8');
  position = payload.slice(payload.indexOf('<position>'), payload.indexOf('</position>') + '</position>'.length);
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

const personio = () =>
  createPersonioSource(
    { id: 'personio', type: 'personio', company: 'personio', url: server.url('/xml') },
    { baseDir: '/' },
  );

function serve(body: string, headers: Record<string, string> = {}) {
  server.respond((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', ...headers }).end(body),
  );
}

/** The recorded feed with its one position replaced by the given ones. */
function feedWith(...positions: string[]): string {
  return payload.replace(position, positions.join('\n'));
}

describe('the Personio source reading a recorded Personio SE XML feed', () => {
  it('turns the position into a posting with its offices, company, job page and creation time', async () => {
    serve(payload);
    const result = changed(await personio().fetch({ state: undefined }));
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(1);
    expect(result.postings[0]).toMatchObject({
      sourceId: 'personio',
      externalId: '1834171',
      title: 'Staff Software Engineer, Data Platform',
      company: 'Personio SE & Co. KG',
      url: 'https://personio.jobs.personio.de/job/1834171',
      locationText: 'Munich; Berlin',
      postedAt: '2024-11-13T14:10:41.000Z',
    });
  });

  it('writes each job description section under its decoded heading, as plain text', async () => {
    serve(payload);
    const [posting] = changed(await personio().fetch({ state: undefined })).postings;
    expect(posting?.text.startsWith("The Role: How you'll make an impact at Personio\nThis position is hybrid")).toBe(
      true,
    );
    expect(posting?.text).toContain('Role Requirements: What you need to succeed\n');
    expect(posting?.text).toContain('Join our Product & Technology team');
    expect(posting?.text).toContain('- Proficiency in Kafka operations');
    expect(posting?.text).not.toMatch(/<\/?(li|ul|strong|em|br)\b|&#039;|CDATA/);
  });
});

describe('the Personio source polling conditionally', () => {
  it('sends the validators back and reports a 304 as not modified', async () => {
    server.respond((req, res) => {
      if (req.headers['if-modified-since'] === 'Wed, 13 Nov 2024 15:00:00 GMT') res.writeHead(304).end();
      else
        res
          .writeHead(200, {
            'content-type': 'text/xml',
            etag: 'W/"x1"',
            'last-modified': 'Wed, 13 Nov 2024 15:00:00 GMT',
          })
          .end(payload);
    });
    const first = changed(await personio().fetch({ state: undefined }));
    const second = await personio().fetch({
      state: { sourceId: 'personio', etag: first.etag, lastModified: first.lastModified, consecutiveFailures: 0 },
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe('W/"x1"');
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Wed, 13 Nov 2024 15:00:00 GMT');
    expect(second).toEqual({ notModified: true });
  });
});

describe('the Personio source facing a bad answer', () => {
  it('throws a clear error for an HTML error page served with 200', async () => {
    server.respond((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><p>Page not found</p></html>'),
    );
    await expect(personio().fetch({ state: undefined })).rejects.toThrow(
      /^personio personio: expected a Personio XML feed \(<workzag-jobs>\), got an HTML page \(text\/html\)/,
    );
  });

  it('throws a clear error for XML cut short, naming where', async () => {
    serve(payload.slice(0, 2000));
    await expect(personio().fetch({ state: undefined })).rejects.toThrow(
      /^personio personio: .*got malformed XML \(.+ at line \d+, column \d+\)/,
    );
  });

  it('throws a clear error for XML of another kind', async () => {
    serve('<?xml version="1.0"?><error><message>Company not found</message></error>');
    await expect(personio().fetch({ state: undefined })).rejects.toThrow(/^personio personio: .*got <error>/);
  });

  it('reads an empty feed as no postings', async () => {
    serve('<?xml version="1.0" encoding="UTF-8"?>\n<workzag-jobs></workzag-jobs>');
    expect(changed(await personio().fetch({ state: undefined }))).toMatchObject({ postings: [], rejected: [] });
  });

  it('rejects a position without a name, naming the field, while the others land', async () => {
    const unnamed = position.replace('1834171', '1').replace(/<name>Staff[^<]*<\/name>/, '');
    serve(feedWith(unnamed, position));
    const result = changed(await personio().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.externalId)).toEqual(['1834171']);
    expect(result.rejected).toEqual([
      { externalId: '1', reason: expect.stringMatching(/^personio personio: posting 0 \(1\): name: /) },
    ]);
  });

  it('keeps the first of two positions with the same id and rejects the second with the reason', async () => {
    serve(feedWith(position, position.replace('Staff Software Engineer', 'Senior Software Engineer')));
    const result = changed(await personio().fetch({ state: undefined }));
    expect(result.postings.map((p) => p.title)).toEqual(['Staff Software Engineer, Data Platform']);
    expect(result.rejected[0]?.reason).toBe(
      'personio personio: posting 1 (1834171): duplicate id, posting 0 has it too; kept the first',
    );
  });

  it('lands a position with an unreadable date, without a date', async () => {
    serve(feedWith(position.replace('2024-11-13T14:10:41+00:00', '13.11.2024 kl. 14')));
    const [posting] = changed(await personio().fetch({ state: undefined })).postings;
    expect(posting?.title).toBe('Staff Software Engineer, Data Platform');
    expect(posting?.postedAt).toBeUndefined();
  });
});
