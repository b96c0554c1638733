import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { synthesizedFunctions } from '../infra/synthesized-functions';

/**
 * Issue 14's targets: at most 600 KiB of JavaScript and 150 ms of import over a bare node start;
 * the poll worker, which carries the source parsers, enrichment and the gazetteer, 1 MiB and 250 ms.
 */
export function bundleTarget(name: string): { kib: number; importMs: number } {
  return name === 'poll-worker' ? { kib: 1024, importMs: 250 } : { kib: 600, importMs: 150 };
}

/** One function's bundle as `cdk synth` wrote it, and what importing it costs a fresh node. */
export interface BundleFigures {
  name: string;
  target: { kib: number; importMs: number };
  /** Bytes of JavaScript in the asset (index.mjs and any .js beside it; not source maps or data). */
  javascriptBytes: number;
  /** Median wall time of a fresh node importing the bundle, minus the bare node start's median. */
  importMs: number;
  /** The same in CPU time (user + system) of the process. */
  importCpuMs: number;
}

export interface LambdaBundleFigures {
  cdkOut: string;
  /** Whether this run synthesized (else it measured the cdk.out it found). */
  synthesized: boolean;
  /** Medians of a fresh node doing nothing (`node -e 0`, as ESM): wall and CPU time. */
  bareNodeMs: number;
  bareNodeCpuMs: number;
  runs: number;
  bundles: BundleFigures[];
}

function javascriptBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) total += javascriptBytes(file);
    else if (/\.(m?js|cjs)$/.test(entry.name)) total += statSync(file).size;
  }
  return total;
}

// What the child prints when done: the CPU time its whole process used (node's own start included).
const reportCpu = 'const c = process.cpuUsage(); console.log((c.user + c.system) / 1000);';

/**
 * One fresh node running `script` (ESM), with the flags Lambda would pass (NODE_OPTIONS): its wall
 * time and its CPU time, in ms. The CPU time is what a busy shared machine distorts least.
 */
function timeNode(script: string, nodeOptions: string | undefined): { wallMs: number; cpuMs: number } {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `${script}\n${reportCpu}`], {
    env: { ...process.env, NODE_OPTIONS: nodeOptions ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`node -e "${script}" failed: ${run.stderr.toString().split('\n')[0]}`);
  return { wallMs, cpuMs: Number(run.stdout.toString().trim().split('\n').at(-1)) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Sizes and import times of the synthesized Lambda bundles. Synthesizes first (`npx cdk synth
 * --quiet`, real esbuild bundling, offline) unless `synth` is false and `cdkOut` already holds a
 * cloud assembly. The runs are interleaved (bare, then each bundle, `runs` times) so a busy
 * moment of the machine falls on all of them alike; each figure is a median.
 */
export function benchLambdaBundles(options: { cdkOut?: string; synth: boolean; runs: number }): LambdaBundleFigures {
  const cdkOut = path.resolve(options.cdkOut ?? 'cdk.out');
  const synthesized = options.synth || !existsSync(path.join(cdkOut, 'JobalertService.template.json'));
  if (synthesized) {
    execFileSync('npx', ['cdk', 'synth', '--quiet', '--output', cdkOut], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CDK_DISABLE_VERSION_CHECK: 'true' },
    });
  }
  const functions = synthesizedFunctions(cdkOut);
  const bare: { wallMs: number; cpuMs: number }[] = [];
  const times = new Map<string, { wallMs: number; cpuMs: number }[]>(functions.map((f) => [f.name, []]));
  for (let i = 0; i < options.runs; i++) {
    bare.push(timeNode('', undefined));
    for (const f of functions) {
      const nodeOptions = typeof f.environment.NODE_OPTIONS === 'string' ? f.environment.NODE_OPTIONS : undefined;
      const script = `await import(${JSON.stringify(pathToFileURL(f.handlerFile).href)});`;
      times.get(f.name)?.push(timeNode(script, nodeOptions));
    }
  }
  const bareWall = median(bare.map((t) => t.wallMs));
  const bareCpu = median(bare.map((t) => t.cpuMs));
  return {
    cdkOut,
    synthesized,
    bareNodeMs: Math.round(bareWall),
    bareNodeCpuMs: Math.round(bareCpu),
    runs: options.runs,
    bundles: functions.map((f) => {
      const t = times.get(f.name) ?? [];
      return {
        name: f.name,
        target: bundleTarget(f.name),
        javascriptBytes: javascriptBytes(f.assetDir),
        importMs: Math.round(median(t.map((x) => x.wallMs)) - bareWall),
        importCpuMs: Math.round(median(t.map((x) => x.cpuMs)) - bareCpu),
      };
    }),
  };
}

/** Whether a bundle is within its targets, and if not, which it misses (CPU time in brackets when only it holds). */
function verdict(kib: number, b: BundleFigures): string {
  const misses: string[] = [];
  if (kib > b.target.kib) misses.push('size');
  if (b.importMs > b.target.importMs)
    misses.push(b.importCpuMs <= b.target.importMs ? 'import wall (CPU within)' : 'import');
  return misses.length === 0 ? 'yes' : `no: ${misses.join(', ')}`;
}

/** The figures as the bench table prints them. */
export function lambdaBundleLines(figures: LambdaBundleFigures): string[] {
  const lines = [
    `lambda bundles (${figures.synthesized ? 'synthesized now' : `as found in ${path.relative(process.cwd(), figures.cdkOut) || '.'}`}; a fresh node importing each, over a bare node start of ${figures.bareNodeMs} ms wall / ${figures.bareNodeCpuMs} ms CPU; medians of ${figures.runs}):`,
    '  function          JavaScript KiB (target)  import ms, wall (target)  import ms, CPU  within target',
  ];
  for (const b of figures.bundles) {
    const kib = Math.round(b.javascriptBytes / 1024);
    lines.push(
      `  ${b.name.padEnd(16)}  ${`${kib} (≤ ${b.target.kib})`.padStart(23)}  ${`${b.importMs} (≤ ${b.target.importMs})`.padStart(24)}  ${String(b.importCpuMs).padStart(14)}  ${verdict(kib, b)}`,
    );
  }
  lines.push(
    '  (import is judged on wall time, as the target reads; on a busy machine the wall time swells with the load, the CPU time much less: compare that with the target too)',
  );
  return lines;
}

// `npx tsx bench/lambda-bundles.ts [--quick] [--json]`: this part of `npm run bench` alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  const figures = benchLambdaBundles({ synth: !quick, runs: quick ? 3 : 9 });
  console.log(process.argv.includes('--json') ? JSON.stringify(figures) : lambdaBundleLines(figures).join('\n'));
}
