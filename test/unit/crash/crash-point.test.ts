import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoDir } from '../../support/fixtures';

// A child process passes a step three times, printing after each pass; the crash suite relies on
// it dying at exactly the pass asked for, and on nothing happening when no step is named.
function passThreeTimes(crashAt?: string) {
  const code = `
    import { crashPoint } from './shared/crash/crash-point.ts';
    for (let i = 1; i <= 3; i++) { crashPoint('digest.after-send'); console.log('passed ' + i); }`;
  const env: NodeJS.ProcessEnv = { ...process.env, JOBALERT_CRASH_AT: crashAt ?? '' };
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: repoDir,
    env,
    encoding: 'utf8',
  });
  return { signal: run.signal, passed: run.stdout.trim().split('\n').filter(Boolean) };
}

describe('a crash point', () => {
  it('does nothing when no step is named', () => {
    expect(passThreeTimes()).toEqual({ signal: null, passed: ['passed 1', 'passed 2', 'passed 3'] });
  });

  it('kills the process with SIGKILL the first time it passes the named step', () => {
    expect(passThreeTimes('digest.after-send')).toEqual({ signal: 'SIGKILL', passed: [] });
  });

  it('kills it at the n-th pass when the step says @n', () => {
    expect(passThreeTimes('digest.after-send@3')).toEqual({ signal: 'SIGKILL', passed: ['passed 1', 'passed 2'] });
  });

  it('ignores another step', () => {
    expect(passThreeTimes('poll.after-save').passed).toHaveLength(3);
  });
});
