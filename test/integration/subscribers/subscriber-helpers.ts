import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { HttpResponse } from '../../../functions/api/http';
import { LOCAL_REGION } from '../../../local/local-deps';
import { type LocalStack, startLocalStack, TABLE_NAME } from '../../../local/local-stack';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import type { Subscriber } from '../../../shared/subscriber/subscriber';

/** A local stack in memory with its own data folder; `close` removes both. */
export async function startTestStack(options: { announce?: boolean } = {}): Promise<{
  stack: LocalStack;
  dataDir: string;
  close: () => Promise<void>;
}> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'jobalert-subscribers-'));
  const stack = await startLocalStack({
    port: 0,
    sesPort: 0,
    dynamoPort: 0,
    memory: true,
    dataDir,
    announce: options.announce,
  });
  return {
    stack,
    dataDir,
    close: async () => {
      await stack.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Stores a confirmed subscriber directly, as if they had signed up and clicked the link. */
export async function activeSubscriber(stack: LocalStack, id: string, over: Partial<Subscriber> = {}) {
  const { subscriber } = await stack.deps.subscribers.createSubscriber({
    id,
    email: `${id}@example.com`,
    status: 'active',
    criteria: { languages: ['no'], countries: ['PT'], remote: false, keywords: [] },
    frequency: 'daily',
    hour: 8,
    timeZone: 'Europe/Lisbon',
    locale: 'en',
    createdAt: new Date().toISOString(),
    confirmedAt: new Date().toISOString(),
    ...over,
  });
  return subscriber;
}

/** Every item of the table, straight from DynamoDB (dynalite), to see what is really stored. */
export async function tableItems(stack: LocalStack): Promise<Record<string, unknown>[]> {
  const { documentClient } = createDynamoClients({ endpoint: stack.urls.dynamo, region: LOCAL_REGION });
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient.send(new ScanCommand({ TableName: TABLE_NAME, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** A form post as a browser sends it. */
export function postForm(url: string, body: string | URLSearchParams): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: typeof body === 'string' ? body : body.toString(),
  });
}

/** An API Gateway event from a given client address, for what a loopback server cannot vary. */
export function apiEvent(input: {
  path: string;
  method?: string;
  body?: string;
  sourceIp?: string;
  contentType?: string;
}): APIGatewayProxyEventV2 {
  return {
    rawPath: input.path,
    requestContext: { http: { method: input.method ?? 'POST', sourceIp: input.sourceIp ?? '203.0.113.7' } },
    headers: { 'content-type': input.contentType ?? 'application/json' },
    body: input.body,
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

export async function callApi(stack: LocalStack, event: APIGatewayProxyEventV2): Promise<HttpResponse> {
  return (await stack.handlers.api(event, {} as never)) as HttpResponse;
}
