import type { Subscriber } from '../subscriber/subscriber';

const hourMs = 3_600_000;
const localFormats = new Map<string, Intl.DateTimeFormat>();
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

// Building an Intl.DateTimeFormat costs far more than using one: one per zone, kept.
function localFormat(timeZone: string): Intl.DateTimeFormat {
  let format = localFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    localFormats.set(timeZone, format);
  }
  return format;
}

/** Local date, hour and weekday of an instant in an IANA zone. */
function localTime(at: Date, timeZone: string): { date: string; hour: number; weekday: string } {
  const parts = Object.fromEntries(
    localFormat(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), weekday: parts.weekday ?? '' };
}

/**
 * The local hours whose digests fall due at this tick: the tick's own local hour, plus any hour of
 * the same local day that a spring-forward skipped since the previous tick (so a subscriber at
 * 02:00 in New York still gets the digest on the day 02:00 does not exist, at 03:00).
 */
function dueLocalHours(tick: Date, timeZone: string): { date: string; weekday: string; hours: number[] } {
  const local = localTime(tick, timeZone);
  const previous = localTime(new Date(tick.getTime() - hourMs), timeZone);
  const from = previous.date === local.date ? previous.hour + 1 : 0;
  const hours = [local.hour];
  for (let h = from; h < local.hour; h++) hours.push(h);
  return { date: local.date, weekday: local.weekday, hours };
}

/** What deciding whether a digest is due reads of a subscriber. */
export type Schedule = Pick<Subscriber, 'frequency' | 'hour' | 'timeZone'>;

/**
 * The digest a subscriber is due at this tick, or null. Daily at their local hour; weekly at
 * their local hour on Mondays; instant subscribers get theirs from the match step. The id is the
 * local period, so two ticks in one period (a retry, a DST fold, two planners) plan the same digest.
 * Ticks are on the UTC hour: in a zone with a half-hour offset (Asia/Kolkata, UTC+05:30) hour 8
 * means the tick inside 08:00–08:59 local, i.e. 08:30.
 */
export function dueDigestId(subscriber: Schedule, tick: Date): string | null {
  if (subscriber.frequency === 'instant') return null;
  const local = dueLocalHours(tick, subscriber.timeZone);
  if (!local.hours.includes(subscriber.hour)) return null;
  if (subscriber.frequency === 'daily') return `daily-${local.date}`;
  if (subscriber.frequency === 'weekly' && local.weekday === 'Mon') return `weekly-${local.date}`;
  return null;
}

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** The zone's UTC offset at an instant, in minutes ("GMT+05:30" → 330, "GMT" → 0). */
function offsetMinutes(at: Date, timeZone: string): number {
  const name = offsetFormat(timeZone)
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

const zoneOffsets = new Map<string, number[]>();

/**
 * Every UTC offset the zone uses in this year and the next (standard and daylight time), sampled
 * twice a month: DST periods last months, so no offset in force is missed.
 */
export function offsetsOf(timeZone: string, around: Date): number[] {
  const year = around.getUTCFullYear();
  const key = `${timeZone}@${year}`;
  const cached = zoneOffsets.get(key);
  if (cached) return cached;
  const offsets = new Set<number>();
  for (let month = 0; month < 24; month++) {
    for (const day of [1, 15]) offsets.add(offsetMinutes(new Date(Date.UTC(year, month, day, 12)), timeZone));
  }
  const sorted = [...offsets].sort((a, b) => a - b);
  zoneOffsets.set(key, sorted);
  return sorted;
}

/**
 * The UTC hours at which a subscriber can be due: for each offset the zone uses, the first UTC
 * hour tick that falls inside their local hour (ceil, so UTC+05:30 at hour 8 gives 03:00 UTC =
 * 08:30 local). A superset of the ticks `dueDigestId` accepts; the planner's index is keyed by it.
 */
export function candidateUtcHours(subscriber: Schedule, around: Date): number[] {
  if (subscriber.frequency === 'instant') return [];
  const hours = offsetsOf(subscriber.timeZone, around).map(
    (offset) => (((Math.ceil((subscriber.hour * 60 - offset) / 60) % 24) + 24) % 24) as number,
  );
  return [...new Set(hours)].sort((a, b) => a - b);
}
