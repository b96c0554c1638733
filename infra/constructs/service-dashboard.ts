import { Duration } from 'aws-cdk-lib';
import {
  type Alarm,
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  LogQueryWidget,
  SingleValueWidget,
  TextWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bounceRateThreshold, complaintRateThreshold, digestOverdueThresholdSeconds } from './service-alarms';
import { digestOverdueSeconds, reputationMetric, serviceMetric } from './service-metrics';

export interface ServiceDashboardProps {
  readonly configurationSetName: string;
  /** Where the poll tick and the poll workers log their per-source EMF lines. */
  readonly pollLogGroups: ILogGroup[];
  readonly alarms: Alarm[];
}

const sum = (name: Parameters<typeof serviceMetric>[0], label: string) => serviceMetric(name, { label });
const wide = { width: 12, height: 6 };

/** Per source, from the poll lines' fields: the EMF properties, which cost nothing per source. */
const perSourceQuery = [
  'filter ispresent(SourcePolls)',
  'stats sum(PostingsFetched) as fetched, sum(PostingsNew) as new, sum(PostingsDuplicate) as duplicate, sum(PostingsRejected) as rejected, sum(SourceFailures) as failed, max(BreakerOpen) as breakerOpen, max(SourceFailingHours) as failingHours by sourceId',
  'sort failed desc',
  'limit 100',
];

/**
 * The one dashboard: sources, matching, digests and their lag, SES (reputation, throttles,
 * bounces, complaints) and the alarms, each graph reading the metrics of shared/ports/metrics.ts.
 */
export class ServiceDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ServiceDashboardProps) {
    super(scope, id);
    const lag = (frequency: string, statistic: string) =>
      serviceMetric('DigestLag', {
        statistic,
        dimensions: { Frequency: frequency },
        label: `${frequency} ${statistic}`,
      });
    const bounces = (type: string) =>
      serviceMetric('Bounces', { dimensions: { BounceType: type }, label: `${type} bounces` });
    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: 'jobalert',
      defaultInterval: Duration.days(7),
      widgets: [
        [
          new TextWidget({
            markdown:
              '# jobalert\nWhat the service does, per hour. What each alarm means and what to do: docs/deploy.md, "Dashboard and alarms".',
            width: 12,
            height: 2,
          }),
          new AlarmStatusWidget({ title: 'Alarms', alarms: props.alarms, width: 12, height: 2 }),
        ],
        [
          new GraphWidget({
            title: 'Postings from sources (all sources, per hour)',
            left: [
              sum('PostingsFetched', 'fetched'),
              sum('PostingsNew', 'new'),
              sum('PostingsDuplicate', 'duplicate'),
              sum('PostingsRejected', 'rejected'),
            ],
            ...wide,
          }),
          new GraphWidget({
            title: 'Source health',
            left: [
              sum('SourcePolls', 'polls'),
              sum('SourceFailures', 'failed polls'),
              sum('BreakerOpen', 'skipped, breaker open'),
            ],
            right: [serviceMetric('SourceFailingHours', { statistic: 'Maximum', label: 'longest failing (hours)' })],
            rightAnnotations: [{ value: 24, label: 'alarm' }],
            ...wide,
          }),
        ],
        [
          new LogQueryWidget({
            title: 'Per source (the dashboard period): fetched, new, duplicate, rejected, failed, breaker open',
            logGroupNames: props.pollLogGroups.map((g) => g.logGroupName),
            queryLines: perSourceQuery,
            width: 24,
            height: 8,
          }),
        ],
        [
          new GraphWidget({
            title: 'Matching',
            left: [sum('PostingsMatched', 'postings matched'), sum('MatchesMade', 'matches made')],
            ...wide,
          }),
          new GraphWidget({
            title: 'Digests',
            left: [sum('DigestsPlanned', 'planned'), sum('DigestsSent', 'sent'), sum('DigestsSkipped', 'skipped')],
            ...wide,
          }),
        ],
        [
          new GraphWidget({
            title: 'Lag from first sighting to email (seconds)',
            left: ['instant', 'daily', 'weekly'].flatMap((f) => [lag(f, 'p50'), lag(f, 'Maximum')]),
            ...wide,
          }),
          new GraphWidget({
            title: 'Wait past the schedule (seconds)',
            left: [digestOverdueSeconds()],
            leftAnnotations: [{ value: digestOverdueThresholdSeconds, label: 'alarm' }],
            ...wide,
          }),
        ],
        [
          new GraphWidget({
            title: 'SES reputation (configuration set)',
            left: [reputationMetric('BounceRate', props.configurationSetName)],
            right: [reputationMetric('ComplaintRate', props.configurationSetName)],
            leftAnnotations: [{ value: bounceRateThreshold, label: 'bounce alarm' }],
            rightAnnotations: [{ value: complaintRateThreshold, label: 'complaint alarm' }],
            ...wide,
          }),
          new GraphWidget({
            title: 'SES feedback and throttling',
            left: [bounces('hard'), bounces('soft'), sum('Complaints', 'complaints')],
            right: [sum('SesThrottles', 'throttled sends')],
            ...wide,
          }),
        ],
        [
          new SingleValueWidget({
            title: 'Last 24 hours',
            metrics: [
              serviceMetric('PostingsNew', { period: Duration.days(1), label: 'new postings' }),
              serviceMetric('MatchesMade', { period: Duration.days(1), label: 'matches' }),
              serviceMetric('DigestsSent', { period: Duration.days(1), label: 'digests sent' }),
              serviceMetric('Bounces', {
                period: Duration.days(1),
                dimensions: { BounceType: 'hard' },
                label: 'hard bounces',
              }),
              serviceMetric('Complaints', { period: Duration.days(1), label: 'complaints' }),
            ],
            width: 24,
            height: 3,
          }),
        ],
      ],
    });
  }
}
