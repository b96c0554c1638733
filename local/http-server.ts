import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { HttpResponse } from '../functions/api/http';
import type { Logger } from '../shared/ports/logger';
import { toApiGatewayEvent } from './api-gateway-event';

const MAX_REQUEST_BYTES = 1024 * 1024;

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
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > MAX_REQUEST_BYTES) {
          res.writeHead(413, { 'content-type': 'text/plain' }).end('request body too large');
          return;
        }
        chunks.push(chunk as Buffer);
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
