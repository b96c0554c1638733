import * as z from 'zod';
import { DynamoStore } from '../../shared/adapters/dynamo/dynamo-store';
import { lambdaRegion, readLambdaEnv } from './lambda-env';

/** The table every function reads and writes (JobFunction.bindTable sets TABLE_NAME). */
export function lambdaStore(): DynamoStore {
  const { TABLE_NAME } = readLambdaEnv({ TABLE_NAME: z.string().min(1) });
  return DynamoStore.fromEndpoint({ region: lambdaRegion(), tableName: TABLE_NAME });
}
