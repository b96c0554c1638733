import { readTemplate, type SynthesizedTemplate } from '../../../infra/synthesized-functions';

type Refs = Record<string, string>;

/** What a CloudFormation value resolves to here: `physical` names each resource's stand-in. */
export interface Resolver {
  resolve(value: unknown): string;
}

const pseudo: Refs = {
  'AWS::Region': 'eu-west-1',
  'AWS::AccountId': '000000000000',
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
};

/**
 * Resolves the intrinsics the stacks put in the functions' environment (Ref, Fn::GetAtt,
 * Fn::ImportValue across the two stacks, Fn::Join) to the loopback stand-ins' names and URLs,
 * so each function runs with the environment the templates give it. An intrinsic it does not
 * know fails the test, naming it: the stack started to set something this test cannot check.
 */
export function templateResolver(
  cdkOut: string,
  physical: (logicalId: string, type: string, attribute?: string) => string,
): Resolver & { service: SynthesizedTemplate; data: SynthesizedTemplate } {
  const service = readTemplate(cdkOut, 'JobalertService');
  const data = readTemplate(cdkOut, 'JobalertData');
  const exports = new Map<string, unknown>();
  for (const output of Object.values(data.Outputs ?? {}) as { Value: unknown; Export?: { Name: string } }[]) {
    if (output.Export) exports.set(output.Export.Name, output.Value);
  }
  const resolveIn = (template: SynthesizedTemplate, value: unknown): string => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    const node = value as Record<string, unknown>;
    if (typeof node.Ref === 'string') {
      if (pseudo[node.Ref]) return pseudo[node.Ref] as string;
      const resource = template.Resources[node.Ref];
      if (!resource) throw new Error(`Ref to unknown resource ${node.Ref}`);
      return physical(node.Ref, resource.Type);
    }
    if (Array.isArray(node['Fn::GetAtt'])) {
      const [id, attribute] = node['Fn::GetAtt'] as [string, string];
      const resource = template.Resources[id];
      if (!resource) throw new Error(`Fn::GetAtt of unknown resource ${id}`);
      return physical(id, resource.Type, attribute);
    }
    if (typeof node['Fn::ImportValue'] === 'string') {
      const exported = exports.get(node['Fn::ImportValue']);
      if (exported === undefined) throw new Error(`no export ${node['Fn::ImportValue']} in JobalertData`);
      return resolveIn(data, exported);
    }
    if (Array.isArray(node['Fn::Join'])) {
      const [separator, parts] = node['Fn::Join'] as [string, unknown[]];
      return parts.map((p) => resolveIn(template, p)).join(separator);
    }
    throw new Error(`the deploy test cannot resolve ${JSON.stringify(value)}`);
  };
  return { service, data, resolve: (value) => resolveIn(service, value) };
}

/** The queue each SQS-fed function reads, and its batch size, from the event source mappings. */
export function queueConsumers(
  service: SynthesizedTemplate,
): { queueId: string; functionId: string; batchSize: number }[] {
  return Object.values(service.Resources)
    .filter((r) => r.Type === 'AWS::Lambda::EventSourceMapping')
    .map((r) => {
      const p = r.Properties as {
        EventSourceArn: { 'Fn::GetAtt': [string] };
        FunctionName: { Ref: string };
        BatchSize?: number;
      };
      return {
        queueId: p.EventSourceArn['Fn::GetAtt'][0],
        functionId: p.FunctionName.Ref,
        batchSize: p.BatchSize ?? 10,
      };
    });
}

/** Each schedule's target function and the event it sends (Scheduler's context attributes left in). */
export function scheduleTargets(service: SynthesizedTemplate): { functionId: string; input: string }[] {
  return Object.values(service.Resources)
    .filter((r) => r.Type === 'AWS::Scheduler::Schedule')
    .map((r) => {
      const target = (r.Properties as { Target: { Arn: { 'Fn::GetAtt': [string] }; Input: string } }).Target;
      return { functionId: target.Arn['Fn::GetAtt'][0], input: target.Input };
    });
}

/** The functions the SNS topics deliver to (the SES events topic → ses-feedback). */
export function topicSubscribers(service: SynthesizedTemplate): string[] {
  return Object.values(service.Resources)
    .filter((r) => r.Type === 'AWS::SNS::Subscription' && (r.Properties as { Protocol: string }).Protocol === 'lambda')
    .map((r) => (r.Properties as { Endpoint: { 'Fn::GetAtt': [string] } }).Endpoint['Fn::GetAtt'][0]);
}
