import { describe, it } from 'vitest';
import { digestScenario } from './support/scenario';

// `digest --now` killed with SIGKILL right after SES accepted the email, before the 'sent' write: the one documented window, where a resend of that same digest is allowed and counted;
// the first digest to get there, then the 10th of a second run; recovery after the lease.

describe('digest --now, killed with SIGKILL at digest.after-send', () => {
  it('killed at the 1st, then the 10th pass, then plain runs', async () => {
    await digestScenario('digest.after-send', [1, 10]);
  });
});
