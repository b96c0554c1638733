import type { FetchResult } from '../../ports/source';
import type { FetchDocumentOptions } from '../http/fetch-document';
import { stringOrNumberId } from './collect-postings';
import { fetchJson } from './fetch-json';
import { collectJobtechAds } from './jobtech-ad';
import { jsonKind } from './parse-json-body';

export const JOBTECH_STREAM_URL = 'https://jobstream.api.jobtechdev.se';

const MINUTE = 60_000;
/**
 * How far back each cursor reaches before the read that set it: a change stamped while that read
 * was under way is read again rather than lost (storing it again changes nothing).
 */
export const STREAM_OVERLAP_MS = MINUTE;
/**
 * The longest span one stream read asks for: the stream answers a span in one body, so after an
 * outage the changes since the cursor are read a slice at a time (days of changes for the whole
 * country run to tens of MB, past the byte limit) instead of failing on the whole span every poll.
 */
export const STREAM_WINDOW_MS = 6 * 60 * MINUTE;
/** A cursor older than this is not walked slice by slice: a new snapshot is cheaper and closes what went. */
export const STREAM_MAX_CURSOR_AGE_MS = 7 * 24 * 60 * MINUTE;

/**
 * How long a snapshot download may take, retries included: hundreds of MB take minutes, not the
 * 15 s a source's document gets; under the 5 minutes a poll worker runs in AWS.
 */
export const SNAPSHOT_TIMEOUT_MS = 4 * MINUTE;

const TOO_LARGE = "raise the source's maxResponseMiB (a whole-country snapshot is about 300 MB)";

export interface JobtechStream {
  /** The JobStream address `snapshot` and `stream` are resolved against. */
  url?: string;
  occupationConceptId?: string[];
  locationConceptId?: string[];
}

/**
 * JobStream: without a cursor (or with one too old to walk), `/snapshot`, every open ad in the
 * country, filtered here by the source's concept ids (the snapshot takes no filters), a full
 * listing; with one, `/stream?date=<cursor>`, what changed since, filtered by JobStream, a partial
 * listing whose removals close postings. Either way the next cursor is this read's start, less the
 * overlap.
 */
export async function readJobtechStream(
  label: string,
  sourceId: string,
  stream: JobtechStream,
  cursor: string | undefined,
  options: FetchDocumentOptions,
): Promise<Extract<FetchResult, { notModified: false }>> {
  const started = Date.now();
  const since = cursor === undefined ? Number.NaN : Date.parse(cursor);
  const base = stream.url ?? JOBTECH_STREAM_URL;
  const what = 'a JSON array of ads';
  if (Number.isNaN(since) || started - since > STREAM_MAX_CURSOR_AGE_MS) {
    const url = resolve(base, 'snapshot');
    const timeoutMs = Math.max(options.timeoutMs ?? 0, SNAPSHOT_TIMEOUT_MS);
    const slow = { ...options, timeoutMs, retry: { ...options.retry, deadlineMs: timeoutMs } };
    const ads = arrayOf(label, url, await fetchJson(label, url, slow, what, { tooLarge: TOO_LARGE }));
    const collected = collectJobtechAds(label, sourceId, latestPerId(ads), (ad) => matchesFilters(ad, stream));
    return { notModified: false, ...collected, cursor: cursorAt(started) };
  }
  // A cursor is a UTC instant; JobStream takes a zone-less time. Were it read as Swedish time, the
  // span asked would start an hour or two early: more is read again, nothing is missed.
  const until = since + STREAM_WINDOW_MS < started ? since + STREAM_WINDOW_MS : undefined;
  const url = new URL(resolve(base, 'stream'));
  url.searchParams.set('date', zoneless(since));
  if (until !== undefined) url.searchParams.set('updated-before-date', zoneless(until));
  for (const code of stream.occupationConceptId ?? []) url.searchParams.append('occupation-concept-id', code);
  for (const code of stream.locationConceptId ?? []) url.searchParams.append('location-concept-id', code);
  const href = url.toString();
  const ads = arrayOf(label, href, await fetchJson(label, href, options, what, { tooLarge: TOO_LARGE }));
  const collected = collectJobtechAds(label, sourceId, latestPerId(ads));
  return { notModified: false, ...collected, coverage: 'partial', cursor: cursorAt(until ?? started) };
}

/** `snapshot` under the base address, whether or not it ends with a slash. */
function resolve(base: string, path: string): string {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${path}`;
  return url.toString();
}

function arrayOf(label: string, url: string, data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  throw new Error(`${label}: expected a JSON array of ads, got ${jsonKind(data)} from ${url}`);
}

/**
 * Each ad's last entry: a span of the stream may hold an ad twice (updated twice, or updated and
 * then removed), and its latest state is the one that counts.
 */
function latestPerId(ads: unknown[]): unknown[] {
  const last = new Map<string, number>();
  ads.forEach((ad, i) => {
    const id = stringOrNumberId(ad)?.trim();
    if (id) last.set(id, i);
  });
  return ads.filter((ad, i) => {
    const id = stringOrNumberId(ad)?.trim();
    return !id || last.get(id) === i;
  });
}

function cursorAt(time: number): string {
  return new Date(time - STREAM_OVERLAP_MS).toISOString();
}

/** `2031-05-04T07:59:00`: the time format JobStream's `date` takes. */
function zoneless(time: number): string {
  return new Date(time).toISOString().slice(0, 19);
}

type Concept = { concept_id?: unknown } | null | undefined;

/**
 * What JobStream's own filters keep: an ad whose occupation (name, group or field) is one of the
 * occupation ids, and whose workplace (municipality, region or country) is one of the location
 * ids; a filter not set keeps every ad.
 */
function matchesFilters(ad: unknown, stream: JobtechStream): boolean {
  const a = ad as Record<string, unknown> | null;
  const occupations = [a?.occupation, a?.occupation_group, a?.occupation_field].map((c) => (c as Concept)?.concept_id);
  const address = a?.workplace_address as Record<string, unknown> | null | undefined;
  const places = ['municipality', 'region', 'country'].map((k) => address?.[`${k}_concept_id`]);
  const matches = (wanted: string[] | undefined, ids: unknown[]) =>
    !wanted?.length || ids.some((id) => wanted.includes(id as string));
  return matches(stream.occupationConceptId, occupations) && matches(stream.locationConceptId, places);
}
