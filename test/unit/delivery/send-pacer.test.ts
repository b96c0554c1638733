import { describe, expect, it } from 'vitest';
import { SendPacer } from '../../../shared/adapters/ses/send-pacer';

/** How many of `n` concurrent acquires got their slot without waiting (the clock stands still). */
async function immediate(pacer: SendPacer, n: number): Promise<number> {
  let done = 0;
  for (let i = 0; i < n; i++) void pacer.acquire().then(() => done++);
  // Slots in the past resolve on the next turns of the microtask queue; later ones wait on a timer.
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
}

describe('the send pacer', () => {
  it('lets an idle sender use a tenth of a second of sends at once, then paces the rest', async () => {
    const now = 60_000;
    // 50/s: a slot every 20 ms, 5 banked while idle.
    const pacer = new SendPacer(50, () => now);
    expect(pacer.burst).toBe(5);
    expect(await immediate(pacer, 10)).toBe(6);
  });

  it('banks nothing while it is busy, nor right after a throttle', async () => {
    let now = 60_000;
    const pacer = new SendPacer(50, () => now);
    expect(await immediate(pacer, 6)).toBe(6);
    // 20 ms later one more slot is free, not a new bank.
    now += 20;
    expect(await immediate(pacer, 3)).toBe(1);
    now += 10_000;
    pacer.throttled();
    expect(await immediate(pacer, 3)).toBe(0);
  });

  it('still sends one at a time at low rates, with one slot banked', async () => {
    const pacer = new SendPacer(7, () => 60_000);
    expect(pacer.burst).toBe(1);
    expect(await immediate(pacer, 4)).toBe(2);
  });
});
