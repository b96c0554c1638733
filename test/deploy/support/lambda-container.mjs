// One Lambda execution environment, as a child process: imports the synthesized bundle the way the
// Node.js runtime does (the handler file and export from the template's `Handler`), then answers
// each { id, event } message from the parent with the handler's result, as an invocation would.
// Plain JavaScript, so node runs it without the test's TypeScript loader: what runs is the bundle.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const [handlerFile, handlerExport, functionName, timeoutSeconds] = process.argv.slice(2);
const module = await import(pathToFileURL(handlerFile).href);
const handler = module[handlerExport];
if (typeof handler !== 'function') throw new Error(`${handlerFile} exports no function "${handlerExport}"`);

function context() {
  const deadline = Date.now() + Number(timeoutSeconds) * 1000;
  return {
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION}:000000000000:function:${functionName}`,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'deploy-test',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

process.on('message', async ({ id, event }) => {
  try {
    const result = await handler(event, context());
    process.send({ id, result: result === undefined ? null : result });
  } catch (err) {
    process.send({ id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
});
process.send({ ready: true });
