import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StoredEmail } from '../../../shared/adapters/ses/start-ses-emulator';
import { verifyToken } from '../../../shared/tokens/tokens';
import { linkIn, mailTo } from '../../support/mailbox';
import { type CliResult, runCli, startCli } from '../../support/run-cli';
import { SOURCE_ID, writePostings } from './postings';

/** Signs every link in a crash world, so the suite can read the posting out of a "not relevant" link. */
export const TOKEN_KEY = 'crash-suite-token-key-not-a-secret-0123456789';
export const SUBSCRIBERS = 18;
export const POSTINGS = 40;

/** A CLI run: killed when it died of SIGKILL (a crash point or a timed kill), not of its own accord. */
export type Run = CliResult & { killed: boolean };

/**
 * One crash scenario's world, as the operator has it: `npm start` running in the background on a
 * data folder of its own (ports 0), a folder source in a temp dir, subscribers signed up and
 * confirmed through the real API and the confirmation links in the SES emulator's mailbox.
 */
export interface World {
  env: Record<string, string>;
  postingsDir: string;
  /** What every subscriber must receive exactly once, once `addPostings` ran. */
  postingIds: string[];
  subscriberIds: string[];
  /** `jobalert <args>`, optionally with JOBALERT_CRASH_AT and / or a SIGKILL after `killAfterMs`. */
  cli(args: string[], options?: { crashAt?: string; killAfterMs?: number }): Promise<Run>;
  addPostings(count?: number): Promise<void>;
  /** Stops `npm start` (SIGKILL, or SIGTERM when `gently`), keeping its mail: the emulator dies with it. */
  stopStack(gently?: boolean): Promise<void>;
  /** Starts `npm start` again on the same data; with `crashAt` it may die during its start-up poll (then false). */
  startStack(crashAt?: string): Promise<boolean>;
  /** Every email sent in this world, across restarts of the stack. */
  emails(): Promise<StoredEmail[]>;
  close(): Promise<void>;
}

const urlAfter = (output: string, label: string) => {
  const found = output.match(new RegExp(`${label}\\s+(http://\\S+?)/?\\s`));
  if (!found?.[1]) throw new Error(`npm start printed no ${label} URL:\n${output}`);
  return found[1];
};

/** An hour no subscriber's digest falls due in while the suite runs: only `digest --now` sends. */
const quietHour = () => (new Date().getUTCHours() + 12) % 24;

/**
 * The digest lease in the crash worlds: longer than one delivery takes on a loaded machine, far
 * shorter than the 60 s of a Lambda's timeout, so recovery need not wait a minute.
 */
export const CRASH_DIGEST_LEASE_MS = 5_000;

/**
 * `sources` replaces the world's folder source (a feed on a loopback server the test runs): the
 * stack is started with them, so its start-up poll already reads them.
 */
export async function createWorld(name: string, options: { sources?: Record<string, unknown>[] } = {}): Promise<World> {
  const dir = await mkdtemp(path.join(tmpdir(), `jobalert-crash-${name.replace(/\W+/g, '-')}-`));
  const postingsDir = path.join(dir, 'postings');
  await mkdir(postingsDir);
  const configFile = path.join(dir, 'config.json');
  const sources = options.sources ?? [{ id: SOURCE_ID, type: 'folder', path: postingsDir }];
  await writeFile(configFile, JSON.stringify({ sources }));
  const env = {
    JOBALERT_DATA_DIR: path.join(dir, 'data'),
    JOBALERT_TOKEN_KEY: TOKEN_KEY,
    JOBALERT_DIGEST_LEASE_MS: String(CRASH_DIGEST_LEASE_MS),
  };
  const archived: StoredEmail[] = [];
  let stack: { child: ChildProcess; siteUrl: string; mailbox: string } | undefined;

  const current = async (): Promise<StoredEmail[]> => {
    if (!stack) return [];
    const response = await fetch(`${stack.mailbox}/store`);
    if (!response.ok) throw new Error(`GET ${stack.mailbox}/store answered ${response.status}`);
    return ((await response.json()) as { emails: StoredEmail[] }).emails;
  };

  const world: World = {
    env,
    postingsDir,
    postingIds: [],
    subscriberIds: [],
    async cli(args, options = {}) {
      const crash: Record<string, string> = options.crashAt ? { JOBALERT_CRASH_AT: options.crashAt } : {};
      const run = await runCli(args, { ...env, ...crash }, 240_000, options.killAfterMs);
      const killed = run.signal === 'SIGKILL';
      if (!killed && run.code !== 0)
        throw new Error(`jobalert ${args.join(' ')} exited with ${run.code}:\n${run.stderr}`);
      return { ...run, killed };
    },
    async addPostings(count = POSTINGS) {
      world.postingIds = await writePostings(postingsDir, count);
    },
    async stopStack(gently = false) {
      if (!stack) return;
      archived.push(...(await current()));
      const { child } = stack;
      stack = undefined;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(gently ? 'SIGTERM' : 'SIGKILL');
      await exited;
    },
    async startStack(crashAt) {
      const crash: Record<string, string> = crashAt ? { JOBALERT_CRASH_AT: crashAt } : {};
      try {
        const { child, output } = await startCli(
          ['start', '--config', configFile],
          { ...env, ...crash },
          /\] poll\n/,
          240_000,
        );
        stack = { child, siteUrl: urlAfter(output(), 'signup page'), mailbox: urlAfter(output(), 'mailbox') };
        return true;
      } catch (err) {
        if (crashAt && /exited with null/.test((err as Error).message)) return false;
        throw err;
      }
    },
    async emails() {
      return [...archived, ...(await current())];
    },
    async close() {
      await world.stopStack(true).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };

  await world.startStack();
  world.subscriberIds = await signUp(stack!.siteUrl, current);
  return world;
}

/** Signs up SUBSCRIBERS addresses through the API and confirms each from its link in the mailbox. */
async function signUp(siteUrl: string, mailbox: () => Promise<StoredEmail[]>): Promise<string[]> {
  const emails = Array.from({ length: SUBSCRIBERS }, (_, i) => `crash-${String(i + 1).padStart(2, '0')}@example.com`);
  const hour = quietHour();
  for (const [i, email] of emails.entries()) {
    const body = { email, languages: ['no'], countries: ['PT'], remote: i % 3 === 0, hour, timeZone: 'UTC' };
    const res = await fetch(`${siteUrl}/api/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 202) throw new Error(`sign-up of ${email} answered ${res.status}: ${await res.text()}`);
  }
  const sent = await mailbox();
  const ids: string[] = [];
  for (const email of emails) {
    const [mail] = mailTo(sent, email);
    if (!mail) throw new Error(`no confirmation email to ${email}`);
    const link = linkIn(mail, `${siteUrl}/confirm`);
    const res = await fetch(link);
    if (res.status !== 200) throw new Error(`confirming ${email} answered ${res.status}`);
    const token = new URL(link).searchParams.get('token') ?? '';
    ids.push(verifyToken(TOKEN_KEY, token, 'confirm').subscriberId);
  }
  return ids;
}
