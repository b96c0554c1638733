import { describe, it } from 'vitest';
import { scenario } from './support/scenario';

// Match crashes: `poll --now` (matching runs in its process, as the in-process queue delivers)
// killed right after a match is recorded, at the 400th of 720 (18 subscribers × 40 postings),
// then a run killed at the first match it records (if it matches anything), then plain runs.

describe('matching, killed with SIGKILL at match.after-add-match', () => {
  it('killed at match.after-add-match@400, then @1, then plain runs', async () => {
    await scenario('match.after-add-match @400 @1', {}, async (world) => {
      await world.addPostings();
      const runs = [];
      for (const n of [400, 1])
        runs.push(await world.cli(['poll', '--now'], { crashAt: `match.after-add-match@${n}` }));
      return runs;
    });
  });
});
