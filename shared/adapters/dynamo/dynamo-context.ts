import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What every item module needs: the client, the table, and a clock for TTLs. */
export interface DynamoContext {
  doc: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

/** Whether a write failed only because its condition did not hold (the item is already there). */
export function isConditionalCheckFailed(err: unknown): boolean {
  return err instanceof Error && err.name === 'ConditionalCheckFailedException';
}
