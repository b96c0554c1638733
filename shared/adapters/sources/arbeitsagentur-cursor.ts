import * as z from 'zod';

const DAY_MS = 86_400_000;
/** The most days the Jobsuche's `veroeffentlichtseit` filter takes. */
const MAX_SINCE_DAYS = 100;
/**
 * Ads remembered at most: twice what one search lists (10 pages of 100), so that a search's own
 * ads are never forgotten while the state stays small (about 32 bytes an ad). Past it the
 * longest-remembered go first; one listed again has its details read again, nothing worse.
 */
export const MAX_KNOWN_ADS = 2000;

/**
 * Where an `arbeitsagentur` source stands, kept as its cursor: when it last read (`since`), when
 * it last read the whole search (`lastFull`), and each ad whose details it has read, by ref
 * number, with the stamp of the list entry it read them for.
 */
const cursorSchema = z.object({
  v: z.literal(1),
  since: z.iso.datetime(),
  lastFull: z.iso.datetime().optional(),
  known: z.record(z.string(), z.string()),
});
export type ArbeitsagenturCursor = z.infer<typeof cursorSchema>;

/** The next read: the whole search, or only the ads published in the last `days` days. */
export type ReadPlan = { mode: 'full' } | { mode: 'since'; days: number };

/**
 * The stored cursor, or undefined when there is none or it cannot be read (written by another
 * version): then the source reads the whole search again, which is always safe.
 */
export function readCursor(raw: string | undefined): ArbeitsagenturCursor | undefined {
  if (!raw) return undefined;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A whole read first, again every `fullReadEveryDays` days, and whenever the last read is more
 * than the filter's 100 days back; between them, the ads published since the last read (whole
 * days, rounded up, at least one).
 */
export function planRead(cursor: ArbeitsagenturCursor | undefined, now: Date, fullReadEveryDays: number): ReadPlan {
  if (!cursor?.lastFull) return { mode: 'full' };
  if (now.getTime() - Date.parse(cursor.lastFull) >= fullReadEveryDays * DAY_MS) return { mode: 'full' };
  const days = Math.max(1, Math.ceil((now.getTime() - Date.parse(cursor.since)) / DAY_MS));
  return days > MAX_SINCE_DAYS ? { mode: 'full' } : { mode: 'since', days };
}

export interface ReadOutcome {
  plan: ReadPlan;
  startedAt: Date;
  /** The search was listed to its end (no page cap). */
  complete: boolean;
  /** Some listed ads still wait for their details (the cap per poll): read them next time. */
  backlog: boolean;
  /** Every ref number the search listed. */
  listed: Set<string>;
  /** The ads whose details were read and stored now, with their stamps. */
  read: Map<string, string>;
  /** The ads whose details said they are gone. */
  gone: Set<string>;
}

/**
 * The cursor after a read. A backlog keeps the last `since` (so the ads waiting are listed
 * again) and counts no whole read; a whole read to the end forgets the ads no longer listed.
 */
export function nextCursor(previous: ArbeitsagenturCursor | undefined, outcome: ReadOutcome): string {
  const known = new Map(Object.entries(previous?.known ?? {}));
  if (outcome.plan.mode === 'full' && outcome.complete) {
    for (const id of known.keys()) if (!outcome.listed.has(id)) known.delete(id);
  }
  for (const id of outcome.gone) known.delete(id);
  for (const [id, stamp] of outcome.read) {
    known.delete(id);
    known.set(id, stamp);
  }
  for (const id of known.keys()) {
    if (known.size <= MAX_KNOWN_ADS) break;
    known.delete(id);
  }
  const at = outcome.startedAt.toISOString();
  const since = outcome.backlog && previous ? previous.since : at;
  const lastFull = outcome.plan.mode === 'full' && !outcome.backlog ? at : previous?.lastFull;
  const cursor: ArbeitsagenturCursor = { v: 1, since, ...(lastFull && { lastFull }), known: Object.fromEntries(known) };
  return JSON.stringify(cursor);
}
