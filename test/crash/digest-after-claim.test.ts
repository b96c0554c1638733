import { describe, it } from 'vitest';
import { digestScenario } from './support/scenario';

// `digest --now` killed with SIGKILL after its postings are claimed, before the digest is recorded as sending;
// the first digest to get there, then the 10th of a second run; recovery after the lease.

describe('digest --now, killed with SIGKILL at digest.after-claim', () => {
  it('killed at the 1st, then the 10th pass, then plain runs', async () => {
    await digestScenario('digest.after-claim', [1, 10]);
  });
});
