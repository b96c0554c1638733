import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_REGION } from '../../../local/local-deps';
import { readRuntimeInfo } from '../../../local/runtime-file';
import { DynamoStore } from '../../../shared/adapters/dynamo/dynamo-store';
import { runCli, startCli } from '../../support/run-cli';

// Invariant 1, "every stored posting reaches matching even if the process dies right after storing
// it": real processes killed with SIGKILL at a named step (JOBALERT_CRASH_AT), then plain runs.
const roles = [
  'Customer Support Agent',
  'Sales Representative',
  'Account Manager',
  'Technical Support Engineer',
  'Claims Handler',
  'Payroll Specialist',
  'Recruiter',
  'Marketing Coordinator',
  'Data Analyst',
  'Office Manager',
  'Travel Consultant',
  'Collections Agent',
  'Content Moderator',
  'Logistics Planner',
];

const ad = (role: string) =>
  `---\ntitle: ${role} with German\ncompany: Example Ltd\nlocation: Lisbon, Portugal\n---\nWe are hiring a ${role} for our office in Lisbon, Portugal. Fluent German is required, English is a plus. You will work with customers by email and phone. Full-time, permanent contract, competitive salary. Apply with your CV.\n`;

let tmp: string;
// Each test starts the stack and runs the CLI several times: slow on a loaded machine.
const timeout = 300_000;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-crash-recovery-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A data folder, a config whose one source is a folder of ads, and that folder. */
async function setup(name: string) {
  const dir = path.join(tmp, name);
  const ads = path.join(dir, 'ads');
  await mkdir(ads, { recursive: true });
  const config = path.join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ sources: [{ id: 'ads', type: 'folder', path: ads }] }));
  return { env: { JOBALERT_DATA_DIR: path.join(dir, 'data') }, config, ads };
}

const publish = (ads: string, some: string[]) =>
  Promise.all(some.map((role) => writeFile(path.join(ads, `${role.replaceAll(' ', '-')}.md`), ad(role))));

/** The running stack's table, and an active German-speaking subscriber in Portugal on it. */
async function subscribe(dataDir: string): Promise<DynamoStore> {
  const info = await readRuntimeInfo(dataDir);
  const store = DynamoStore.fromEndpoint({
    endpoint: info.dynamoEndpoint,
    region: LOCAL_REGION,
    tableName: info.tableName,
  });
  await store.createSubscriber({
    id: 'reader',
    email: 'reader@example.com',
    status: 'active',
    criteria: { languages: ['de'], countries: ['PT'], remote: false, keywords: [] },
    frequency: 'daily',
    hour: 8,
    timeZone: 'UTC',
    locale: 'en',
    createdAt: new Date().toISOString(),
  });
  return store;
}

async function stop(child: import('node:child_process').ChildProcess, signal: NodeJS.Signals) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
}

const pendingIds = async (store: DynamoStore) => (await store.listMatches('reader')).map((m) => m.postingId);

/** `npm start` on a fresh data folder with the subscriber in its table; `use` runs against it, then it stops. */
async function withStack(
  name: string,
  use: (stack: Awaited<ReturnType<typeof setup>> & { store: DynamoStore }) => Promise<void>,
) {
  const stack = await setup(name);
  const { child } = await startCli(['start', '--config', stack.config], stack.env, /\] poll\n/);
  try {
    await use({ ...stack, store: await subscribe(stack.env.JOBALERT_DATA_DIR) });
  } finally {
    await stop(child, 'SIGTERM');
  }
}

describe('a poll killed with SIGKILL', () => {
  it(
    'after storing postings: the next plain poll hands every one of them to matching, each matched once',
    async () => {
      await withStack('poll-killed', async ({ env, ads, store }) => {
        await publish(ads, roles.slice(0, 8));

        const killed = await runCli(['poll', '--now'], { ...env, JOBALERT_CRASH_AT: 'poll.after-save@5' });
        expect(killed.code).toBeNull();
        expect(await pendingIds(store)).toEqual([]);

        const again = await runCli(['poll', '--now'], env);
        expect(again.code).toBe(0);
        // The killed run stored five; this one stores the other three and counts the five as seen.
        expect(again.stdout).toMatch(/postings new: 3, duplicate: 5/);
        const pending = await pendingIds(store);
        expect(pending).toHaveLength(8);
        expect(new Set(pending).size).toBe(8);
      });
    },
    timeout,
  );

  it(
    'after recording some matches: the next plain poll records the rest, none twice',
    async () => {
      await withStack('match-killed', async ({ env, ads, store }) => {
        await publish(ads, roles.slice(0, 6));

        const killed = await runCli(['poll', '--now'], { ...env, JOBALERT_CRASH_AT: 'match.after-add-match@3' });
        expect(killed.code).toBeNull();
        expect(await pendingIds(store)).toHaveLength(3);

        expect((await runCli(['poll', '--now'], env)).code).toBe(0);
        expect((await runCli(['poll', '--now'], env)).code).toBe(0);
        const pending = await pendingIds(store);
        expect(pending).toHaveLength(6);
        expect(new Set(pending).size).toBe(6);
      });
    },
    timeout,
  );
});

describe('npm start killed with SIGKILL while its poll stores postings', () => {
  it(
    'matches them once it is started again',
    async () => {
      const { env, config, ads } = await setup('start-killed');
      const first = await startCli(['start', '--config', config], env, /\] poll\n/);
      await subscribe(env.JOBALERT_DATA_DIR);
      await stop(first.child, 'SIGTERM');
      await publish(ads, roles.slice(0, 6));

      await expect(
        startCli(['start', '--config', config], { ...env, JOBALERT_CRASH_AT: 'poll.after-save@3' }, /\] poll\n/),
      ).rejects.toThrow(/exited with null/);

      const restarted = await startCli(['start', '--config', config], env, /\] poll\n/);
      try {
        // The killed start stored three before it died.
        expect(restarted.output()).toMatch(/postings new: 3, duplicate: 3/);
        const info = await readRuntimeInfo(env.JOBALERT_DATA_DIR);
        const store = DynamoStore.fromEndpoint({
          endpoint: info.dynamoEndpoint,
          region: LOCAL_REGION,
          tableName: info.tableName,
        });
        const pending = await pendingIds(store);
        expect(pending).toHaveLength(6);
        expect(new Set(pending).size).toBe(6);
      } finally {
        await stop(restarted.child, 'SIGTERM');
      }
    },
    timeout,
  );
});
