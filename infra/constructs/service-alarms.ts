import { type Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { digestOverdueSeconds, reputationMetric, serviceMetric } from './service-metrics';

export interface ServiceAlarmsProps {
  readonly topic: ITopic;
  readonly configurationSetName: string;
}

/** SES reviews an account at a 5 % bounce rate and a 0.1 % complaint rate: alarm when we reach them. */
export const bounceRateThreshold = 0.05;
export const complaintRateThreshold = 0.001;
/** A source failing this long is broken, not flaky (the breaker already rides out short outages). */
export const sourceFailingHoursThreshold = 24;
/** A posting mailed later than its schedule explains by more than this. */
export const digestOverdueThresholdSeconds = 86_400;

/**
 * The alarms on what the service does (beside the stack's dead-letter and function-error alarms):
 * SES reputation, a source failing for a day, digests late by a day. Each notifies the alarm
 * topic; docs/deploy.md says what each means and what to do.
 */
export class ServiceAlarms extends Construct {
  readonly alarms: Alarm[];

  constructor(scope: Construct, id: string, props: ServiceAlarmsProps) {
    super(scope, id);
    const common = {
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No data means no mail sent or no source failing: nothing is wrong.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    };
    this.alarms = [
      reputationMetric('BounceRate', props.configurationSetName).createAlarm(this, 'BounceRate', {
        ...common,
        alarmDescription: `SES bounce rate at or above ${bounceRateThreshold * 100} %: SES reviews the account from here`,
        threshold: bounceRateThreshold,
      }),
      reputationMetric('ComplaintRate', props.configurationSetName).createAlarm(this, 'ComplaintRate', {
        ...common,
        alarmDescription: `SES complaint rate at or above ${complaintRateThreshold * 100} %: SES reviews the account from here`,
        threshold: complaintRateThreshold,
      }),
      serviceMetric('SourceFailingHours', { statistic: 'Maximum' }).createAlarm(this, 'SourceFailing', {
        ...common,
        alarmDescription: `A source has failed for ${sourceFailingHoursThreshold} hours (its id is in the poll logs)`,
        threshold: sourceFailingHoursThreshold,
      }),
      digestOverdueSeconds().createAlarm(this, 'DigestLag', {
        ...common,
        alarmDescription: 'A posting reached its subscriber more than a day later than the digest schedule explains',
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        threshold: digestOverdueThresholdSeconds,
      }),
    ];
    const action = new SnsAction(props.topic);
    for (const alarm of this.alarms) alarm.addAlarmAction(action);
  }
}
