import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ParamsAndSecretsLayerVersion } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { HostedZone } from 'aws-cdk-lib/aws-route53';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IConfigurationSet } from 'aws-cdk-lib/aws-ses';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { defaultSesRatePerSecond } from '../../shared/config/config';
import { type FunctionName, JobFunction } from '../constructs/job-function';
import { ServiceAlarms } from '../constructs/service-alarms';
import { ServiceDashboard } from '../constructs/service-dashboard';
import { SiteDomain } from '../constructs/site-domain';
import { SourcesLayer } from '../constructs/sources-layer';
import { grantTokenKey, tokenKeyReaderLayer } from '../constructs/token-key-readers';
import type { DnsSettings } from '../context-schema';

export interface StatelessStackProps extends StackProps {
  readonly table: ITable;
  readonly tokenKeyParameterName: string;
  readonly configurationSet: IConfigurationSet;
  readonly sesEventsTopic: ITopic;
  readonly alarmTopic: ITopic;
  /** The From address; its address or its domain must be a verified SES identity. */
  readonly sender: string;
  /** Public https origin of the site, no trailing slash; the HTTP API's own URL when absent. */
  readonly siteUrl?: string;
  /** The hosted zone and, when set, the pages' domain in it (certificate, custom domain, alias). */
  readonly dns?: DnsSettings;
  /** The operator config's `sources`, as a file in a layer (the functions validate it). */
  readonly sources: readonly unknown[];
  /** The poll workers' memory in MiB (default 512). */
  readonly pollWorkerMemoryMiB?: number;
  /** The operator config's `circuitBreaker` (absent: the defaults), for the poll workers. */
  readonly circuitBreaker?: unknown;
  /** The account's SES sending rate (emails per second) the digest senders share: the config's `sesRatePerSecond`. */
  readonly sesRatePerSecond?: number;
  /** The config's `backfillDays`, `maxPostingsPerDigest`, `unsubscribeMailto` (absent: the functions' defaults). */
  readonly backfillDays?: number;
  readonly maxPostingsPerDigest?: number;
  readonly unsubscribeMailto?: string;
}

/** At most this many digest senders run at once; each gets this share of the SES rate. */
const digestSenderConcurrency = 2;

/**
 * Poll workers at once: 5, and one more per 250 sources up to 25, so that at a few seconds a
 * poll every source is polled within its 15 minutes without flooding the table or the hosts.
 */
export const pollWorkerConcurrency = (sources: number) => Math.min(25, Math.max(5, Math.ceil(sources / 250)));

const timeouts: Record<FunctionName, Duration> = {
  // The tick reads the sources' states (100 to a BatchGetItem), enqueues the due ones (10 to a
  // SendMessageBatch) and reads the states back: seconds for 5,000 sources, room for retries.
  poll: Duration.minutes(5),
  'poll-worker': Duration.minutes(5),
  match: Duration.seconds(60),
  'digest-planner': Duration.minutes(2),
  'digest-sender': Duration.seconds(60),
  // HTTP API gives up on an integration after 30 s.
  api: Duration.seconds(15),
  'ses-feedback': Duration.seconds(30),
};

