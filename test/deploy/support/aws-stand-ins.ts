import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A message as the stand-in keeps it until the test hands it to the queue's consumer. */
export interface QueuedMessage {
  messageId: string;
  body: string;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, contentType: string, body: unknown) {
  res.writeHead(status, { 'content-type': contentType }).end(JSON.stringify(body));
}

/**
 * SQS and SSM, which have no emulator here: one loopback server speaking the JSON protocols the
 * SDK uses (`X-Amz-Target: AmazonSQS.<Op>`, JSON 1.0; `AmazonSSM.<Op>`, JSON 1.1) and the
 * Parameters and Secrets extension's GET endpoint, for just the calls the functions make:
 * SendMessageBatch and GetParameter. Queues are named by the last
 * segment of their URL; every other call is refused by name, so a function that starts making
 * one fails this test instead of passing unseen.
 */
export async function startAwsStandIns(parameters: Record<string, string>) {
  const queues = new Map<string, QueuedMessage[]>();
  const calls: string[] = [];
  const server = createServer(async (req, res) => {
    // The Parameters and Secrets extension's endpoint, as Lambda serves it on localhost.
    if (req.method === 'GET' && req.url?.startsWith('/systemsmanager/parameters/get?')) {
      const query = new URL(req.url, 'http://localhost').searchParams;
      const name = query.get('name') ?? '';
      calls.push('extension:GetParameter');
      // Every function here runs with the session token 'deploy-test' (deployment.ts).
      if (req.headers['x-aws-parameters-secrets-token'] !== 'deploy-test') {
        return answer(res, 401, 'text/plain', 'no or wrong X-Aws-Parameters-Secrets-Token');
      }
      const value = parameters[name];
      if (value === undefined || query.get('withDecryption') !== 'true') {
        return answer(res, 400, 'text/plain', `no parameter ${name}, or not asked decrypted`);
      }
      return answer(res, 200, 'application/json', { Parameter: { Name: name, Type: 'SecureString', Value: value } });
    }
    const target = String(req.headers['x-amz-target'] ?? '');
    const input = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
    calls.push(target);
    if (target === 'AmazonSQS.SendMessageBatch') {
      const name = String(input.QueueUrl).split('/').at(-1) ?? '';
      const entries = input.Entries as { Id: string; MessageBody: string }[];
      const queue = queues.get(name) ?? [];
      queues.set(name, queue);
      const successful = entries.map((e) => {
        const messageId = randomUUID();
        queue.push({ messageId, body: e.MessageBody });
        return { Id: e.Id, MessageId: messageId, MD5OfMessageBody: md5(e.MessageBody) };
      });
      return answer(res, 200, 'application/x-amz-json-1.0', { Successful: successful, Failed: [] });
    }
    if (target === 'AmazonSSM.GetParameter') {
      const name = String(input.Name);
      const value = parameters[name];
      if (value === undefined) {
        return answer(res, 400, 'application/x-amz-json-1.1', {
          __type: 'ParameterNotFound',
          message: `no parameter ${name}`,
        });
      }
      return answer(res, 200, 'application/x-amz-json-1.1', {
        Parameter: { Name: name, Type: input.WithDecryption ? 'SecureString' : 'String', Value: value, Version: 1 },
      });
    }
    return answer(res, 400, 'application/x-amz-json-1.0', {
      __type: 'UnknownOperationException',
      message: `the deploy test's stand-in does not speak ${target || req.url}`,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    /** The URL a queue of this name has (what `Ref` of an AWS::SQS::Queue resolves to). */
    queueUrl: (name: string) => `${url}/000000000000/${name}`,
    /** Every X-Amz-Target called so far. */
    calls,
    /** Takes every message waiting on a queue. */
    drain(name: string): QueuedMessage[] {
      const messages = queues.get(name) ?? [];
      queues.set(name, []);
      return messages;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
