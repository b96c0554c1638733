import { Duration } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { synthApp } from './synth-app';

const errorsOf = (report: ReturnType<AwsSolutionsChecks['validateScope']>) =>
  report.violations
    .filter((v) => v.severity === 'error')
    .map((v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);

describe('the AWS Solutions checks', () => {
  it('find no unacknowledged error in either stack', () => {
    const { stateful, stateless } = synthApp();
    expect(errorsOf(new AwsSolutionsChecks().validateScope(stateful))).toEqual([]);
    expect(errorsOf(new AwsSolutionsChecks().validateScope(stateless))).toEqual([]);
  });

  it('still report a new resource that breaks a rule', () => {
    const { stateless } = synthApp();
    new Queue(stateless, 'Careless', { retentionPeriod: Duration.days(1) });
    expect(errorsOf(new AwsSolutionsChecks().validateScope(stateless)).join('\n')).toMatch(
      /AwsSolutions-SQS4: .*Careless/,
    );
  });
});
