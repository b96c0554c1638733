import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

const contentType = (file: string) => CONTENT_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';

/**
 * A loopback HTTP server (127.0.0.1, port 0) that answers each request with the file `route`
 * names for its path: a recorded payload read by a real source adapter, as the adapter tests do
 * (scripts may not import test/support, so the eval has its own).
 */
export async function serveFiles(route: (path: string) => string) {
  const server = createServer((req, res) => {
    const path = decodeURI(new URL(req.url ?? '/', 'http://loopback').pathname);
    const file = route(path);
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': contentType(file) }).end(body),
      (err: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`cannot read ${file}: ${err.message}`),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
