import { createHash, randomUUID } from 'node:crypto';
import { SQSClient } from '@aws-sdk/client-sqs';
import { startLoopbackServer } from './loopback-server';

type BatchEntry = { Id: string; MessageBody: string };
type Refusal = { Code: string; Message: string; SenderFault: boolean };

/**
 * SQS's SendMessageBatch on a loopback HTTP server (the AWS JSON protocol the SDK speaks), for
 * what has no emulator here. It keeps every message it accepts, records each call's size, and
 * refuses the entries `refuse` picks, as SQS refuses some entries of a batch and takes the rest.
 */
export async function startSqsStandIn() {
  const server = await startLoopbackServer();
  const accepted: unknown[] = [];
  const batchSizes: number[] = [];
  let refuse: (body: unknown) => Refusal | undefined = () => undefined;
  server.respond((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.headers['x-amz-target'] !== 'AmazonSQS.SendMessageBatch') {
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' }).end('{"__type":"UnsupportedOperation"}');
        return;
      }
      const { Entries } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { Entries: BatchEntry[] };
      batchSizes.push(Entries.length);
      const Successful: unknown[] = [];
      const Failed: unknown[] = [];
      for (const entry of Entries) {
        const body = JSON.parse(entry.MessageBody) as unknown;
        const refusal = refuse(body);
        if (refusal) {
          Failed.push({ Id: entry.Id, ...refusal });
          continue;
        }
        accepted.push(body);
        const md5 = createHash('md5').update(entry.MessageBody).digest('hex');
        Successful.push({ Id: entry.Id, MessageId: randomUUID(), MD5OfMessageBody: md5 });
      }
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify({ Successful, Failed }));
    });
  });
  const endpoint = server.url('');
  return {
    queueUrl: `${endpoint}/000000000000/poll`,
    client: new SQSClient({
      endpoint,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    }),
    /** Every message body accepted, in order. */
    accepted,
    /** The number of entries in each SendMessageBatch call. */
    batchSizes,
    /** Chooses the entries to refuse from now on (by their parsed body). */
    refuseWhen(next: (body: unknown) => Refusal | undefined) {
      refuse = next;
    },
    close: () => server.close(),
  };
}
