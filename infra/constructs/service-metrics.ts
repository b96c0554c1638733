import { Duration } from 'aws-cdk-lib';
import { MathExpression, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { METRIC_NAMESPACE, type MetricName } from '../../shared/ports/metrics';

/** One of the service's own metrics (shared/ports/metrics.ts), as CloudWatch stores it. */
export function serviceMetric(
  name: MetricName,
  options: { statistic?: string; period?: Duration; dimensions?: Record<string, string>; label?: string } = {},
): Metric {
  return new Metric({
    namespace: METRIC_NAMESPACE,
    metricName: name,
    statistic: options.statistic ?? 'Sum',
    period: options.period ?? Duration.hours(1),
    dimensionsMap: options.dimensions,
    label: options.label,
  });
}

/** SES's reputation metric for the configuration set (reputation metrics are on there): a fraction, 0.05 = 5 %. */
export function reputationMetric(name: 'BounceRate' | 'ComplaintRate', configurationSetName: string): Metric {
  return new Metric({
    namespace: 'AWS/SES',
    metricName: `Reputation.${name}`,
    dimensionsMap: { 'ses:configuration-set': configurationSetName },
    statistic: 'Maximum',
    period: Duration.hours(1),
    label: name === 'BounceRate' ? 'bounce rate' : 'complaint rate',
  });
}

/** What each delivery frequency's schedule adds to a posting's wait by design: none, a day, a week. */
export const scheduleAllowanceSeconds = { instant: 0, daily: 86_400, weekly: 7 * 86_400 } as const;

/**
 * The longest wait past its schedule of any posting mailed in the period, in seconds: the digest
 * lag of each frequency minus what that frequency's schedule explains. A frequency with no digest
 * in the period counts as no wait.
 */
export function digestOverdueSeconds(period = Duration.hours(1)): MathExpression {
  const lag = (frequency: keyof typeof scheduleAllowanceSeconds) =>
    serviceMetric('DigestLag', { statistic: 'Maximum', period, dimensions: { Frequency: frequency } });
  return new MathExpression({
    expression: `MAX([FILL(instant, 0), FILL(daily, 0) - ${scheduleAllowanceSeconds.daily}, FILL(weekly, 0) - ${scheduleAllowanceSeconds.weekly}])`,
    usingMetrics: { instant: lag('instant'), daily: lag('daily'), weekly: lag('weekly') },
    period,
    label: 'digest wait past its schedule (s)',
  });
}
