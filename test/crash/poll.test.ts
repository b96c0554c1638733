import { describe, it } from 'vitest';
import { scenario } from './support/scenario';

// Poll crashes: `poll --now` killed right after a posting is stored and before it reaches
// matching, three times in a row (the n-th new posting of each run), then plain runs. The
// baseline runs the same world without a crash: the count must come out clean.

describe('poll --now, killed with SIGKILL at poll.after-save', () => {
  it('baseline: no crash, every subscriber gets every posting once', async () => {
    await scenario('baseline (no crash)', { baseline: true }, async (world) => {
      await world.addPostings();
      return [];
    });
  });

  it('killed at poll.after-save@1, @15, @15, then plain runs', async () => {
    await scenario('poll.after-save @1 @15 @15', {}, async (world) => {
      await world.addPostings();
      const runs = [];
      for (const n of [1, 15, 15]) runs.push(await world.cli(['poll', '--now'], { crashAt: `poll.after-save@${n}` }));
      return runs;
    });
  });
});
