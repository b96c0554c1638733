import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { AssetHashType, type Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, type ParamsAndSecretsLayerVersion, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { projectRoot } from '../bundling/bundle-function';

/** The Lambda folders under `functions/`, one per function. */
export const functionNames = [
  'poll',
  'poll-worker',
  'match',
  'digest-planner',
  'digest-sender',
  'api',
  'ses-feedback',
] as const;
export type FunctionName = (typeof functionNames)[number];

export interface JobFunctionProps {
  /** Folder under `functions/` holding `handler.ts`. */
  readonly name: FunctionName;
  readonly timeout: Duration;
  /** MiB; 512 unless a function needs more. */
  readonly memorySize?: number;
  readonly description?: string;
  readonly environment?: Record<string, string>;
  /** The Parameters and Secrets extension, for a function that reads the token key. */
  readonly paramsAndSecrets?: ParamsAndSecretsLayerVersion;
}

const bundleScript = fileURLToPath(new URL('../bundling/bundle-function.ts', import.meta.url));

/**
 * The function's bundle (infra/bundling/bundle-function.ts), built at synth in a child node, as
 * NodejsFunction would but with esbuild's plugins; skipped like any asset's bundling when the
 * stack is not being bundled (`aws:cdk:bundling-stacks`). Hashed by its output.
 */
function bundledCode(name: FunctionName): Code {
  return Code.fromAsset(projectRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: the local bundling below always answers (or fails the synth).
      image: Runtime.NODEJS_24_X.bundlingImage,
      // Part of the asset's cache key, which would otherwise be the same for every function.
      environment: { JOBALERT_FUNCTION: name },
      local: {
        tryBundle(outputDir: string): boolean {
          const run = spawnSync(process.execPath, ['--import', 'tsx', bundleScript, name, outputDir], {
            cwd: projectRoot,
            stdio: ['ignore', 'inherit', 'inherit'],
          });
          if (run.status !== 0)
            throw new Error(`bundling ${name} failed (${run.error?.message ?? `exit ${run.status}`})`);
          return true;
        },
      },
    },
  });
}

/**
 * The house Lambda: Node 24 on ARM, ESM bundle with the AWS SDK inside (bundledCode), its own log group,
 * and a role that may write only to that log group until something is bound to it.
 */
export class JobFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: JobFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Own role instead of AWSLambdaBasicExecutionRole: that managed policy may write to every log group.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `jobalert ${props.name} function`,
    });
    logGroup.grantWrite(role);
    super(scope, id, {
      code: bundledCode(props.name),
      handler: 'index.handler',
      description: props.description ?? `jobalert ${props.name}`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      role,
      logGroup,
      paramsAndSecrets: props.paramsAndSecrets,
      environment: {
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
    });
  }

  /** Grants read/write on the table (and its indexes) and sets TABLE_NAME. */
  bindTable(table: ITable): this {
    table.grantReadWriteData(this);
    this.addEnvironment('TABLE_NAME', table.tableName);
    return this;
  }
}
