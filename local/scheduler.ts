import type { Logger } from '../shared/ports/logger';

const HOUR_MS = 3_600_000;

/**
 * Sends the handlers what EventBridge Scheduler would: a poll at start and every N minutes, and
 * a digest tick at the top of every hour (each subscriber is due at their own local hour).
 */
export function startScheduler(options: {
  pollIntervalMinutes: number;
  poll: () => Promise<unknown>;
  digestTick: (time: Date) => Promise<unknown>;
  log: Logger;
}): { stop(): void } {
  const run = (what: string, job: () => Promise<unknown>) =>
    job().catch((err: Error) => options.log.error({ err: err.message }, `${what} failed`));
  let polling = Promise.resolve<unknown>(undefined);
  const poll = () => {
    // Never two polls at once: a slow source must not make ticks pile up.
    polling = polling.then(() => run('scheduled poll', options.poll));
  };
  poll();
  const pollTimer = setInterval(poll, options.pollIntervalMinutes * 60_000);
  let tickTimer: NodeJS.Timeout;
  const scheduleTick = () => {
    const next = Math.ceil((Date.now() + 1) / HOUR_MS) * HOUR_MS;
    tickTimer = setTimeout(() => {
      void run('digest tick', () => options.digestTick(new Date(next)));
      scheduleTick();
    }, next - Date.now());
  };
  scheduleTick();
  return {
    stop() {
      clearInterval(pollTimer);
      clearTimeout(tickTimer);
    },
  };
}
