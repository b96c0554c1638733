import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { ScenarioRow } from './scenario';

const columns: [keyof ScenarioRow, string][] = [
  ['scenario', 'scenario'],
  ['kills', 'kills'],
  ['emails', 'emails'],
  ['lost', 'lost'],
  ['duplicated', 'duplicated'],
  ['windowDuplicates', 'window duplicates'],
  ['seconds', 's'],
];

/** The summary table of every scenario that got as far as counting, as plain text. */
export function summaryTable(rows: ScenarioRow[]): string {
  const cells = [columns.map(([, title]) => title), ...rows.map((r) => columns.map(([key]) => String(r[key])))];
  const widths = columns.map((_, i) => Math.max(...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Gives the scenarios a folder for their rows, and prints (and keeps) the table once all ran. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'jobalert-crash-report-'));
  project.provide('crashReportDir', dir);
  const seed = Number(process.env.JOBALERT_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
  project.provide('crashSeed', seed);
  console.log(`Crash suite: random kill times from seed ${seed} (JOBALERT_CRASH_SEED=${seed} reproduces them)`);
  return () => {
    const rows = readdirSync(dir)
      .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ScenarioRow)
      .sort((a, b) => a.scenario.localeCompare(b.scenario));
    const table = summaryTable(rows);
    console.log(`\nCrash suite (seed ${seed}): what every subscriber received, per scenario\n${table}\n`);
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/crash-summary.txt', `${table}\n`);
    rmSync(dir, { recursive: true, force: true });
  };
}
