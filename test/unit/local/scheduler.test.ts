import { afterEach, describe, expect, it, vi } from 'vitest';
import { startScheduler } from '../../../local/scheduler';

const quiet = { info() {}, warn() {}, error() {} };

afterEach(() => {
  vi.useRealTimers();
});

describe('the local scheduler', () => {
  it('polls at start and every interval, and ticks the digest planner at the top of each hour', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T10:50:00Z') });
    const polls: Date[] = [];
    const ticks: string[] = [];
    const scheduler = startScheduler({
      pollIntervalMinutes: 15,
      poll: async () => {
        polls.push(new Date());
      },
      digestTick: async (time) => {
        ticks.push(time.toISOString());
      },
      log: quiet,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(polls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(75 * 60_000); // to 12:05
    expect(polls).toHaveLength(6);
    expect(ticks).toEqual(['2026-11-23T11:00:00.000Z', '2026-11-23T12:00:00.000Z']);
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(120 * 60_000);
    expect(polls).toHaveLength(6);
  });

  it('keeps going after a failed poll, and never runs two polls at once', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T10:00:30Z') });
    let running = 0;
    let overlap = false;
    let calls = 0;
    const errors: unknown[] = [];
    const scheduler = startScheduler({
      pollIntervalMinutes: 1,
      poll: async () => {
        calls++;
        running++;
        if (running > 1) overlap = true;
        await new Promise((r) => setTimeout(r, 90_000)); // slower than the interval
        running--;
        if (calls === 1) throw new Error('source down');
      },
      digestTick: async () => {},
      log: { ...quiet, error: (e: unknown) => errors.push(e) },
    });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    scheduler.stop();
    expect(calls).toBeGreaterThan(3);
    expect(overlap).toBe(false);
    expect(errors).toHaveLength(1);
  });
});
