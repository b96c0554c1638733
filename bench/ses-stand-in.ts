import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One email the stand-in accepted. */
export interface AcceptedEmail {
  messageId: string;
  to: string[];
  subject: string;
  tags: Record<string, string>;
  at: number;
}

/**
 * Enough of SES v2 for `SendEmailCommand` (`POST /v2/email/outbound-emails`, answered like
 * aws-ses-v2-local: 200 `{"MessageId"}`), limited to `ratePerSecond` by a token bucket holding
 * `burst` tokens; above it, 429 `TooManyRequestsException` as SES answers ("Maximum sending rate
 * exceeded"). On 127.0.0.1 only; a benchmark's stand-in, not an emulator.
 */
export async function startSesStandIn(options: { ratePerSecond: number; burst?: number }) {
  const capacity = options.burst ?? Math.max(2, Math.ceil(options.ratePerSecond / 5));
  let tokens = capacity;
  let refilledAt = performance.now();
  const accepted: AcceptedEmail[] = [];
  let throttled = 0;

  const take = () => {
    const now = performance.now();
    tokens = Math.min(capacity, tokens + ((now - refilledAt) / 1000) * options.ratePerSecond);
    refilledAt = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };

  const answer = (res: ServerResponse, status: number, body: object, errorType?: string) => {
    res.writeHead(status, {
      'content-type': 'application/json',
      ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
    });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v2/email/outbound-emails') {
        answer(res, 404, { message: 'not found' }, 'NotFoundException');
        return;
      }
      if (!take()) {
        throttled++;
        answer(res, 429, { message: 'Maximum sending rate exceeded.' }, 'TooManyRequestsException');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        Destination?: { ToAddresses?: string[] };
        Content?: { Simple?: { Subject?: { Data?: string } } };
        EmailTags?: { Name: string; Value: string }[];
      };
      const messageId = randomUUID();
      accepted.push({
        messageId,
        to: body.Destination?.ToAddresses ?? [],
        subject: body.Content?.Simple?.Subject?.Data ?? '',
        tags: Object.fromEntries((body.EmailTags ?? []).map((t) => [t.Name, t.Value])),
        at: performance.now(),
      });
      answer(res, 200, { MessageId: messageId });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accepted,
    get throttled() {
      return throttled;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
