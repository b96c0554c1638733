import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { PublicHostedZone } from 'aws-cdk-lib/aws-route53';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailSendingEvent,
  EventDestination,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { tableDefinition } from '../../shared/adapters/dynamo/table-definition';
import { SenderIdentity } from '../constructs/sender-identity';
import type { DnsSettings, SenderIdentity as SenderIdentityKind } from '../context-schema';

export interface StatefulStackProps extends StackProps {
  /**
   * Name of the SSM SecureString holding the token key. The operator creates it once, before
   * the first deploy, so the key never appears in a template:
   * `aws ssm put-parameter --name /jobalert/token-key --type SecureString --value "$(openssl rand -base64 32)"`
   */
  readonly tokenKeyParameterName: string;
  /** Address that receives alarm notifications; none when absent. */
  readonly alarmEmail?: string;
  /** The From address, whose SES identity this stack holds. */
  readonly sender: string;
  readonly senderIdentity: SenderIdentityKind;
  /** The hosted zone for the sender's DNS records; without it they are stack outputs. */
  readonly dns?: DnsSettings;
}

/** What outlives a redeploy: the data, the mail reputation setup, the notification topics. */
export class StatefulStack extends Stack {
  readonly table: Table;
  readonly tokenKeyParameterName: string;
  readonly configurationSet: ConfigurationSet;
  /** SES bounce / complaint / delivery notifications (SNS messages holding SES event JSON). */
  readonly sesEventsTopic: Topic;
  readonly alarmTopic: Topic;
  readonly senderIdentity: SenderIdentity;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    this.tokenKeyParameterName = props.tokenKeyParameterName;

    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'PK', type: AttributeType.STRING },
      sortKey: { name: 'SK', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'expiresAt',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of tableDefinition.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey.name, type: AttributeType.STRING },
        sortKey: { name: index.sortKey.name, type: AttributeType.STRING },
        projectionType: ProjectionType[index.projectionType],
      });
    }

    // A customer-managed key because SES and CloudWatch cannot publish to topics encrypted
    // with the AWS-managed SNS key.
    const topicKey = new Key(this, 'TopicKey', {
      description: 'jobalert SNS topics (SES events, alarms)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const service of ['ses.amazonaws.com', 'cloudwatch.amazonaws.com']) {
      topicKey.grant(new ServicePrincipal(service), 'kms:GenerateDataKey*', 'kms:Decrypt');
    }

    this.sesEventsTopic = new Topic(this, 'SesEvents', {
      masterKey: topicKey,
      enforceSSL: true,
    });
    this.alarmTopic = new Topic(this, 'Alarms', { masterKey: topicKey, enforceSSL: true });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      sendingEnabled: true,
      // The account-level list keeps SES itself from retrying addresses that bounced.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSet.addEventDestination('FeedbackToSns', {
      destination: EventDestination.snsTopic(this.sesEventsTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT, EmailSendingEvent.DELIVERY],
    });

    // Here, not in the service stack: deleting an identity would change its DKIM keys and DNS records.
    this.senderIdentity = new SenderIdentity(this, 'Sender', {
      sender: props.sender,
      kind: props.senderIdentity,
      configurationSet: this.configurationSet,
      ...(props.dns === undefined
        ? {}
        : {
            zone: PublicHostedZone.fromPublicHostedZoneAttributes(this, 'Zone', {
              hostedZoneId: props.dns.hostedZoneId,
              zoneName: props.dns.hostedZone,
            }),
          }),
    });
  }
}
