import { describe, expect, it } from 'vitest';
import { METRIC_NAMESPACE, METRICS } from '../../shared/ports/metrics';
import { synthApp } from './synth-app';

const { service, data } = synthApp();
// biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation is walked by shape; the assertions check it.
type Resource = { Properties: Record<string, any> };
const alarms = () => Object.values(service.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>);
/** An alarm on one metric, in either form CloudFormation takes (a label puts it in `Metrics`). */
const metricOf = (a: Resource) => {
  const p = a.Properties;
  const stat = p.Metrics?.length === 1 ? p.Metrics[0].MetricStat : undefined;
  return stat
    ? {
        ...p,
        Namespace: stat.Metric.Namespace,
        MetricName: stat.Metric.MetricName,
        Dimensions: stat.Metric.Dimensions,
        Statistic: stat.Stat,
      }
    : p;
};
const alarmOn = (metricName: string) =>
  alarms()
    .map(metricOf)
    .filter((a) => a.MetricName === metricName);
const alarmTopic = { 'Fn::ImportValue': expect.stringMatching(/Alarms/) };

/** The dashboard body as CloudWatch gets it (CDK joins tokens into it with Fn::Join). */
function dashboardBody(): { widgets: { type: string; properties: Record<string, unknown> }[] } {
  const [dashboard] = Object.values(service.findResources('AWS::CloudWatch::Dashboard') as Record<string, Resource>);
  const joined = dashboard?.Properties.DashboardBody['Fn::Join'][1] as unknown[];
  // Every token (a log group's name, the configuration set's) sits inside a JSON string.
  return JSON.parse(joined.map((part) => (typeof part === 'string' ? part : 'TOKEN')).join(''));
}

describe('the alarms on what the service does', () => {
  it('keep SES reputation metrics on for the configuration set they read', () => {
    data.hasResourceProperties('AWS::SES::ConfigurationSet', { ReputationOptions: { ReputationMetricsEnabled: true } });
  });

  it('fire at a 5 % bounce rate and a 0.1 % complaint rate of the configuration set', () => {
    for (const [metric, threshold] of [
      ['Reputation.BounceRate', 0.05],
      ['Reputation.ComplaintRate', 0.001],
    ] as const) {
      expect(alarmOn(metric)).toHaveLength(1);
      expect(alarmOn(metric)[0]).toMatchObject({
        Namespace: 'AWS/SES',
        Dimensions: [{ Name: 'ses:configuration-set', Value: expect.anything() }],
        Statistic: 'Maximum',
        Threshold: threshold,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [expect.objectContaining(alarmTopic)],
      });
    }
  });

  it('fire when any source has been failing for 24 hours', () => {
    expect(alarmOn('SourceFailingHours')).toHaveLength(1);
    expect(alarmOn('SourceFailingHours')[0]).toMatchObject({
      Namespace: METRIC_NAMESPACE,
      Statistic: 'Maximum',
      Threshold: 24,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [expect.objectContaining(alarmTopic)],
    });
  });

  it('fire when a posting reaches its subscriber more than a day after its schedule allows', () => {
    const [lag] = alarms().filter((a) => JSON.stringify(a.Properties.Metrics ?? '').includes('DigestLag'));
    expect(lag?.Properties).toMatchObject({ Threshold: 86400, ComparisonOperator: 'GreaterThanThreshold' });
    const metrics = lag?.Properties.Metrics as Resource['Properties'][];
    const expression = metrics.find((m) => m.Expression)?.Expression;
    expect(expression).toBe('MAX([FILL(instant, 0), FILL(daily, 0) - 86400, FILL(weekly, 0) - 604800])');
    const frequencies = metrics
      .filter((m) => m.MetricStat)
      .map((m) => [m.Id, m.MetricStat.Metric.MetricName, m.MetricStat.Metric.Dimensions, m.MetricStat.Stat]);
    expect(frequencies).toEqual(
      ['instant', 'daily', 'weekly'].map((f) => [f, 'DigestLag', [{ Name: 'Frequency', Value: f }], 'Maximum']),
    );
  });

  it('come beside the dead-letter and function-error alarms, all to the alarm topic', () => {
    expect(alarms()).toHaveLength(3 + 7 + 4);
    for (const alarm of alarms()) expect(alarm.Properties.AlarmActions).toEqual([expect.objectContaining(alarmTopic)]);
  });
});

describe('the dashboard', () => {
  const body = dashboardBody();
  const text = JSON.stringify(body);

  it('is one dashboard that graphs every metric the service emits', () => {
    service.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    for (const name of Object.keys(METRICS)) expect(text, name).toContain(`"${name}"`);
    expect(text).toContain('Reputation.BounceRate');
    expect(text).toContain('Reputation.ComplaintRate');
  });

  it('tables each source from the poll logs, and shows the state of the alarms', () => {
    const query = body.widgets.find((w) => w.type === 'log');
    expect(query?.properties.query).toMatch(/stats .*sum\(PostingsNew\).* by sourceId/);
    expect(query?.properties.query).toMatch(/sum\(SourceFailures\).*max\(BreakerOpen\)/);
    const alarmWidget = body.widgets.find((w) => w.type === 'alarm');
    expect(alarmWidget?.properties.alarms).toHaveLength(4);
  });
});
