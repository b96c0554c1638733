import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { functionNames } from '../../infra/constructs/job-function';
import { functionLogicalId, synthApp } from './synth-app';

const { service } = synthApp();
// biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation is walked by shape; the assertions check it.
type Resource = { Properties: Record<string, any> };
const resources = (type: string) => service.findResources(type) as Record<string, Resource>;
const fnId = (name: string) => functionLogicalId(service, `jobalert ${name}`);
const policyOf = (name: string) => {
  const role = resources('AWS::Lambda::Function')[fnId(name)]!.Properties.Role['Fn::GetAtt'][0];
  const policies = Object.values(resources('AWS::IAM::Policy')).filter((p) =>
    p.Properties.Roles.some((r: { Ref: string }) => r.Ref === role),
  );
  return JSON.stringify(policies.map((p) => p.Properties.PolicyDocument));
};

describe('the stateless stack', () => {
  it('runs all seven functions on nodejs24.x, ARM, 512 MB', () => {
    service.resourceCountIs('AWS::Lambda::Function', 7);
    for (const name of functionNames) {
      service.hasResourceProperties('AWS::Lambda::Function', {
        Description: `jobalert ${name}`,
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        Handler: 'index.handler',
      });
    }
  });

  // Only the two functions that read the token key carry the Parameters and Secrets extension.
  const extensionVariables = [
    'PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED',
    'PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE',
    'PARAMETERS_SECRETS_EXTENSION_HTTP_PORT',
    'PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL',
    'PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS',
    'SECRETS_MANAGER_TIMEOUT_MILLIS',
    'SECRETS_MANAGER_TTL',
    'SSM_PARAMETER_STORE_TIMEOUT_MILLIS',
    'SSM_PARAMETER_STORE_TTL',
  ];

  it('tells every function where its table, queues, site, sender and token key are, and the readers where the sources are', () => {
    // Only the tick sends to the poll queue; only the workers read the circuit breaker.
    const ownVariables: Record<string, string[]> = {
      [fnId('poll')]: ['POLL_QUEUE_URL', 'JOBALERT_SOURCES_FILE'],
      [fnId('poll-worker')]: ['JOBALERT_CIRCUIT_BREAKER', 'JOBALERT_SOURCES_FILE'],
      [fnId('digest-sender')]: ['SES_RATE_PER_SECOND', ...extensionVariables],
      [fnId('api')]: ['JOBALERT_SOURCES_FILE', ...extensionVariables],
    };
    for (const [id, fn] of Object.entries(resources('AWS::Lambda::Function'))) {
      const own = new Set(ownVariables[id] ?? []);
      const variables = Object.keys(fn.Properties.Environment.Variables).filter((v) => !own.has(v));
      expect(variables.sort()).toEqual([
        'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED',
        'DIGEST_QUEUE_URL',
        'MATCH_QUEUE_URL',
        'NODE_OPTIONS',
        'SENDER',
        'SES_CONFIGURATION_SET',
        'SITE_URL',
        'TABLE_NAME',
        'TOKEN_KEY_PARAMETER',
      ]);
      expect(fn.Properties.Environment.Variables.TOKEN_KEY_PARAMETER).toBe('/jobalert/token-key');
    }
  });

  it('paces the at most two digest senders at half the SES rate each, so together they stay under it', () => {
    const sender = resources('AWS::Lambda::Function')[fnId('digest-sender')]!;
    expect(sender.Properties.Environment.Variables.SES_RATE_PER_SECOND).toBe('7');
    const mapping = Object.values(resources('AWS::Lambda::EventSourceMapping')).find(
      (m) => m.Properties.FunctionName.Ref === fnId('digest-sender'),
    );
    expect(mapping?.Properties.ScalingConfig.MaximumConcurrency).toBe(2);
    expect(mapping?.Properties.BatchSize).toBe(10);
  });

  it('gives each function its own log group with a retention', () => {
    service.resourceCountIs('AWS::Logs::LogGroup', 8); // seven functions + API access logs
    for (const fn of Object.values(resources('AWS::Lambda::Function'))) {
      const group = fn.Properties.LoggingConfig.LogGroup.Ref as string;
      expect(resources('AWS::Logs::LogGroup')[group]?.Properties.RetentionInDays).toBe(30);
    }
  });

  it('sends failed queue messages to a dead-letter queue after five receives', () => {
    service.resourceCountIs('AWS::SQS::Queue', 6);
    const queues = resources('AWS::SQS::Queue');
    const redriven = Object.values(queues).filter((q) => q.Properties.RedrivePolicy);
    expect(redriven).toHaveLength(3);
    for (const q of redriven) {
      expect(q.Properties.RedrivePolicy.maxReceiveCount).toBe(5);
      expect(queues[q.Properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0]]).toBeDefined();
    }
    for (const q of Object.values(queues)) expect(q.Properties.SqsManagedSseEnabled).toBe(true);
  });

  it('refuses unencrypted transport on every queue', () => {
    const policies = Object.values(resources('AWS::SQS::QueuePolicy'));
    expect(policies.flatMap((p) => p.Properties.Queues)).toHaveLength(6);
    for (const p of policies) {
      expect(p.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it.each([
    ['poll-worker', 'Poll'],
    ['match', 'Match'],
    ['digest-sender', 'Digest'],
  ])('feeds %s from its queue in partial batches, with bounded concurrency', (name, queue) => {
    const mapping = Object.values(resources('AWS::Lambda::EventSourceMapping')).find(
      (m) => m.Properties.FunctionName.Ref === fnId(name),
    );
    expect(mapping?.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping?.Properties.ScalingConfig.MaximumConcurrency).toBeLessThanOrEqual(10);
    const queueId = mapping?.Properties.EventSourceArn['Fn::GetAtt'][0] as string;
    expect(queueId).toMatch(new RegExp(`^${queue}Queue`));
    const visibility = resources('AWS::SQS::Queue')[queueId]!.Properties.VisibilityTimeout;
    const timeout = resources('AWS::Lambda::Function')[fnId(name)]!.Properties.Timeout;
    expect(visibility).toBeGreaterThanOrEqual(6 * timeout);
  });

  it('lets only the producers send to each queue', () => {
    expect(policyOf('poll')).toMatch(/sqs:SendMessage.*PollQueue/);
    // The tick re-queues the match marks a backed-off source left.
    expect(policyOf('poll')).toMatch(/sqs:SendMessage.*MatchQueue/);
    expect(policyOf('poll')).not.toMatch(/DigestQueue/);
    expect(policyOf('poll-worker')).toMatch(/sqs:SendMessage.*MatchQueue/);
    expect(policyOf('poll-worker')).not.toMatch(/DigestQueue/);
    expect(policyOf('digest-planner')).toMatch(/sqs:SendMessage.*DigestQueue/);
    // The api queues an instant subscriber's backfill digest on confirm, and nothing else.
    expect(policyOf('api')).toMatch(/sqs:SendMessage.*DigestQueue/);
    expect(policyOf('api')).not.toMatch(/PollQueue|MatchQueue/);
  });

  it('fans a tick out to the poll workers: one source per message, at most five at once', () => {
    const mapping = Object.values(resources('AWS::Lambda::EventSourceMapping')).find(
      (m) => m.Properties.FunctionName.Ref === fnId('poll-worker'),
    );
    expect(mapping?.Properties.BatchSize).toBe(1);
    expect(mapping?.Properties.ScalingConfig.MaximumConcurrency).toBe(5);
    const poll = resources('AWS::Lambda::Function')[fnId('poll')]!.Properties.Environment.Variables;
    expect(poll.POLL_QUEUE_URL).toEqual({ Ref: mapping?.Properties.EventSourceArn['Fn::GetAtt'][0] });
  });

  it('polls every 15 minutes and ticks the digest planner at the top of every hour', () => {
    service.resourceCountIs('AWS::Scheduler::Schedule', 2);
    service.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      Target: {
        Arn: { 'Fn::GetAtt': [fnId('poll'), 'Arn'] },
        Input: JSON.stringify({ kind: 'poll' }),
      },
    });
    service.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 * * * ? *)',
      Target: {
        Arn: { 'Fn::GetAtt': [fnId('digest-planner'), 'Arn'] },
        Input: JSON.stringify({ kind: 'digest-tick', time: '<aws.scheduler.scheduled-time>' }),
      },
    });
  });

  it('routes every HTTP request to the api function and outputs the URL', () => {
    service.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    const integrations = Object.entries(resources('AWS::ApiGatewayV2::Integration'));
    expect(integrations).toHaveLength(1);
    const [integrationId, integration] = integrations[0]!;
    expect(integration.Properties.IntegrationUri).toEqual({ 'Fn::GetAtt': [fnId('api'), 'Arn'] });
    service.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: '$default',
      Target: { 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] },
    });
    service.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
    expect(service.findOutputs('ApiUrl')).not.toEqual({});
  });

  it('uses the API URL as the site URL unless the operator gives one', () => {
    const fallback = resources('AWS::Lambda::Function')[fnId('digest-sender')]!;
    const [apiId] = Object.keys(resources('AWS::ApiGatewayV2::Api'));
    expect(fallback.Properties.Environment.Variables.SITE_URL).toEqual({
      'Fn::GetAtt': [apiId, 'ApiEndpoint'],
    });
    const given = synthApp({ siteUrl: 'https://jobs.example.org/' }).service;
    given.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'jobalert digest-sender',
      Environment: { Variables: Match.objectLike({ SITE_URL: 'https://jobs.example.org' }) },
    });
  });

  it('lets digest-sender and api send mail as the sender through the configuration set', () => {
    for (const name of ['digest-sender', 'api']) {
      const policy = policyOf(name);
      expect(policy).toContain('ses:SendEmail');
      expect(policy).toContain(':identity/alerts@example.com');
      expect(policy).toContain(':identity/example.com');
      expect(policy).toContain(':configuration-set/');
    }
    for (const name of ['poll', 'match', 'digest-planner', 'ses-feedback']) {
      expect(policyOf(name)).not.toContain('ses:SendEmail');
    }
  });

  it('lets the functions that sign links, and only them, read and decrypt the token key', () => {
    for (const name of ['api', 'digest-sender']) {
      const policy = policyOf(name);
      expect(policy).toContain('ssm:GetParameter');
      expect(policy).toContain(':parameter/jobalert/token-key');
      expect(policy).toContain('kms:Decrypt');
      expect(policy).toContain('kms:ViaService');
    }
    for (const name of ['poll', 'poll-worker', 'match', 'digest-planner', 'ses-feedback']) {
      expect(policyOf(name)).not.toContain('ssm:GetParameter');
      expect(policyOf(name)).not.toContain('kms:Decrypt');
    }
  });

  it('lets every function read and write the table', () => {
    for (const name of functionNames) expect(policyOf(name)).toContain('dynamodb:PutItem');
  });

  it('triggers ses-feedback from the SES events topic', () => {
    service.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      Endpoint: { 'Fn::GetAtt': [fnId('ses-feedback'), 'Arn'] },
      TopicArn: { 'Fn::ImportValue': Match.stringLikeRegexp('SesEvents') },
    });
    service.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { 'Fn::GetAtt': [fnId('ses-feedback'), 'Arn'] },
      Principal: 'sns.amazonaws.com',
    });
  });

  it('alarms as soon as a message lands in a dead-letter queue', () => {
    const dlqs = Object.entries(resources('AWS::SQS::Queue'))
      .filter(([, q]) => !q.Properties.RedrivePolicy)
      .map(([id]) => id);
    expect(dlqs).toHaveLength(3);
    for (const dlq of dlqs) {
      service.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlq, 'QueueName'] } }],
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Threshold: 1,
        AlarmActions: [{ 'Fn::ImportValue': Match.stringLikeRegexp('Alarms') }],
      });
    }
  });

  it('alarms when any function throws', () => {
    for (const name of functionNames) {
      service.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: fnId(name) } }],
        Threshold: 1,
        AlarmActions: [{ 'Fn::ImportValue': Match.stringLikeRegexp('Alarms') }],
      });
    }
  });
});
