import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { HttpResponse } from '../functions/api/http';
import type { Logger } from '../shared/ports/logger';
import { toApiGatewayEvent } from './api-gateway-event';

const MAX_REQUEST_BYTES = 1024 * 1024;

/** The answer API Gateway gives a body over its limit, in the shape the API answers a 413 in. */
function tooLarge(target: string, res: ServerResponse): void {
  const error = `request body larger than ${MAX_REQUEST_BYTES} bytes`;
  if (target.startsWith('/api/'))
    res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ error }));
  else res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8' }).end(error);
}

/** Serves the API handler on loopback the way API Gateway's HTTP API would call it. */
export async function startHttpServer(options: {
  api: (event: APIGatewayProxyEventV2, context: never) => Promise<HttpResponse>;
  host: string;
  port: number;
  log: Logger;
}): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      // A body over the limit is read to its end and dropped, then answered 413: stopping the read
      // early would close the connection under a client still sending, which it sees as a reset.
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size <= MAX_REQUEST_BYTES) chunks.push(chunk as Buffer);
      }
      if (size > MAX_REQUEST_BYTES) {
        tooLarge(req.url ?? '/', res);
        return;
      }
      const result = await options.api(toApiGatewayEvent(req, Buffer.concat(chunks)), {} as never);
      res.writeHead(result.statusCode, result.headers as Record<string, string>);
      res.end(result.body);
    } catch (err) {
      options.log.error({ err: String(err) }, 'local http server error');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://${options.host}:${port}` };
}
