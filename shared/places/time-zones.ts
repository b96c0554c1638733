import { TIME_ZONE_WINDOW } from '../posting/posting';
import { isKnownCountry } from './codes';

// Which countries a time-zone window ("UTC-1..UTC+3", as "CET ± 2h" is read) admits, from ICU's
// own zone data: each country's zones and their standard offsets. Computed once, on first use.

type IntlLocaleWithZones = Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };

/** A country's zones (Node 20 has the `timeZones` getter, later versions `getTimeZones()`). */
function zonesOf(country: string): string[] {
  const locale = new Intl.Locale(`und-${country}`) as IntlLocaleWithZones;
  // A retired code ("UK", "DD") is an alias ICU maps to today's country: that one is listed already.
  if (locale.region !== country) return [];
  return locale.getTimeZones?.() ?? locale.timeZones ?? [];
}

/** "GMT+5:30" → 330; "GMT" → 0. */
function offsetOf(zone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /^GMT([+-])(\d{1,2})(?::(\d\d))?$/.exec(name ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

let standardOffsets: Map<string, number[]> | null = null;

/** Each country's standard (winter) offsets in minutes, one per zone. */
function offsetsByCountry(): Map<string, number[]> {
  if (standardOffsets) return standardOffsets;
  const january = new Date(Date.UTC(2026, 0, 15));
  const july = new Date(Date.UTC(2026, 6, 15));
  const byCountry = new Map<string, number[]>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!isKnownCountry(code)) continue;
      const offsets = zonesOf(code).map((z) => Math.min(offsetOf(z, january), offsetOf(z, july)));
      if (offsets.length > 0) byCountry.set(code, offsets);
    }
  }
  standardOffsets = byCountry;
  return byCountry;
}

/** "+5:30" → 330. */
function minutes(offset: string): number {
  const [h = '0', m = '0'] = offset.slice(1).split(':');
  return (offset.startsWith('-') ? -1 : 1) * (Number(h) * 60 + Number(m));
}

const windows = new Map<string, ReadonlySet<string>>();

/**
 * The countries with a zone whose standard offset lies in the window: someone living there can
 * keep its hours. A country spanning many zones (the US, Russia) is in when any of them is.
 */
export function countriesInWindow(window: string): ReadonlySet<string> {
  const cached = windows.get(window);
  if (cached) return cached;
  const m = TIME_ZONE_WINDOW.exec(window);
  const set = new Set<string>();
  if (m) {
    const from = minutes(m[1] as string);
    const to = minutes(m[2] as string);
    for (const [code, offsets] of offsetsByCountry()) if (offsets.some((o) => o >= from && o <= to)) set.add(code);
  }
  if (windows.size > 1_000) windows.clear();
  windows.set(window, set);
  return set;
}

/** A window in the stored form: whole hours as "+3", others as "+5:30". */
export function timeZoneWindow(fromMinutes: number, toMinutes: number): string {
  const part = (m: number) => {
    const sign = m < 0 ? '-' : '+';
    const abs = Math.abs(m);
    const h = Math.floor(abs / 60);
    const rest = abs % 60;
    return `UTC${sign}${h}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
  };
  const [a, b] = fromMinutes <= toMinutes ? [fromMinutes, toMinutes] : [toMinutes, fromMinutes];
  return `${part(a)}..${part(b)}`;
}
