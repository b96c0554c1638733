import { describe, it } from 'vitest';
import { digestScenario } from './support/scenario';

// `digest --now` killed with SIGKILL after the digest is recorded as sent, before its pending
// matches are dropped, at the step's 5th pass (18 digests, ten at once);
// recovery after the dead run's lease ran out.

describe('digest --now, killed with SIGKILL at digest.after-sent', () => {
  it('killed at the 5th pass, then plain runs', async () => {
    await digestScenario('digest.after-sent', [5]);
  });
});
