import { describe, it } from 'vitest';
import { digestScenario } from './support/scenario';

// `digest --now` killed with SIGKILL after the digest is recorded as sending, right before SES is called;
// the first digest to get there, then the 10th of a second run; recovery after the lease.

describe('digest --now, killed with SIGKILL at digest.before-send', () => {
  it('killed at the 1st, then the 10th pass, then plain runs', async () => {
    await digestScenario('digest.before-send', [1, 10]);
  });
});
