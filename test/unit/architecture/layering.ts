import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** A source file as the checker reads it: its path from the repository root, and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export type Layer =
  | 'domain'
  | 'port'
  | 'use case'
  | 'adapter'
  | 'config'
  | 'handler'
  | 'infra'
  | 'local'
  | 'web'
  | 'test'
  | 'other';

/** The folders of `shared/` that hold the domain: pure code, no I/O, nothing from AWS. */
export const domainFolders = [
  'posting',
  'enrich',
  'match',
  'digest',
  'email',
  'html',
  'tokens',
  'subscriber',
  'places',
  'i18n',
  'validation',
];

const sharedLayers: Record<string, Layer> = {
  ...Object.fromEntries(domainFolders.map((folder) => [folder, 'domain'])),
  ports: 'port',
  'use-cases': 'use case',
  adapters: 'adapter',
  config: 'config',
};

const topLayers: Record<string, Layer> = {
  functions: 'handler',
  infra: 'infra',
  local: 'local',
  web: 'web',
  test: 'test',
};

/** The layer a repository path belongs to, by its folder. */
export function layerOf(repoPath: string): Layer {
  const [top = '', second = ''] = repoPath.split('/');
  if (top === 'shared') return sharedLayers[second] ?? 'other';
  return topLayers[top] ?? 'other';
}

const awsPackages = [
  /^@aws-sdk\//,
  /^aws-sdk$/,
  /^aws-lambda$/,
  /^aws-cdk-lib(\/|$)/,
  /^constructs$/,
  /^@?middy(\/|$)/,
];

/** An import as the checker sees it: a repository path for a relative one, else the package name. */
export type Target = { kind: 'file'; path: string } | { kind: 'package'; name: string };

const forbidden: Record<Layer, { layers: Layer[]; aws: boolean; rule: string }[]> = {
  domain: [
    {
      layers: ['use case', 'adapter', 'handler', 'infra', 'web', 'local'],
      aws: true,
      rule: 'the domain imports no use case, adapter, handler, infra, web page, local runtime or AWS package',
    },
  ],
  'use case': [
    {
      layers: ['adapter', 'handler', 'infra', 'web', 'local'],
      aws: false,
      rule: 'a use case imports no adapter, handler, infra, web page or local runtime',
    },
  ],
  adapter: [{ layers: ['use case', 'handler'], aws: false, rule: 'an adapter imports no use case or handler' }],
  handler: [{ layers: ['infra'], aws: false, rule: 'a handler imports no infra' }],
  port: [],
  config: [],
  infra: [],
  local: [],
  web: [],
  test: [],
  other: [],
};

/** The rule an import breaks, or null when the import is allowed. */
export function brokenRule(from: string, target: Target): string | null {
  const layer = layerOf(from);
  if (target.kind === 'file' && layer !== 'test' && layerOf(target.path) === 'test') {
    return 'nothing outside test/ imports from test/';
  }
  for (const { layers, aws, rule } of forbidden[layer]) {
    if (target.kind === 'file' && layers.includes(layerOf(target.path))) return rule;
    if (target.kind === 'package' && aws && awsPackages.some((p) => p.test(target.name))) return rule;
  }
  return null;
}

const extensions = ['', '.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json', '/index.ts', '/index.js'];

/**
 * The repository path a relative import names (`../i18n` → `shared/i18n/index.ts`, `./a.js` →
 * `./a.ts` as TypeScript resolves it); the bare joined path when no known file matches.
 */
export function resolveImport(from: string, specifier: string, known: ReadonlySet<string>): Target {
  if (!specifier.startsWith('.')) {
    const parts = specifier.split('/');
    return { kind: 'package', name: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : specifier };
  }
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const bases = /\.m?js$/.test(joined) ? [joined, joined.replace(/\.m?js$/, '')] : [joined];
  for (const base of bases) {
    for (const ext of extensions) if (known.has(base + ext)) return { kind: 'file', path: base + ext };
  }
  return { kind: 'file', path: joined };
}

/** Every module a file names: `import`, `export … from`, `import type`, `import()` and `require()`. */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** One line per import that breaks a rule: `file → import: rule`. */
export function layeringViolations(files: readonly SourceFile[], known: ReadonlySet<string>): string[] {
  return files.flatMap((file) =>
    importsOf(file.text).flatMap((specifier) => {
      const target = resolveImport(file.path, specifier, known);
      const rule = brokenRule(file.path, target);
      if (!rule) return [];
      const named = target.kind === 'file' && target.path !== specifier ? `${specifier} (${target.path})` : specifier;
      return [`${file.path} → ${named}: ${rule}`];
    }),
  );
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const skipped = /^(node_modules|cdk\.out|test)\//;

/** Every file git tracks or would track (untracked but not ignored), as repository paths. */
export function repoFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\n').filter((f) => f !== '' && existsSync(path.join(repoRoot, f)));
}

/** The source files the rules apply to: `.ts`, `.js` and `.mjs` outside node_modules, cdk.out and test/. */
export function sourceFiles(all: readonly string[]): SourceFile[] {
  return all
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !skipped.test(f))
    .map((f) => ({ path: f, text: readFileSync(path.join(repoRoot, f), 'utf8') }));
}
