import type { Subscriber } from '../subscriber/subscriber';
import type { Deps } from './deps';

/** Local date, hour and weekday of an instant in an IANA zone. */
function localTime(at: Date, timeZone: string): { date: string; hour: number; weekday: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), weekday: parts.weekday ?? '' };
}

/**
 * The digest a subscriber is due at this tick, or null. Daily at their local hour; weekly at
 * their local hour on Mondays; instant subscribers get theirs from the match step. The id is the
 * local period, so two ticks in one period (a retry, a DST fold) plan the same digest.
 */
export function dueDigestId(subscriber: Subscriber, tick: Date): string | null {
  const local = localTime(tick, subscriber.timeZone);
  if (local.hour !== subscriber.hour) return null;
  if (subscriber.frequency === 'daily') return `daily-${local.date}`;
  if (subscriber.frequency === 'weekly' && local.weekday === 'Mon') return `weekly-${local.date}`;
  return null;
}

/**
 * The hourly tick: finds who is due and enqueues one digest job each. `force` (the CLI's
 * `digest --now`) makes every active subscriber due, whatever their hour.
 */
export async function planDigests(
  deps: Pick<Deps, 'subscribers' | 'digestQueue'>,
  input: { time: Date; force?: boolean },
): Promise<{ due: number }> {
  const subscribers = await deps.subscribers.listActiveSubscribers();
  const jobs = subscribers.flatMap((s) => {
    const digestId = input.force ? `now-${input.time.toISOString()}` : dueDigestId(s, input.time);
    return digestId ? [{ subscriberId: s.id, digestId }] : [];
  });
  for (let i = 0; i < jobs.length; i += 10) await deps.digestQueue.send(jobs.slice(i, i + 10));
  return { due: jobs.length };
}
