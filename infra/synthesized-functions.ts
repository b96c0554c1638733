import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { type FunctionName, functionNames } from './constructs/job-function';

const templateSchema = z.object({
  Resources: z.record(
    z.string(),
    z.object({
      Type: z.string(),
      Properties: z.record(z.string(), z.unknown()).optional(),
      Metadata: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
  Outputs: z.record(z.string(), z.unknown()).optional(),
});
export type SynthesizedTemplate = z.infer<typeof templateSchema>;

const functionSchema = z.object({
  Description: z.string(),
  Handler: z.string(),
  Environment: z.object({ Variables: z.record(z.string(), z.unknown()) }),
  Layers: z.array(z.unknown()).optional(),
});

/** One function as `cdk synth` wrote it: its bundle's folder and the environment the stack sets. */
export interface SynthesizedFunction {
  name: FunctionName;
  logicalId: string;
  /** Absolute path of the asset folder (index.mjs and what ships beside it). */
  assetDir: string;
  /** The module Lambda loads and the export it calls (`index.handler`). */
  handlerFile: string;
  handlerExport: string;
  /** As in the template: strings, or CloudFormation intrinsics such as `{ Ref: ... }`. */
  environment: Record<string, unknown>;
  /** Absolute paths of its layers' asset folders: what Lambda mounts at /opt. */
  layerDirs: string[];
}

/** A stack's template from a cloud assembly folder (`cdk.out`), checked for the fields read here. */
export function readTemplate(cdkOut: string, stackName: string): SynthesizedTemplate {
  const file = path.join(cdkOut, `${stackName}.template.json`);
  if (!existsSync(file)) throw new Error(`no ${file}: run \`npx cdk synth\` first`);
  return templateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every jobalert function of the service stack in `cdkOut`, found by its description (`jobalert <name>`). */
export function synthesizedFunctions(cdkOut: string, stackName = 'JobalertService'): SynthesizedFunction[] {
  const template = readTemplate(cdkOut, stackName);
  const found: SynthesizedFunction[] = [];
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    const props = functionSchema.safeParse(resource.Properties);
    const name = props.success ? props.data.Description.replace(/^jobalert /, '') : '';
    if (!props.success || !(functionNames as readonly string[]).includes(name)) continue;
    const asset = resource.Metadata?.['aws:asset:path'];
    if (typeof asset !== 'string') throw new Error(`${logicalId}: no aws:asset:path (synthesized without bundling?)`);
    const [file, handlerExport] = props.data.Handler.split('.') as [string, string];
    // Layers of this app are Refs to its own assets; AWS's own (the Parameters and Secrets
    // extension) are ARNs with no folder here.
    const ownLayers = (props.data.Layers ?? []).flatMap((l) => {
      const ref = z.object({ Ref: z.string() }).safeParse(l);
      return ref.success ? [ref.data.Ref] : [];
    });
    const layerDirs = ownLayers.map((Ref) => {
      const layerAsset = template.Resources[Ref]?.Metadata?.['aws:asset:path'];
      if (typeof layerAsset !== 'string') throw new Error(`${logicalId}: layer ${Ref} has no aws:asset:path`);
      return path.resolve(cdkOut, layerAsset);
    });
    found.push({
      name: name as FunctionName,
      logicalId,
      assetDir: path.resolve(cdkOut, asset),
      handlerFile: path.resolve(cdkOut, asset, `${file}.mjs`),
      handlerExport,
      environment: props.data.Environment.Variables,
      layerDirs,
    });
  }
  const missing = functionNames.filter((n) => !found.some((f) => f.name === n));
  if (missing.length > 0) throw new Error(`${cdkOut}: no function for ${missing.join(', ')}`);
  return found;
}
