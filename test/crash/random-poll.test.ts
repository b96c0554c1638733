import { describe, it } from 'vitest';
import { randomKillScenario } from './support/random-timing';

// `poll --now` killed with SIGKILL at random times (seeded: JOBALERT_CRASH_SEED), twice, then plain runs.

describe('poll --now, killed with SIGKILL at a random time', () => {
  it('twice, then plain runs', async () => {
    await randomKillScenario('poll', 2);
  });
});
