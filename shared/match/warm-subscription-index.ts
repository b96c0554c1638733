import type { SubscriberStore } from '../ports/stores';
import { SubscriptionIndex } from './subscription-index';

interface Warm {
  index: SubscriptionIndex;
  version: number;
  loadedAt: number;
}

// Module-level, so a warm Lambda keeps the compiled index across invocations. Keyed by store, so
// two stacks in one process (tests) never share one.
const warm = new WeakMap<SubscriberStore, Warm>();

/**
 * A change lost between a profile write and its log write would otherwise stay invisible until
 * the counter moves past it: reload everything at least this often.
 */
const maxAgeMs = 60 * 60 * 1000;
/** Past this many changed subscribers one Query of the status index is cheaper than the reads. */
const maxIncremental = 256;

/**
 * The compiled index of the store's active subscriptions, kept warm: refreshed from the store's
 * change log when the subscription counter moved (re-reading only the changed subscribers), fully
 * reloaded when the log does not reach back, the index is old, or the store keeps no counter.
 */
export async function warmSubscriptionIndex(store: SubscriberStore, now: Date): Promise<SubscriptionIndex> {
  if (!store.subscriptionChanges) return new SubscriptionIndex(await store.listActiveSubscribers());
  const cached = warm.get(store);
  const fresh = cached && now.getTime() - cached.loadedAt < maxAgeMs ? cached : undefined;
  const { version, changed } = await store.subscriptionChanges(fresh?.version);
  if (fresh && changed && changed.length <= maxIncremental) {
    const subscribers = await Promise.all(changed.map((id) => store.getSubscriber(id)));
    changed.forEach((id, i) => {
      const s = subscribers[i];
      if (s) fresh.index.upsert(s);
      else fresh.index.remove(id);
    });
    fresh.version = version;
    return fresh.index;
  }
  // The counter is read before the list, so the list is at least as new as `version`; a change
  // after it is re-read next time, and applying it twice is harmless.
  const index = new SubscriptionIndex(await store.listActiveSubscribers());
  warm.set(store, { index, version, loadedAt: now.getTime() });
  return index;
}
