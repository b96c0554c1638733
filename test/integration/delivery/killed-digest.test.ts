import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEmail } from '../../../shared/adapters/ses/start-ses-emulator';
import { seedsDir } from '../../support/fixtures';
import { mailTo } from '../../support/mailbox';
import { runCli, startCli } from '../../support/run-cli';
import { connectToRunningStack } from '../../support/running-stack';
import { confirmedSubscriber } from '../../support/seeded-stack';

// The operator's report of issue 12, replayed with real processes: `jobalert start` runs the stack,
// `jobalert digest --now` runs in a child process that is killed with SIGKILL right after a digest
// claimed its postings, and plain runs follow once the dead sender's leases ran out.
const postings = 40;
const subscribers = 18;
const leaseMs = 1500;

let tmp: string;
let stack: Awaited<ReturnType<typeof startCli>> | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'jobalert-killed-digest-'));
  const jobs = path.join(tmp, 'jobs');
  await mkdir(jobs);
  // Forty Norwegian-speaking jobs in Portugal: the founding posting, each for another client.
  const [, ...body] = (await readFile(path.join(seedsDir, '000_1749e7e31bab95be.txt'), 'utf8')).split('\n');
  for (let k = 1; k <= postings; k++) {
    const title = `About the job Norwegian-Speaking Customer Care Specialist for client ${k} - Remote within Portugal`;
    await writeFile(
      path.join(jobs, `job-${k}.txt`),
      [title, ...body, `Reference number ${k} of the client team.`].join('\n'),
    );
  }
  const configFile = path.join(tmp, 'config.json');
  await writeFile(configFile, JSON.stringify({ sources: [{ id: 'jobs', type: 'folder', path: jobs }] }));
  env = { JOBALERT_DATA_DIR: path.join(tmp, 'data'), JOBALERT_DIGEST_LEASE_MS: String(leaseMs) };
  stack = await startCli(['start', '--config', configFile], env, /\] poll\n/, 120_000);
}, 180_000);

afterAll(async () => {
  if (stack) {
    const exited = new Promise((r) => stack?.child.once('exit', r));
    stack.child.kill('SIGTERM');
    await exited;
  }
  await rm(tmp, { recursive: true, force: true });
});

/** The clients (1–40) of the postings in one email, each once. */
const clientsIn = (email: StoredEmail) =>
  new Set([...(email.body.text ?? '').matchAll(/Specialist for client (\d+)\b/g)].map((m) => Number(m[1])));

describe('a digest killed after claiming its postings', () => {
  it('is finished by the next runs: every subscriber gets every posting exactly once', async () => {
    expect(stack?.output()).toMatch(/postings new: 40/);
    const running = await connectToRunningStack(env.JOBALERT_DATA_DIR as string);
    const people = [];
    for (let i = 1; i <= subscribers; i++) {
      const person = await confirmedSubscriber(running, `killed-${i}`, {
        languages: ['no'],
        countries: ['PT'],
        remote: true,
      });
      expect(person.backfilled).toBe(postings);
      people.push(person);
    }

    // Ten digests of the first batch claim and send; the kill comes as the third of the second batch has claimed.
    const killed = await runCli(['digest', '--now'], { ...env, JOBALERT_CRASH_AT: 'digest.after-claim@13' }, 120_000);
    expect(killed.code).toBeNull();
    const afterKill = (await running.sentEmails()).length;
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(subscribers);

    await new Promise((r) => setTimeout(r, leaseMs + 200));
    for (let run = 0; run < 2; run++) expect((await runCli(['digest', '--now'], env, 120_000)).code).toBe(0);

    const sent = await running.sentEmails();
    for (const person of people) {
      const received = mailTo(sent, person.email).flatMap((email) => [...clientsIn(email)]);
      expect(
        received.sort((a, b) => a - b),
        person.id,
      ).toEqual(Array.from({ length: postings }, (_, k) => k + 1));
      expect(await running.deps.matches.listMatches(person.id)).toEqual([]);
    }
  }, 600_000);
});
