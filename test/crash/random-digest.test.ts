import { describe, it } from 'vitest';
import { randomKillScenario } from './support/random-timing';

// `digest --now` killed with SIGKILL at random times (seeded: JOBALERT_CRASH_SEED), twice, then
// plain runs after the lease. A random kill can land in the documented window of any digest in
// flight, so resent digests are allowed and counted here.

describe('digest --now, killed with SIGKILL at a random time', () => {
  it('twice, then plain runs', async () => {
    await randomKillScenario('digest', 2);
  });
});