/** Everything that can be replaced by a redeploy: functions, queues, schedules, API, alarms. */
export class StatelessStack extends Stack {
  readonly functions: Record<FunctionName, JobFunction>;
  readonly api: HttpApi;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);

    const pollQueue = this.queueWithDeadLetters('Poll', timeouts['poll-worker']);
    const matchQueue = this.queueWithDeadLetters('Match', timeouts.match);
    const digestQueue = this.queueWithDeadLetters('Digest', timeouts['digest-sender']);

    // The functions that sign links read the token key through AWS's extension (no SSM client bundled).
    const tokenKeyReader = tokenKeyReaderLayer();
    const fn = (name: FunctionName, id: string, paramsAndSecrets?: ParamsAndSecretsLayerVersion) =>
      new JobFunction(this, id, {
        name,
        timeout: timeouts[name],
        ...(name === 'poll-worker' && props.pollWorkerMemoryMiB ? { memorySize: props.pollWorkerMemoryMiB } : {}),
        paramsAndSecrets,
        environment: {
          MATCH_QUEUE_URL: matchQueue.queue.queueUrl,
          DIGEST_QUEUE_URL: digestQueue.queue.queueUrl,
          SENDER: props.sender,
          TOKEN_KEY_PARAMETER: props.tokenKeyParameterName,
          SES_CONFIGURATION_SET: props.configurationSet.configurationSetName,
          ...(props.backfillDays === undefined ? {} : { BACKFILL_DAYS: String(props.backfillDays) }),
          ...(props.maxPostingsPerDigest === undefined
            ? {}
            : { MAX_POSTINGS_PER_DIGEST: String(props.maxPostingsPerDigest) }),
          ...(props.unsubscribeMailto === undefined ? {} : { UNSUBSCRIBE_MAILTO: props.unsubscribeMailto }),
        },
      }).bindTable(props.table);
    this.functions = {
      poll: fn('poll', 'Poll'),
      'poll-worker': fn('poll-worker', 'PollWorker'),
      match: fn('match', 'Match'),
      'digest-planner': fn('digest-planner', 'DigestPlanner'),
      'digest-sender': fn('digest-sender', 'DigestSender', tokenKeyReader),
      api: fn('api', 'Api', tokenKeyReader),
      'ses-feedback': fn('ses-feedback', 'SesFeedback'),
    };
    const f = this.functions;
    // The tick fans the sources out, the workers poll them, the api backfills a new subscriber from them.
    const sourcesFile = new SourcesLayer(this, 'Sources', props.sources);
    for (const reader of [f.poll, f['poll-worker'], f.api]) sourcesFile.grantTo(reader);

    pollQueue.queue.grantSendMessages(f.poll);
    f.poll.addEnvironment('POLL_QUEUE_URL', pollQueue.queue.queueUrl);
    f['poll-worker'].addEnvironment('JOBALERT_CIRCUIT_BREAKER', JSON.stringify(props.circuitBreaker ?? {}));
    f['poll-worker'].addEventSource(
      new SqsEventSource(pollQueue.queue, {
        // One source per invocation: a slow or failing source holds up no other.
        batchSize: 1,
        reportBatchItemFailures: true,
        // Bounded so a tick of many sources does not flood the table or the sources' hosts.
        maxConcurrency: pollWorkerConcurrency(props.sources.length),
      }),
    );
    matchQueue.queue.grantSendMessages(f['poll-worker']);
    // The tick hands on the "to match" marks a backed-off source's last polls left (fanOutPoll).
    matchQueue.queue.grantSendMessages(f.poll);
    // match may enqueue instant digests itself.
    digestQueue.queue.grantSendMessages(f.match);
    digestQueue.queue.grantSendMessages(f['digest-planner']);
    // api queues an instant subscriber's backfill digest when they confirm.
    digestQueue.queue.grantSendMessages(f.api);
    f.match.addEventSource(
      new SqsEventSource(matchQueue.queue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(5),
        reportBatchItemFailures: true,
        maxConcurrency: 5,
      }),
    );
    f['digest-sender'].addEventSource(
      new SqsEventSource(digestQueue.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        // Each sender paces itself at its share of the SES rate (SES_RATE_PER_SECOND), so the
        // senders together stay under it; 2 is the least SQS allows.
        maxConcurrency: digestSenderConcurrency,
      }),
    );
    f['digest-sender'].addEnvironment(
      'SES_RATE_PER_SECOND',
      String((props.sesRatePerSecond ?? defaultSesRatePerSecond) / digestSenderConcurrency),
    );

    // Only the functions that sign links read the key, at cold start (functions/compose/lambda-settings.ts).
    grantTokenKey(this, props.tokenKeyParameterName, [f.api, f['digest-sender']]);

    const senderDomain = props.sender.slice(props.sender.lastIndexOf('@') + 1);
    const sendEmail = new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [
        // SES authorizes against the address identity if verified, else the domain identity.
        this.formatArn({ service: 'ses', resource: 'identity', resourceName: props.sender }),
        this.formatArn({ service: 'ses', resource: 'identity', resourceName: senderDomain }),
        this.formatArn({
          service: 'ses',
          resource: 'configuration-set',
          resourceName: props.configurationSet.configurationSetName,
        }),
      ],
    });
    f['digest-sender'].addToRolePolicy(sendEmail);
    f.api.addToRolePolicy(sendEmail);

    props.sesEventsTopic.addSubscription(new LambdaSubscription(f['ses-feedback']));

    new Schedule(this, 'PollSchedule', {
      description: 'Poll every job source',
      schedule: ScheduleExpression.rate(Duration.minutes(15)),
      target: new LambdaInvoke(f.poll, {
        input: ScheduleTargetInput.fromObject({ kind: 'poll' }),
        retryAttempts: 2,
        // A poll older than the next one is worthless.
        maxEventAge: Duration.minutes(15),
      }),
    });
    new Schedule(this, 'DigestTickSchedule', {
      description: 'Hourly tick: plan the digests due in this hour',
      schedule: ScheduleExpression.cron({ minute: '0' }),
      target: new LambdaInvoke(f['digest-planner'], {
        input: ScheduleTargetInput.fromObject({
          kind: 'digest-tick',
          time: ContextAttribute.scheduledTime,
        }),
        retryAttempts: 2,
        // The planner works from the scheduled time, so a late tick still plans its own hour.
        maxEventAge: Duration.hours(1),
      }),
    });

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'jobalert signup, preference and unsubscribe pages and their JSON API',
      defaultIntegration: new HttpLambdaIntegration('ApiIntegration', f.api),
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'HttpApiAccessLogs', {
      retention: RetentionDays.ONE_MONTH,
    });
    const stage = new HttpStage(this, 'HttpApiStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 20, burstLimit: 40 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });
    if (props.dns?.domainName !== undefined) {
      new SiteDomain(this, 'SiteDomain', {
        domainName: props.dns.domainName,
        zone: HostedZone.fromHostedZoneAttributes(this, 'Zone', {
          hostedZoneId: props.dns.hostedZoneId,
          zoneName: props.dns.hostedZone,
        }),
        api: this.api,
        stage,
      });
    }
    const apiUrl = this.api.apiEndpoint;
    for (const other of Object.values(f)) other.addEnvironment('SITE_URL', props.siteUrl ?? apiUrl);
    new CfnOutput(this, 'ApiUrl', { value: stage.url, description: 'HTTP API URL' });
    new CfnOutput(this, 'SiteUrl', { value: props.siteUrl ?? apiUrl });

    this.alarms(props.alarmTopic, [pollQueue.deadLetters, matchQueue.deadLetters, digestQueue.deadLetters]);
    const configurationSetName = props.configurationSet.configurationSetName;
    const { alarms } = new ServiceAlarms(this, 'ServiceAlarms', { topic: props.alarmTopic, configurationSetName });
    const pollLogGroups = [f.poll.logGroup, f['poll-worker'].logGroup];
    new ServiceDashboard(this, 'ServiceDashboard', { configurationSetName, pollLogGroups, alarms });
  }

  private queueWithDeadLetters(name: string, consumerTimeout: Duration) {
    const deadLetters = new Queue(this, `${name}DeadLetters`, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const queue = new Queue(this, `${name}Queue`, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Lambda's advice: at least six times the consumer's timeout, so retries don't overlap.
      visibilityTimeout: Duration.seconds(consumerTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: 5 },
    });
    return { queue, deadLetters };
  }

  private alarms(topic: ITopic, deadLetterQueues: Queue[]) {
    const action = new SnsAction(topic);
    for (const dlq of deadLetterQueues) {
      dlq
        .metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) })
        .createAlarm(this, `${dlq.node.id}Alarm`, {
          alarmDescription: `Messages in ${dlq.node.id}: something failed 5 times`,
          threshold: 1,
          evaluationPeriods: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        })
        .addAlarmAction(action);
    }
    for (const [name, fn] of Object.entries(this.functions)) {
      fn.metricErrors({ period: Duration.minutes(5) })
        .createAlarm(this, `${fn.node.id}ErrorsAlarm`, {
          alarmDescription: `The ${name} function threw`,
          threshold: 1,
          evaluationPeriods: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        })
        .addAlarmAction(action);
    }
  }
}
