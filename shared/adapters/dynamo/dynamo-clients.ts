import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoEndpointOptions {
  /** e.g. dynalite's http://127.0.0.1:4567; omitted in AWS. */
  endpoint?: string;
  region: string;
  /** Defaults to the SDK's chain; to dummy credentials when `endpoint` is on loopback. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

/** The low-level client (for `ensureTable`) and the document client (for the store). */
export function createDynamoClients(options: DynamoEndpointOptions): {
  client: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
} {
  const credentials =
    options.credentials ??
    // An emulator accepts any key; without one the SDK would look for an AWS profile.
    (options.endpoint && isLoopback(options.endpoint) ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined);
  const client = new DynamoDBClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(credentials ? { credentials } : {}),
  });
  const documentClient = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, documentClient };
}
