import { describe, it } from 'vitest';
import { digestScenario } from './support/scenario';

// `digest --now` killed with SIGKILL right after SES accepted an email, before the 'sent' write
// (the one documented window: a resend of that same digest is allowed and counted), at the step's
// 5th pass (18 digests, ten at once); recovery after the dead run's lease ran out.

describe('digest --now, killed with SIGKILL at digest.after-send', () => {
  it('killed at the 5th pass, then plain runs', async () => {
    await digestScenario('digest.after-send', [5]);
  });
});
