import { createLogger } from '../../shared/adapters/log/logger';
import type { Deps } from '../../shared/use-cases/deps';
import { lambdaStore } from '../compose/lambda-store';
import { once } from '../compose/once';

export type SesFeedbackDeps = Pick<Deps, 'subscribers' | 'clock' | 'log'>;

/** The feedback function's composition root: only the subscribers, to suppress. */
export const sesFeedbackDeps = once(
  async (): Promise<SesFeedbackDeps> => ({ subscribers: lambdaStore(), clock: () => new Date(), log: createLogger() }),
);
