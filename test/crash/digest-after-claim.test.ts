import { describe, it } from 'vitest';
import { digestScenario } from './support/scenario';

// `digest --now` killed with SIGKILL after its postings are claimed, before the digest is
// recorded as sending, at the step's 5th pass (18 digests, ten at once);
// recovery after the dead run's lease ran out.

describe('digest --now, killed with SIGKILL at digest.after-claim', () => {
  it('killed at the 5th pass, then plain runs', async () => {
    await digestScenario('digest.after-claim', [5]);
  });
});
