import { inject } from 'vitest';
import { random as seededRandom } from '../../../bench/generate';
import { scenario } from './scenario';
import type { Run } from './world';

/**
 * `<command> --now` killed with SIGKILL after a random delay in [from, to) ms, `times` runs in a
 * row, then plain runs. The delays come from the suite's seed (printed; JOBALERT_CRASH_SEED=<seed>
 * reproduces them) and the command.
 * A CLI run spends its first seconds starting up (more on a loaded machine): a run that ends
 * before its delay is not a kill, and the table counts only real kills.
 */
export function randomKillScenario(command: 'poll' | 'digest', range: [number, number], times: number) {
  const crashSeed = inject('crashSeed');
  const random = seededRandom(crashSeed + (command === 'poll' ? 1 : 2));
  const delays = Array.from({ length: times }, () => Math.round(range[0] + random() * (range[1] - range[0])));
  console.log(`${command} --now: random kills after ${delays.join(', ')} ms (JOBALERT_CRASH_SEED=${crashSeed})`);
  const name = `${command} --now killed at random (seed ${crashSeed})`;
  const options = command === 'digest' ? { allowWindow: true, afterDigestCrash: true } : {};
  return scenario(name, options, async (world) => {
    await world.addPostings();
    if (command === 'digest') await world.cli(['poll', '--now']);
    const runs: Run[] = [];
    for (const killAfterMs of delays) runs.push(await world.cli([command, '--now'], { killAfterMs }));
    return runs;
  });
}
