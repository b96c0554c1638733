import { type ChildProcess, spawn } from 'node:child_process';
import { repoDir } from './fixtures';

export interface CliResult {
  code: number | null;
  /** The signal that ended it (SIGKILL: a crash point, or `killAfterMs`). */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const cliEnv = (env: Record<string, string>) => ({
  ...process.env,
  JOBALERT_PORT: '0',
  JOBALERT_SES_PORT: '0',
  JOBALERT_DYNAMODB_PORT: '0',
  ...env,
});

/**
 * Runs `jobalert <args>` as a user would (node bin/jobalert.js) and waits for it to exit;
 * `killAfterMs` kills it with SIGKILL that long after the start, as a crash would.
 */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
  killAfterMs?: number,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/jobalert.js', ...args], { cwd: repoDir, env: cliEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`jobalert ${args.join(' ')} timed out\n${stdout}\n${stderr}`));
    }, timeoutMs);
    const crash = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(crash);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Starts a long-running `jobalert start` and resolves once it prints `until`. */
export function startCli(
  args: string[],
  env: Record<string, string>,
  until: RegExp,
  timeoutMs = 60_000,
): Promise<{ child: ChildProcess; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/jobalert.js', ...args], { cwd: repoDir, env: cliEnv(env) });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`jobalert ${args.join(' ')} did not print ${until}:\n${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d;
      if (until.test(out)) {
        clearTimeout(timer);
        resolve({ child, output: () => out });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`jobalert ${args.join(' ')} exited with ${code}:\n${out}`));
    });
  });
}
