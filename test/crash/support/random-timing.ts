import { inject } from 'vitest';
import { random as seededRandom } from '../../../bench/generate';
import { scenario } from './scenario';
import type { Run } from './world';

/** At most this many runs to get `times` real kills: a run that ends before its delay is not one. */
const MAX_ATTEMPTS = 6;

/**
 * `<command> --now` killed with SIGKILL after a random delay, until `times` runs were really
 * killed, then plain runs. Delays are measured from the CLI's own start-up on this machine (a
 * timed `jobalert help`, which loads the same modules), so a kill lands in the work whatever the
 * machine's load: the first is start-up × [1, 2), and after a run that finished before its delay,
 * the next is drawn in [start-up, that run's own duration). The fractions come from the suite's
 * seed (printed; JOBALERT_CRASH_SEED=<seed> reproduces them) and the command.
 */
export function randomKillScenario(command: 'poll' | 'digest', times: number) {
  const crashSeed = inject('crashSeed');
  const random = seededRandom(crashSeed + (command === 'poll' ? 1 : 2));
  const name = `${command} --now killed at random (seed ${crashSeed})`;
  const options = command === 'digest' ? { allowWindow: true, afterDigestCrash: true } : {};
  return scenario(name, options, async (world) => {
    await world.addPostings();
    if (command === 'digest') await world.cli(['poll', '--now']);
    const started = Date.now();
    await world.cli(['help']);
    const startupMs = Date.now() - started;
    const runs: Run[] = [];
    let delay = Math.round(startupMs * (1 + random()));
    for (let attempt = 0; attempt < MAX_ATTEMPTS && runs.filter((r) => r.killed).length < times; attempt++) {
      const runStarted = Date.now();
      const run = await world.cli([command, '--now'], { killAfterMs: delay });
      console.log(`${name}: start-up ${startupMs} ms, kill after ${delay} ms: ${run.killed ? 'killed' : 'finished'}`);
      runs.push(run);
      const ranMs = Date.now() - runStarted;
      delay = run.killed ? delay : Math.round(startupMs + random() * Math.max(0, Math.min(delay, ranMs) - startupMs));
    }
    return runs;
  });
}
