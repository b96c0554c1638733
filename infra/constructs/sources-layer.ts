import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Architecture, Code, type Function as LambdaFunction, LayerVersion, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** Where Lambda mounts the layer's `jobalert/sources.json`; the functions read JOBALERT_SOURCES_FILE. */
export const sourcesFilePath = '/opt/jobalert/sources.json';

/**
 * The operator config's sources as a file in a Lambda layer, for the functions that read them.
 * An environment variable allows 4 KB in all (about 45 sources); a layer allows 250 MB unzipped,
 * and a config change uploads a new layer version whose content hash names it.
 */
export class SourcesLayer extends Construct {
  readonly layer: LayerVersion;

  constructor(scope: Construct, id: string, sources: readonly unknown[]) {
    super(scope, id);
    // A folder named by its content: each synth of the same sources reuses it, none piles up.
    const json = JSON.stringify(sources);
    const dir = join(tmpdir(), `jobalert-sources-${createHash('sha256').update(json).digest('hex').slice(0, 16)}`);
    mkdirSync(join(dir, 'jobalert'), { recursive: true });
    writeFileSync(join(dir, 'jobalert', 'sources.json'), json);
    this.layer = new LayerVersion(this, 'Layer', {
      code: Code.fromAsset(dir),
      description: `jobalert: the config's ${sources.length} source(s)`,
      compatibleRuntimes: [Runtime.NODEJS_24_X],
      compatibleArchitectures: [Architecture.ARM_64],
    });
  }

  /** Gives `fn` the file and tells it where the file is. */
  grantTo(fn: LambdaFunction): void {
    fn.addLayers(this.layer);
    fn.addEnvironment('JOBALERT_SOURCES_FILE', sourcesFilePath);
  }
}
