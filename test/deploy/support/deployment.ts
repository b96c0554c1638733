import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateTableCommand, type CreateTableCommandInput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { type FunctionName, functionNames } from '../../../infra/constructs/job-function';
import { type SynthesizedFunction, synthesizedFunctions } from '../../../infra/synthesized-functions';
import { startSesEmulator } from '../../../shared/adapters/ses/start-ses-emulator';
import { startTestDynamo } from '../../support/test-dynamo';
import { startAwsStandIns } from './aws-stand-ins';
import { queueConsumers, scheduleTargets, templateResolver, topicSubscribers } from './template-wiring';

const containerScript = fileURLToPath(new URL('./lambda-container.mjs', import.meta.url));
const region = 'eu-west-1';

interface Container {
  fn: SynthesizedFunction;
  child: ChildProcess;
  /** Everything the function logged (stdout and stderr), shown when an invocation fails. */
  logs: string[];
}

/**
 * The synthesized app on loopback: dynalite with the table as the data stack defines it, the SES
 * emulator, SQS and SSM stand-ins, and one child process per function (a Lambda execution
 * environment: the bundle from cdk.out, the environment from the template, the runtime's own
 * variables). Queues are handed to the function their event source mapping names, in its batch size.
 */
export async function startDeployment(cdkOut: string) {
  const tokenKey = randomBytes(32).toString('base64url');
  const functions = synthesizedFunctions(cdkOut);
  const api = functions.find((f) => f.name === 'api');
  const tokenKeyParameter = String(api?.environment.TOKEN_KEY_PARAMETER);
  const [dynamo, ses, aws] = await Promise.all([
    startTestDynamo(),
    startSesEmulator(),
    startAwsStandIns({ [tokenKeyParameter]: tokenKey }),
  ]);
  const wiring = templateResolver(cdkOut, (id, type, attribute) => {
    if (type === 'AWS::DynamoDB::Table') return dynamo.tableName;
    if (type === 'AWS::SQS::Queue')
      return attribute === 'Arn' ? `arn:aws:sqs:${region}:000000000000:${id}` : aws.queueUrl(id);
    if (type === 'AWS::ApiGatewayV2::Api') return `https://${id.toLowerCase()}.execute-api.${region}.amazonaws.com`;
    if (type === 'AWS::Lambda::Function') return `arn:aws:lambda:${region}:000000000000:function:${id}`;
    return `deploy-test-${id}`;
  });

  const table = Object.values(wiring.data.Resources).find((r) => r.Type === 'AWS::DynamoDB::Table');
  const t = table?.Properties as Pick<
    CreateTableCommandInput,
    'KeySchema' | 'AttributeDefinitions' | 'GlobalSecondaryIndexes' | 'BillingMode'
  >;
  const client = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await client.send(
    new CreateTableCommand({
      TableName: dynamo.tableName,
      KeySchema: t.KeySchema,
      AttributeDefinitions: t.AttributeDefinitions,
      GlobalSecondaryIndexes: t.GlobalSecondaryIndexes,
      BillingMode: t.BillingMode,
    }),
  );
  client.destroy();

  const containers = new Map<FunctionName, Container>();
  for (const fn of functions) {
    const environment: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      TZ: ':UTC',
      LAMBDA_TASK_ROOT: fn.assetDir,
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
      AWS_LAMBDA_FUNCTION_NAME: fn.logicalId,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: 'deploy-test',
      AWS_SECRET_ACCESS_KEY: 'deploy-test',
      AWS_SESSION_TOKEN: 'deploy-test',
      // Where each SDK client finds its service here (the SDK's service-specific endpoint variables).
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_SESV2: ses.url,
      AWS_ENDPOINT_URL_SQS: aws.url,
      AWS_ENDPOINT_URL_SSM: aws.url,
    };
    for (const [key, value] of Object.entries(fn.environment))
      environment[key] = onLayers(wiring.resolve(value), fn.layerDirs);
    const logs: string[] = [];
    // The Parameters and Secrets extension's port (its layer is not run here): the stand-in serves it.
    if (environment.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT) {
      environment.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT = new URL(aws.url).port;
    }
    const child = fork(containerScript, [fn.handlerFile, fn.handlerExport, fn.name, '60'], {
      cwd: fn.assetDir,
      env: environment,
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stdout?.on('data', (d) => logs.push(String(d)));
    child.stderr?.on('data', (d) => logs.push(String(d)));
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) =>
        reject(new Error(`${fn.name}'s bundle exited (${code}) on import:\n${logs.join('')}`)),
      );
    });
    containers.set(fn.name, { fn, child, logs });
  }
  const byLogicalId = (id: string) => {
    const found = [...containers.values()].find((c) => c.fn.logicalId === id);
    if (!found) throw new Error(`no function ${id} in the template`);
    return found.fn.name;
  };

  let nextId = 0;
  async function invoke(name: FunctionName, event: unknown): Promise<unknown> {
    const container = containers.get(name);
    if (!container) throw new Error(`no function ${name}`);
    const id = nextId++;
    const reply = await new Promise<{ result?: unknown; error?: string }>((resolve) => {
      const onMessage = (m: { id?: number; result?: unknown; error?: string }) => {
        if (m.id !== id) return;
        container.child.off('message', onMessage);
        resolve(m);
      };
      container.child.on('message', onMessage);
      container.child.send({ id, event });
    });
    if (reply.error) throw new Error(`${name} failed: ${reply.error}\n${container.logs.join('')}`);
    return reply.result;
  }

  const consumers = queueConsumers(wiring.service);
  /** Hands every waiting message of every queue to its consumer until all queues are empty. */
  async function deliverQueues(): Promise<Record<string, number>> {
    const delivered: Record<string, number> = {};
    for (let round = 0; round < 10; round++) {
      let any = false;
      for (const { queueId, functionId, batchSize } of consumers) {
        const messages = aws.drain(queueId);
        for (let i = 0; i < messages.length; i += batchSize) {
          any = true;
          const name = byLogicalId(functionId);
          const event: SQSEvent = {
            Records: messages.slice(i, i + batchSize).map((m) => ({
              messageId: m.messageId,
              receiptHandle: m.messageId,
              body: m.body,
              attributes: {
                ApproximateReceiveCount: '1',
                SentTimestamp: String(Date.now()),
                SenderId: 'deploy-test',
                ApproximateFirstReceiveTimestamp: String(Date.now()),
              },
              messageAttributes: {},
              md5OfBody: '',
              eventSource: 'aws:sqs',
              eventSourceARN: `arn:aws:sqs:${region}:000000000000:${queueId}`,
              awsRegion: region,
            })),
          };
          const result = (await invoke(name, event)) as { batchItemFailures?: unknown[] } | null;
          if (result?.batchItemFailures?.length) {
            const logs = containers.get(name)?.logs.join('') ?? '';
            throw new Error(`${name} failed ${result.batchItemFailures.length} message(s) of ${queueId}:\n${logs}`);
          }
          delivered[name] = (delivered[name] ?? 0) + event.Records.length;
        }
      }
      if (!any) return delivered;
    }
    throw new Error('the queues never emptied');
  }

  return {
    ses,
    aws,
    tableEndpoint: dynamo.endpoint,
    tableName: dynamo.tableName,
    functions: functionNames,
    invoke,
    deliverQueues,
    /** The event the template's schedule sends to this function. */
    scheduledEvent(name: FunctionName, scheduledTime: string): unknown {
      const target = scheduleTargets(wiring.service).find((s) => byLogicalId(s.functionId) === name);
      if (!target) throw new Error(`no schedule invokes ${name}`);
      return JSON.parse(target.input.replaceAll('<aws.scheduler.scheduled-time>', scheduledTime));
    },
    /** The function the SES events topic delivers to. */
    sesEventsSubscriber: (): FunctionName => {
      const [id] = topicSubscribers(wiring.service);
      if (!id) throw new Error('nothing is subscribed to the SES events topic');
      return byLogicalId(id);
    },
    async close() {
      for (const c of containers.values()) c.child.kill();
      await Promise.all([aws.close(), ses.close(), dynamo.close()]);
    },
  };
}

export type Deployment = Awaited<ReturnType<typeof startDeployment>>;

/** A path under /opt, where Lambda mounts a function's layers, as the layer folder that holds it here. */
function onLayers(value: string, layerDirs: string[]): string {
  if (!value.startsWith('/opt/')) return value;
  const rest = value.slice('/opt/'.length);
  const found = layerDirs.map((d) => path.join(d, rest)).find((p) => existsSync(p));
  if (!found) throw new Error(`${value}: in none of the function's layers (${layerDirs.join(', ') || 'none'})`);
  return found;
}
