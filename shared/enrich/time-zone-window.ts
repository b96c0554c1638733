import { timeZoneWindow } from '../places/time-zones';
import type { RemoteRegion } from '../posting/posting';
import { HOURS, RANGE_JOINS, REGION_WORD, TIME_ZONE_WORDS, WITHIN, ZONES } from './region-words';
import type { Token } from './tokenize';

// Time-zone windows as ads write them: "CET ± 3h", "UTC-1 to UTC+3", "GMT+2", "European time
// zones", "within 3 hours of CET", "6 hours +/- of the UTC timezone".

/** One region word or phrase: what it names and how many tokens it spans. */
export interface Item {
  region: RemoteRegion;
  length: number;
}

const HOURS_NUMBER = /^(\d{1,2})(h|hrs?)?$/;
const PLUS_MINUS = /±|\+\s*\/?\s*[-−]/;
const SIGN = /^\s*([+\-−–])\s*$/;

/** "UTC+3", "GMT-5:30", "CET": an offset in minutes and the tokens it spans. */
function offsetAt(tokens: Token[], j: number): { minutes: number; length: number } | null {
  const t = tokens[j];
  const base = t ? ZONES.get(t.key) : undefined;
  if (base === undefined || t === undefined || t.raw !== t.raw.toUpperCase()) return null;
  const sign = SIGN.exec(t?.gapAfter ?? '');
  const n = tokens[j + 1];
  const hours = n ? /^\d{1,2}$/.exec(n.key) : null;
  if (!sign || !hours || !n) return { minutes: base, length: 1 };
  let minutes = Number(hours[0]) * 60;
  let length = 2;
  const m = tokens[j + 2];
  if (n.gapAfter === ':' && m && /^[0-5]\d$/.test(m.key)) {
    minutes += Number(m.key);
    length = 3;
  }
  return { minutes: base + (sign[1] === '+' ? minutes : -minutes), length };
}

/** How many words at `j` say "time zone" ("time zones" 2, "Zeitzone" 1, else 0). */
function timeZoneWordsAt(tokens: Token[], j: number): number {
  const k = tokens[j]?.key ?? '';
  if (TIME_ZONE_WORDS.has(k)) return 1;
  return k === 'time' && TIME_ZONE_WORDS.has(tokens[j + 1]?.key ?? '') ? 2 : 0;
}

/** A time-zone window: "CET ± 3h", "UTC-1 to UTC+3", "GMT+2", "European time zones". */
function windowAt(tokens: Token[], j: number): Item | null {
  const t = tokens[j] as Token;
  const named = REGION_WORD.get(t.key);
  const zoneWords = timeZoneWordsAt(tokens, j + 1);
  if ((named === 'Europe' || named === 'EU') && zoneWords > 0) {
    // The zones of Europe run from UTC (Lisbon, Dublin) to UTC+3 (Istanbul, Moscow); the EU's to UTC+2.
    return { region: timeZoneWindow(0, named === 'EU' ? 120 : 180), length: 1 + zoneWords };
  }
  const start = offsetAt(tokens, j);
  if (!start) return null;
  let end = j + start.length - 1;
  const last = tokens[end] as Token;
  const plusMinus = PLUS_MINUS.test(last.gapAfter) ? HOURS_NUMBER.exec(tokens[end + 1]?.key ?? '') : null;
  if (plusMinus) {
    const spread = Number(plusMinus[1]) * 60;
    end += 1;
    if (!plusMinus[2] && HOURS.has(tokens[end + 1]?.key ?? '')) end += 1;
    return { region: timeZoneWindow(start.minutes - spread, start.minutes + spread), length: end - j + 1 };
  }
  // "UTC-1 to UTC+3", "GMT-3 – GMT+3", "between CET and EET".
  const join = RANGE_JOINS.has(tokens[end + 1]?.key ?? '') ? end + 2 : /[-–—]/.test(last.gapAfter) ? end + 1 : -1;
  const other = join > 0 ? offsetAt(tokens, join) : null;
  if (other) {
    return { region: timeZoneWindow(start.minutes, other.minutes), length: join + other.length - j };
  }
  // One zone alone counts only when it is said to be one ("CET time zone", "UTC+2"), not "PT" (Portugal).
  if (start.length === 1 && timeZoneWordsAt(tokens, end + 1) === 0) return null;
  return { region: timeZoneWindow(start.minutes, start.minutes), length: end - j + 1 };
}

/**
 * A window said from its hours: "within 3 hours of CET", "±2 hours of UTC", "6 hours +/- of the UTC
 * timezone", "max. 3h from CET".
 */
function hoursWindowAt(tokens: Token[], j: number): Item | null {
  const key = (tokens[j] as Token).key;
  const c = key.charCodeAt(0);
  const m = c >= 48 && c <= 57 ? HOURS_NUMBER.exec(key) : null;
  if (!m || Number(m[1]) > 12) return null;
  let k = j + 1;
  if (!m[2]) {
    if (!HOURS.has(tokens[k]?.key ?? '')) return null;
    k += 1;
  }
  const signed =
    PLUS_MINUS.test(tokens[j - 1]?.gapAfter ?? '') ||
    PLUS_MINUS.test(tokens[k - 1]?.gapAfter ?? '') ||
    tokens.slice(Math.max(0, j - 3), j).some((t) => WITHIN.has(t.key));
  if (!signed) return null;
  for (let z = k; z < Math.min(tokens.length, k + 4); z++) {
    const zone = offsetAt(tokens, z);
    if (!zone) continue;
    const spread = Number(m[1]) * 60;
    return { region: timeZoneWindow(zone.minutes - spread, zone.minutes + spread), length: z + zone.length - j };
  }
  return null;
}

/** A time-zone window starting at `j`, in any of the forms above. */
export function windowItemAt(tokens: Token[], j: number): Item | null {
  return windowAt(tokens, j) ?? hoursWindowAt(tokens, j);
}

/** The first time-zone window a clause names anywhere ("overlap within CET ± 2h", "6 hours +/- of UTC"). */
export function windowIn(tokens: Token[]): RemoteRegion | null {
  for (let j = 0; j < tokens.length; j++) {
    // Every window starts with a zone, a region word or a number: most words are none of them.
    const k = (tokens[j] as Token).key;
    const c = k.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !ZONES.has(k) && !REGION_WORD.has(k)) continue;
    const item = windowItemAt(tokens, j);
    if (item) return item.region;
  }
  return null;
}
