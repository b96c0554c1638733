import { describe, expect, it } from 'vitest';
import { scenario } from './support/scenario';

// `npm start` itself killed with SIGKILL during the poll it runs at start (at the 15th posting
// stored), then started again on the same data folder: its start-up poll is the recovery.

describe('npm start, killed with SIGKILL during its own poll', () => {
  it('killed at poll.after-save@15, then restarted', async () => {
    await scenario('npm start killed at poll.after-save@15', {}, async (world) => {
      await world.stopStack(true);
      await world.addPostings();
      const survived = await world.startStack('poll.after-save@15');
      expect(survived, 'npm start should have died in its start-up poll').toBe(false);
      await world.startStack();
      return [{ code: null, signal: 'SIGKILL', stdout: '', stderr: '', killed: true }];
    });
  });
});
