import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * The AWS SDK's generated schemas (`@aws-sdk/client-<service>/dist-es/schemas/schemas_0.js`)
 * write their traits as `{ [_h]: [...] }`, a computed key naming a module constant. esbuild must
 * assume a computed key may run code, so it keeps every statement holding one, and with them
 * every operation's schema and the shapes they point to: SESv2's whole API (~45 KiB) for the one
 * SendEmail the functions make. Reported upstream (aws/aws-sdk-js-v3#7607); the code generator's
 * pending fix (smithy-lang/smithy-typescript#1889) writes the same keys as literals, which is
 * what this does at bundling time. Only a key naming a string constant of the same file is
 * replaced, by that string: the object is the same; esbuild can then drop what is unused.
 */
export function literalSchemaKeys(source: string): string {
  const constants = new Map<string, string>();
  for (const m of source.matchAll(/^const (_\w+) = ("[^"\\\n]*");$/gm)) constants.set(m[1] as string, m[2] as string);
  return source.replace(/\[(_\w+)\]:/g, (key, name: string) => {
    const literal = constants.get(name);
    return literal === undefined ? key : `${literal}:`;
  });
}

/** The files {@link literalSchemaKeys} rewrites. */
export const sdkSchemaFile = /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/;

/** esbuild plugin applying {@link literalSchemaKeys} to the SDK clients' schema files. */
export const literalSchemaKeysPlugin: Plugin = {
  name: 'literal-schema-keys',
  setup(build) {
    build.onLoad({ filter: sdkSchemaFile }, async (args) => ({
      contents: literalSchemaKeys(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
