import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/**
 * The DynamoDB the store tests run against: dynalite in-process by default, or the endpoint in
 * JOBALERT_TEST_DYNAMODB_ENDPOINT (CI points it at AWS's DynamoDB Local to check that dynalite
 * and the real engine agree). Each call gets its own table name, so runs never share state.
 */
export async function startTestDynamo(): Promise<{ endpoint: string; tableName: string; close(): Promise<void> }> {
  const tableName = `jobalert-test-${randomUUID().slice(0, 8)}`;
  const external = process.env.JOBALERT_TEST_DYNAMODB_ENDPOINT;
  if (external) return { endpoint: external, tableName, close: async () => {} };
  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    tableName,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
