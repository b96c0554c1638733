import { describe, it } from 'vitest';
import { scenario } from './support/scenario';

// Poll crashes: `poll --now` killed right after a posting is stored and before it reaches
// matching, twice in a row (at the first new posting, then at the 20th new one of the next
// run), then plain runs.

describe('poll --now, killed with SIGKILL at poll.after-save', () => {
  it('killed at poll.after-save@1, then @20, then plain runs', async () => {
    await scenario('poll.after-save @1 @20', {}, async (world) => {
      await world.addPostings();
      const runs = [];
      for (const n of [1, 20]) runs.push(await world.cli(['poll', '--now'], { crashAt: `poll.after-save@${n}` }));
      return runs;
    });
  });
});
