import { createEmfMetrics } from '../../shared/adapters/metrics/emf-metrics';

/** One EMF line read back: what CloudWatch would make of it. */
export interface EmfRecord {
  namespace: string;
  dimensions: string[];
  units: Record<string, string>;
  fields: Record<string, unknown>;
}

/** The real EMF adapter writing into memory, and its lines as CloudWatch reads them. */
export function recordEmf(clock: () => Date = () => new Date()) {
  const lines: string[] = [];
  return {
    metrics: createEmfMetrics((line) => lines.push(line), clock),
    lines,
    records(): EmfRecord[] {
      return lines.map((line) => {
        const { _aws, ...fields } = JSON.parse(line);
        const [directive] = _aws.CloudWatchMetrics;
        return {
          namespace: directive.Namespace,
          dimensions: directive.Dimensions[0],
          units: Object.fromEntries(directive.Metrics.map((m: { Name: string; Unit: string }) => [m.Name, m.Unit])),
          fields,
        };
      });
    },
    /** The records that carry this metric. */
    with(name: string): EmfRecord[] {
      return this.records().filter((r) => name in r.units);
    },
    clear() {
      lines.length = 0;
    },
  };
}
