import { Validations } from 'aws-cdk-lib';
import type { StatefulStack } from './stacks/stateful-stack';
import type { StatelessStack } from './stacks/stateless-stack';

/**
 * cdk-nag findings we accept, each with its reason. Granular ids name the exact wildcard,
 * so a new wildcard elsewhere is still reported.
 */
export function acknowledgeNagFindings(stateful: StatefulStack, stateless: StatelessStack): void {
  // cdk-nag names a cross-stack reference by its export; the name follows the table's logical id.
  Validations.of(stateless).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${stateful.stackName}:ExportsOutputFnGetAttTableCD117FA1ArnE2C8C204/index/*]`,
    reason: 'Every function queries GSI2 of its one table; index/* is that table only.',
  });
  Validations.of(stateless).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:kms:<AWS::Region>:<AWS::AccountId>:key/*]',
    reason:
      'The token key is a SecureString under the AWS-managed aws/ssm key, whose id is not known at synth; kms:ViaService limits Decrypt to SSM in this region.',
  });
  for (const fn of [stateless.functions.poll, stateless.functions['digest-planner']]) {
    const logicalId = stateless.getLogicalId(fn.node.defaultChild as never);
    Validations.of(stateless).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>:*]`,
      reason: 'The scheduler role may invoke any version of this one function (the L2 target grants ARN:*).',
    });
  }
  Validations.of(stateless.api).acknowledge({
    id: 'AwsSolutions-APIG4',
    reason:
      'Public signup, confirm and unsubscribe pages by design; actions are authorized by signed tokens in the request, not by IAM or a JWT.',
  });
}
