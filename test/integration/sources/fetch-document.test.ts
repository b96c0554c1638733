import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchDocumentError, fetchDocument } from '../../../shared/adapters/http/fetch-document';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;

beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

describe('fetchDocument', () => {
  it('returns the body, its content type and the validators of a 200', async () => {
    server.respond((_req, res) =>
      res
        .writeHead(200, {
          'content-type': 'text/plain',
          etag: 'W/"7"',
          'last-modified': 'Mon, 02 Nov 2026 08:00:00 GMT',
        })
        .end('hello'),
    );
    expect(await fetchDocument(server.url('/doc'))).toEqual({
      status: 200,
      body: 'hello',
      contentType: 'text/plain',
      etag: 'W/"7"',
      lastModified: 'Mon, 02 Nov 2026 08:00:00 GMT',
    });
  });

  it('sends the validators it is given and reports a 304', async () => {
    server.respond((_req, res) => res.writeHead(304, { etag: 'W/"7"' }).end());
    const doc = await fetchDocument(server.url('/doc'), {
      etag: 'W/"7"',
      lastModified: 'Mon, 02 Nov 2026 08:00:00 GMT',
      accept: 'application/xml',
    });
    expect(doc).toEqual({ status: 304, etag: 'W/"7"' });
    expect(server.requests[0]?.headers).toMatchObject({
      'if-none-match': 'W/"7"',
      'if-modified-since': 'Mon, 02 Nov 2026 08:00:00 GMT',
      accept: 'application/xml',
    });
  });

  it('decodes the body in the charset the server names', async () => {
    server.respond((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' })
        .end(Buffer.from([0x73, 0xf8, 0x67, 0x65, 0x72])),
    );
    const doc = await fetchDocument(server.url('/latin1'));
    expect(doc.status === 200 && doc.body).toBe('søger');
  });

  it('throws "HTTP 503 from <url>" for a server error, marked retryable', async () => {
    server.respond((_req, res) => res.writeHead(503).end('busy'));
    const error = await fetchDocument(server.url('/busy')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchDocumentError);
    expect(error).toMatchObject({
      message: `HTTP 503 from ${server.url('/busy')}`,
      status: 503,
      code: 'http.status',
      retryable: true,
    });
  });

  it('marks a 404 as not worth retrying', async () => {
    server.respond((_req, res) => res.writeHead(404).end());
    await expect(fetchDocument(server.url('/gone'))).rejects.toMatchObject({ status: 404, retryable: false });
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    server.respond((_req, res) =>
      res.writeHead(200, { 'content-length': String(11 * 1024 * 1024) }).end(Buffer.alloc(11 * 1024 * 1024)),
    );
    await expect(fetchDocument(server.url('/big'))).rejects.toThrow(
      `response larger than 10 MiB from ${server.url('/big')}`,
    );
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    let written = 0;
    let stopped = false;
    server.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const timer = setInterval(() => {
        if (res.destroyed || written > 5 * 1024 * 1024) {
          stopped = res.destroyed;
          clearInterval(timer);
          res.end();
          return;
        }
        written += chunk.length;
        res.write(chunk);
      }, 1);
    });
    await expect(fetchDocument(server.url('/stream'), { maxBytes: 100_000 })).rejects.toThrow(
      `response larger than 100000 bytes from ${server.url('/stream')}`,
    );
    await expect.poll(() => stopped, { timeout: 2000 }).toBe(true);
    expect(written).toBeLessThan(5 * 1024 * 1024);
  });

  it('times out a server that never answers', async () => {
    server.respond(() => undefined);
    await expect(fetchDocument(server.url('/slow'), { timeoutMs: 200 })).rejects.toMatchObject({
      message: `timed out after 0.2 s fetching ${server.url('/slow')}`,
      code: 'http.timeout',
    });
  });

  it('times out a body that stalls half-way', async () => {
    server.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[{"id":');
    });
    await expect(fetchDocument(server.url('/stall'), { timeoutMs: 200 })).rejects.toThrow(
      `timed out after 0.2 s fetching ${server.url('/stall')}`,
    );
  });

  it('stops when the caller aborts', async () => {
    server.respond(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(fetchDocument(server.url('/abort'), { signal: controller.signal })).rejects.toMatchObject({
      code: 'http.aborted',
    });
  });

  it('names the URL when nothing listens there', async () => {
    const closed = await startLoopbackServer();
    const url = closed.url('/nobody');
    await closed.close();
    await expect(fetchDocument(url)).rejects.toThrow(`could not fetch ${url}: ECONNREFUSED`);
  });
});
