import { verifyToken } from '../tokens/tokens';
import type { Deps } from './deps';
import { SubscriberNotFoundError } from './errors';

type NotRelevantDeps = Pick<Deps, 'subscribers' | 'postings' | 'settings' | 'clock'>;

/** What a "not relevant" link is about: the subscriber, the posting and its title if still stored. */
export async function notRelevantTarget(
  deps: NotRelevantDeps,
  token: string,
): Promise<{ subscriberId: string; postingId: string; title?: string }> {
  const { subscriberId, postingId } = verifyToken(deps.settings.tokenKey, token, 'not-relevant', deps.clock());
  if (!postingId) throw new SubscriberNotFoundError();
  if (!(await deps.subscribers.getSubscriber(subscriberId))) throw new SubscriberNotFoundError();
  const [posting] = await deps.postings.getPostings([postingId]);
  return { subscriberId, postingId, ...(posting ? { title: posting.title } : {}) };
}

/** Records a "not relevant" click once per (subscriber, posting); a replay is a no-op. */
export async function reportNotRelevant(
  deps: NotRelevantDeps & Pick<Deps, 'matches'>,
  token: string,
): Promise<{ recorded: boolean; title?: string }> {
  const target = await notRelevantTarget(deps, token);
  const recorded = await deps.matches.recordNotRelevant(target.subscriberId, target.postingId, deps.clock());
  return { recorded, ...(target.title ? { title: target.title } : {}) };
}
