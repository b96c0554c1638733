import { dueDigestId } from '../digest/digest-schedule';
import type { DueSubscriber } from '../ports/stores';
import type { Deps } from './deps';

/**
 * The hourly tick: finds who is due through the due-hour index (only the subscribers who can be
 * due at this UTC hour are read) and enqueues one digest job each, ten to an SQS batch. `force`
 * (the CLI's `digest --now`) makes every active subscriber due, whatever their hour.
 */
export async function planDigests(
  deps: Pick<Deps, 'subscribers' | 'digestQueue' | 'metrics'>,
  input: { time: Date; force?: boolean },
): Promise<{ due: number; candidates: number }> {
  const candidates: DueSubscriber[] =
    input.force || !deps.subscribers.listDueCandidates
      ? await deps.subscribers.listActiveSubscribers()
      : await deps.subscribers.listDueCandidates(input.time.getUTCHours());
  const jobs = candidates.flatMap((s) => {
    const digestId = input.force ? `now-${input.time.toISOString()}` : dueDigestId(s, input.time);
    return digestId ? [{ subscriberId: s.id, digestId }] : [];
  });
  for (let i = 0; i < jobs.length; i += 10) await deps.digestQueue.send(jobs.slice(i, i + 10));
  deps.metrics.emit({
    values: { DigestsPlanned: jobs.length },
    properties: { tick: input.time.toISOString(), candidates: candidates.length, force: input.force === true },
  });
  return { due: jobs.length, candidates: candidates.length };
}
