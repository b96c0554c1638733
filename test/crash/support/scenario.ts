import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, inject } from 'vitest';
import type { CrashStep } from '../../../shared/crash/crash-point';
import { tally } from './tally';
import { CRASH_DIGEST_LEASE_MS, createWorld, type Run, type World } from './world';

/**
 * How long recovery waits after a killed digest run before the plain runs: until the dead run's
 * digest lease (CRASH_DIGEST_LEASE_MS, world.ts) has run out.
 */
export const DIGEST_LEASE_WAIT_MS = CRASH_DIGEST_LEASE_MS + 1_000;

/** One row of the summary table (global-setup.ts prints them all at the end). */
export interface ScenarioRow {
  scenario: string;
  kills: number;
  emails: number;
  lost: number;
  duplicated: number;
  windowDuplicates: number;
  seconds: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    crashReportDir: string;
    /** The seed of the random kill times (JOBALERT_CRASH_SEED, else drawn once per suite run). */
    crashSeed: number;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts the runs a crash really ended (a crash point never reached is no crash). */
export const killsOf = (runs: Run[]) => runs.filter((r) => r.killed).length;

/**
 * The recovery an operator would do: a plain poll, then a plain digest. After a killed digest:
 * once its lease ran out, two plain digests (the second must send nothing), no poll (none died).
 */
export async function recover(world: World, options: { afterDigestCrash?: boolean } = {}): Promise<void> {
  if (options.afterDigestCrash) {
    await sleep(DIGEST_LEASE_WAIT_MS);
    for (let i = 0; i < 2; i++) await world.cli(['digest', '--now']);
    return;
  }
  await world.cli(['poll', '--now']);
  await world.cli(['digest', '--now']);
}

/**
 * One scenario in a world of its own (its sources the folder of crash postings, or `sources`):
 * `crash` kills what it kills (returning its runs), then the plain recovery, the count, the
 * assertions and `afterwards`; the world is removed whatever happens.
 */
export async function scenario(
  name: string,
  options: { allowWindow?: boolean; afterDigestCrash?: boolean; sources?: Record<string, unknown>[] },
  crash: (world: World) => Promise<Run[]>,
  /** What else must hold once recovered and counted (the world still running). */
  afterwards?: (world: World) => Promise<void>,
): Promise<void> {
  const startedAt = Date.now();
  const world = await createWorld(name, { sources: options.sources });
  try {
    const runs = await crash(world);
    await recover(world, options);
    await finish(name, world, { kills: killsOf(runs), startedAt, ...options });
    await afterwards?.(world);
  } finally {
    await world.close();
  }
}

/**
 * Counts what every subscriber received, records the scenario's row and asserts the targets:
 * nothing lost, nothing duplicated, except resent digests of the documented window where
 * `allowWindow` (they are counted apart and reported).
 */
export async function finish(
  scenario: string,
  world: World,
  options: { kills: number; startedAt: number; allowWindow?: boolean },
): Promise<void> {
  const counted = tally(await world.emails(), world, options.allowWindow ?? false);
  const row: ScenarioRow = {
    scenario,
    kills: options.kills,
    emails: counted.emails,
    lost: counted.lost,
    duplicated: counted.duplicated,
    windowDuplicates: counted.windowDuplicates,
    seconds: Math.round((Date.now() - options.startedAt) / 1000),
  };
  const file = path.join(inject('crashReportDir'), `${scenario.replace(/\W+/g, '_')}.json`);
  await writeFile(file, JSON.stringify(row));
  const detail = counted.detail.slice(0, 6).join('\n');
  expect(row.kills, `${scenario}: no run was killed (step never reached?)`).toBeGreaterThan(0);
  expect({ lost: row.lost, duplicated: row.duplicated }, `${scenario}:\n${detail}`).toEqual({ lost: 0, duplicated: 0 });
}

/**
 * A digest step's scenario: the postings polled and matched, then `digest --now` killed at the
 * step's n-th pass for each n (one run each, 18 digests per run, ten at once), then, once the dead run's
 * lease ran out, plain runs. Ten digests are in flight when the process dies, so any of them may
 * be in the documented window (SES accepted, "sent" not yet written) whatever step the kill
 * names: an identical email sent again counts apart, as the window; a posting in two different
 * emails is a duplicate.
 */
export function digestScenario(step: CrashStep, ns: number[]): Promise<void> {
  const name = `${step} ${ns.map((n) => `@${n}`).join(' ')}`;
  return scenario(name, { allowWindow: true, afterDigestCrash: true }, async (world) => {
    await world.addPostings();
    await world.cli(['poll', '--now']);
    const runs = [];
    for (const n of ns) runs.push(await world.cli(['digest', '--now'], { crashAt: `${step}@${n}` }));
    return runs;
  });
}
