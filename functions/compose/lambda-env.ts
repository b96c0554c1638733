import * as z from 'zod';
import { describeIssues } from '../../shared/validation/describe-issues';

/**
 * The environment variables one function reads, checked against what the CDK stack sets
 * (infra/stacks/stateless-stack.ts); the error names each missing or bad variable.
 */
export function readLambdaEnv<Shape extends z.ZodRawShape>(shape: Shape): z.infer<z.ZodObject<Shape>> {
  const parsed = z.object(shape).safeParse(process.env);
  if (!parsed.success) throw new Error(`invalid function environment: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** The region Lambda runs the function in (the SDK reads it too; the store's factory wants it). */
export const lambdaRegion = (): string => process.env.AWS_REGION ?? 'eu-west-1';
