import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  type IFunction,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsLogLevel,
  ParamsAndSecretsVersions,
} from 'aws-cdk-lib/aws-lambda';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';

/**
 * AWS's Parameters and Secrets extension, for the functions that read the token key: they ask it
 * on localhost (shared/adapters/ssm/read-secret-parameter.ts), so no SSM client is bundled.
 */
export const tokenKeyReaderLayer = (): ParamsAndSecretsLayerVersion =>
  ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
    logLevel: ParamsAndSecretsLogLevel.WARN,
  });

/** Lets `readers` read the SecureString token key: the parameter, and its decryption through SSM only. */
export function grantTokenKey(scope: Construct, parameterName: string, readers: IFunction[]): void {
  const tokenKey = StringParameter.fromSecureStringParameterAttributes(scope, 'TokenKey', { parameterName });
  const stack = Stack.of(scope);
  for (const reader of readers) {
    tokenKey.grantRead(reader);
    // SecureString under the default aws/ssm key: decrypt only when SSM asks on our behalf.
    reader.addToRolePolicy(
      new PolicyStatement({
        actions: ['kms:Decrypt'],
        resources: [stack.formatArn({ service: 'kms', resource: 'key', resourceName: '*' })],
        conditions: { StringEquals: { 'kms:ViaService': `ssm.${stack.region}.amazonaws.com` } },
      }),
    );
  }
}
