import { METRIC_NAMESPACE, METRICS, type MetricRecord, type Metrics } from '../../ports/metrics';

/**
 * CloudWatch's embedded metric format: one JSON line per record on stdout, which Lambda hands to
 * CloudWatch Logs, which turns the `_aws` block into metrics (no API call, no latency, no IAM).
 * Ids ride along as plain fields, so a Logs Insights query finds the work behind a data point.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
/** EMF allows at most 100 values per metric in one line; longer lists go out in several lines. */
const MAX_VALUES = 100;

export function createEmfMetrics(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  clock: () => Date = () => new Date(),
): Metrics {
  return {
    emit(record: MetricRecord) {
      const entries = Object.entries(record.values).filter(([, v]) => v !== undefined && [v].flat().length > 0);
      if (entries.length === 0) return;
      const dimensions = record.dimensions ?? {};
      const longest = Math.max(...entries.map(([, v]) => [v].flat().length));
      for (let from = 0; from < longest; from += MAX_VALUES) {
        // Single values count once, in the first line; lists are cut into pieces.
        const part = entries.flatMap(([name, v]) => {
          const piece = Array.isArray(v) ? v.slice(from, from + MAX_VALUES) : from === 0 ? v : undefined;
          return piece === undefined || (Array.isArray(piece) && piece.length === 0) ? [] : [[name, piece] as const];
        });
        write(line(part));
      }
      function line(part: (readonly [string, unknown])[]): string {
        return JSON.stringify({
          ...record.properties,
          ...dimensions,
          ...Object.fromEntries(part),
          _aws: {
            Timestamp: clock().getTime(),
            CloudWatchMetrics: [
              {
                Namespace: METRIC_NAMESPACE,
                Dimensions: [Object.keys(dimensions)],
                Metrics: part.map(([name]) => ({ Name: name, Unit: METRICS[name as keyof typeof METRICS].unit })),
              },
            ],
          },
        });
      }
    },
  };
}

/** The local runtime's sink: `npm start` has no CloudWatch, and its own summary says what a run did. */
export const noMetrics: Metrics = { emit() {} };
