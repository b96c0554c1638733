import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIGatewayProxyEventV2, SNSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoStore } from '../../shared/adapters/dynamo/dynamo-store';
import type { StoredEmail } from '../../shared/adapters/ses/start-ses-emulator';
import { fixturesDir } from '../support/fixtures';
import { startLoopbackServer } from '../support/loopback-server';
import { linkIn, mailTo } from '../support/mailbox';
import { type Deployment, startDeployment } from './support/deployment';
import { synthesize } from './support/synth';

// The bundles `cdk synth` wrote, run as Lambda runs them (support/deployment.ts), through one
// subscriber's whole story. Only the recorded job board's URL differs from a real deploy: it is
// this machine's loopback, written into the operator config before the synth.

const email = 'deploy-test@example.com';
const recorded = path.join(fixturesDir, 'sources/greenhouse/algolia-dutch-speaking-london-paris.json');

let tmp: string;
let board: Awaited<ReturnType<typeof startLoopbackServer>>;
let app: Deployment;
let store: DynamoStore;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-deploy-'));
  board = await startLoopbackServer();
  const payload = await readFile(recorded, 'utf8');
  board.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(payload));
  const cdkOut = await synthesize(tmp, [
    { id: 'algolia', type: 'greenhouse', board: 'algolia', url: board.url('/v1/boards/algolia/jobs?content=true') },
  ]);
  app = await startDeployment(cdkOut);
  store = DynamoStore.fromEndpoint({ endpoint: app.tableEndpoint, region: 'eu-west-1', tableName: app.tableName });
});

afterAll(async () => {
  await app?.close();
  await board?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** An HTTP API (payload 2.0) request for a URL on the site, as API Gateway hands it to the function. */
function httpEvent(method: string, url: string, body?: unknown): APIGatewayProxyEventV2 {
  const { pathname, search, searchParams } = new URL(url, 'https://jobs.example.org');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: pathname,
    rawQueryString: search.slice(1),
    headers: { 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'deploy-test' },
    queryStringParameters: search ? Object.fromEntries(searchParams) : undefined,
    requestContext: {
      http: { method, path: pathname, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'deploy-test' },
      requestId: 'deploy-test',
      routeKey: '$default',
      stage: '$default',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

const mailbox = async (): Promise<StoredEmail[]> => mailTo(await app.ses.sentEmails(), email);

describe('the synthesized bundles, run as Lambda runs them', () => {
  it('signs up through the API bundle, which mails the confirmation link', async () => {
    const response = (await app.invoke(
      'api',
      httpEvent('POST', '/api/subscriptions', {
        email,
        languages: ['nl'],
        countries: ['GB', 'FR'],
        remote: false,
        frequency: 'daily',
        hour: 8,
        timeZone: 'UTC',
      }),
    )) as { statusCode: number };
    expect(response.statusCode).toBe(202);
    const [confirmation] = await mailbox();
    expect(confirmation?.from).toContain('alerts@example.com');
    expect(linkIn(confirmation!, 'https://')).toContain('/confirm?token=');
  });

  it('confirms through the link in that email', async () => {
    const [confirmation] = await mailbox();
    const link = linkIn(confirmation!, 'https://');
    const page = (await app.invoke('api', httpEvent('GET', link))) as { statusCode: number };
    expect(page.statusCode).toBe(200);
    const [subscriber] = await store.listActiveSubscribers();
    expect(subscriber?.email).toBe(email);
  });

  it('polls the recorded board through the tick and a poll worker, and matches its postings', async () => {
    await app.invoke('poll', app.scheduledEvent('poll', new Date().toISOString()));
    const delivered = await app.deliverQueues();
    expect(board.requests).toHaveLength(1);
    expect(delivered).toMatchObject({ 'poll-worker': 1, match: expect.any(Number) });
    const [subscriber] = await store.listActiveSubscribers();
    expect(await store.listMatches(subscriber!.id)).toHaveLength(2);
  });

  it('plans the 08:00 digest and sends it through SES with both Dutch-speaking jobs', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await app.invoke('digest-planner', app.scheduledEvent('digest-planner', `${today}T08:00:00Z`));
    expect(await app.deliverQueues()).toEqual({ 'digest-sender': 1 });
    const digest = (await mailbox()).at(-1);
    expect(digest?.subject).not.toMatch(/confirm/i);
    expect(digest?.body.text).toContain('Account Manager - Dutch speaking');
    expect(digest?.body.text).toContain('Business Development Representative - Dutch Speaker');
    expect(app.aws.calls.filter((c) => c === 'extension:GetParameter')).toHaveLength(2);
  });

  it('suppresses the subscriber when SES reports a permanent bounce through the events topic', async () => {
    const digest = (await mailbox()).at(-1)!;
    const [subscriber] = await store.listActiveSubscribers();
    const fixture = await readFile(new URL('../fixtures/events/ses-bounce-permanent.json', import.meta.url), 'utf8');
    const sesEvent = JSON.parse(fixture.replaceAll('gone@example.com', email).replace('SUBSCRIBER_ID', subscriber!.id));
    sesEvent.mail.messageId = digest.messageId;
    const event: SNSEvent = {
      Records: [
        {
          EventSource: 'aws:sns',
          EventVersion: '1.0',
          EventSubscriptionArn: 'arn:aws:sns:eu-west-1:000000000000:ses-events:deploy-test',
          Sns: {
            Type: 'Notification',
            MessageId: 'deploy-test-bounce',
            TopicArn: 'arn:aws:sns:eu-west-1:000000000000:ses-events',
            Subject: '',
            Message: JSON.stringify(sesEvent),
            Timestamp: new Date().toISOString(),
            SignatureVersion: '1',
            Signature: '',
            SigningCertUrl: '',
            UnsubscribeUrl: '',
            MessageAttributes: {},
          },
        },
      ],
    };
    expect(await app.invoke(app.sesEventsSubscriber(), event)).toEqual({ suppressed: 1 });
    expect((await store.getSubscriber(subscriber!.id))?.status).toBe('suppressed');
    expect(await store.listActiveSubscribers()).toEqual([]);
  });
});
