import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedsDir } from '../../support/fixtures';
import { runCli, startCli } from '../../support/run-cli';

let tmp: string;
let configFile: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-cli-'));
  configFile = path.join(tmp, 'config.json');
  await writeFile(configFile, JSON.stringify({ sources: [{ id: 'seeds', type: 'folder', path: seedsDir }] }));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('npx jobalert', () => {
  it('start --once runs one cycle and prints the summary', async () => {
    const run = await runCli(['start', '--once', '--memory', '--config', configFile], { JOBALERT_DATA_DIR: tmp });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/signup page\s+http:\/\/127\.0\.0\.1:\d+\//);
    expect(run.stdout).toMatch(/mailbox\s+http:\/\/127\.0\.0\.1:\d+\//);
    expect(run.stdout).toMatch(/sources polled: 1; postings new: 4, duplicate: 0, rejected: 1/);
    expect(run.stdout).toMatch(/matches: 0; emails sent: 0/);
  });

  it('refuses a config with an unknown or invalid field, naming it', async () => {
    const bad = path.join(tmp, 'bad.yaml');
    await writeFile(bad, 'sources:\n  - id: seeds\n    type: folder\npollIntervalMinutes: 0\ncolour: blue\n');
    const run = await runCli(['start', '--once', '--memory', '--config', bad], { JOBALERT_DATA_DIR: tmp });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/sources\[0\]\.path/);
    expect(run.stderr).toMatch(/pollIntervalMinutes/);
    expect(run.stderr).toMatch(/colour/);
  });

  it('poll --now without a running stack says how to start one', async () => {
    const run = await runCli(['poll', '--now'], { JOBALERT_DATA_DIR: path.join(tmp, 'nothing-here') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/npm start/);
  });

  it('poll --now and digest --now act on the running stack', async () => {
    const dataDir = path.join(tmp, 'running');
    const env = { JOBALERT_DATA_DIR: dataDir };
    const { child, output } = await startCli(['start', '--config', configFile], env, /\] poll\n/);
    try {
      expect(output()).toMatch(/postings new: 4/);
      const polled = await runCli(['poll', '--now'], env);
      expect(polled.code).toBe(0);
      expect(polled.stdout).toMatch(/sources polled: 1; postings new: 0, duplicate: 4, rejected: 1/);
      const digest = await runCli(['digest', '--now', '--json'], env);
      expect(digest.code).toBe(0);
      expect(JSON.parse(digest.stdout)).toEqual({ subscribers: 0, emails: 0 });
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(path.join(dataDir, 'runtime.json'))).toBe(false);
    // Data persists without --memory: a restart keeps what was stored.
    expect(existsSync(path.join(dataDir, 'dynamo'))).toBe(true);
    // Three processes start in turn (the stack, poll, digest): ~8 s idle, past 30 s on a loaded runner.
  }, 90_000);
});
