import * as z from 'zod';
import type { RejectedPosting } from '../../ports/source';
import { describeIssues } from '../../validation/describe-issues';

const text = z.string().nullish();

/** A page of pam-stilling-feed: `next_id` / `next_url` are null at the feed's end. */
export const navFeedPageSchema = z.object({
  id: text,
  next_id: text,
  next_url: text,
  items: z.array(z.unknown()).nullish(),
});

/** One feed item: a change to an ad, whose `_feed_entry` says what the ad became. */
const feedItemSchema = z.object({
  id: text,
  date_modified: text,
  _feed_entry: z.object({
    uuid: z.string().trim().min(1),
    status: z.string().trim().min(1),
    sistEndret: text,
  }),
});

/** An ad's state in the feed, as its latest item says. */
export interface NavFeedEntry {
  uuid: string;
  active: boolean;
}

/** The ad an item is about, read before its schema check so that a rejection can name it. */
export function feedItemUuid(raw: unknown): string | undefined {
  const item = raw as { id?: unknown; _feed_entry?: { uuid?: unknown } | null } | null;
  const uuid = item?._feed_entry?.uuid ?? item?.id;
  return typeof uuid === 'string' && uuid.trim() ? uuid.trim() : undefined;
}

/** An item's identity across pages: the ad and the time of the change (pages overlap by one item). */
export function feedItemKey(raw: unknown): string {
  const item = raw as { date_modified?: unknown; _feed_entry?: { sistEndret?: unknown } | null } | null;
  const when = item?._feed_entry?.sistEndret ?? item?.date_modified;
  const uuid = feedItemUuid(raw);
  return uuid ? `${uuid}@${typeof when === 'string' ? when : ''}` : JSON.stringify(raw);
}

/**
 * Each ad's latest state, in the order the feed last changed them: an ad changed twice in the
 * pages read is decided by its later item. An item that cannot be read is rejected with the
 * reason, unless a later item of the same ad decides it anyway.
 */
export function latestEntries(
  label: string,
  items: unknown[],
): { entries: NavFeedEntry[]; rejected: RejectedPosting[] } {
  const latest = new Map<string, NavFeedEntry>();
  const bad: { index: number; uuid: string | undefined; why: string }[] = [];
  for (const [index, raw] of items.entries()) {
    const parsed = feedItemSchema.safeParse(raw);
    if (!parsed.success) {
      bad.push({ index, uuid: feedItemUuid(raw), why: describeIssues(parsed.error) });
      continue;
    }
    const { uuid, status } = parsed.data._feed_entry;
    latest.delete(uuid);
    latest.set(uuid, { uuid, active: status.toUpperCase() === 'ACTIVE' });
  }
  const rejected = bad
    .filter((b) => b.uuid === undefined || !latest.has(b.uuid))
    .map(({ index, uuid, why }) => ({
      ...(uuid && { externalId: uuid }),
      reason: `${label}: feed item ${index}${uuid ? ` (${uuid})` : ''}: ${why}`,
    }));
  return { entries: [...latest.values()], rejected };
}

/**
 * A feed entry's detail (`/api/v1/feedentry/<uuid>`). The API answers `ad_content`; its
 * documentation shows the same object as `json`: either is read. An inactive ad has none.
 */
export const navFeedEntryDetailSchema = z.object({
  uuid: text,
  status: text,
  ad_content: z.unknown().optional(),
  json: z.unknown().optional(),
});

/** The ad a detail holds; undefined when the entry says the ad is no longer active. Throws why it can't be read. */
export function detailAd(data: unknown): unknown {
  const parsed = navFeedEntryDetailSchema.safeParse(data);
  if (!parsed.success) throw new Error(describeIssues(parsed.error));
  const { status } = parsed.data;
  const ad = parsed.data.ad_content ?? parsed.data.json;
  if (status && status.toUpperCase() !== 'ACTIVE') return undefined;
  if (ad === undefined || ad === null || ad === '')
    throw new Error(`ad_content: missing for an entry whose status is ${status ?? 'not given'}`);
  return ad;
}
