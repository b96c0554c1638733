import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type LocalStack, startLocalStack } from '../../local/local-stack';
import type { Criteria, Subscriber } from '../../shared/subscriber/subscriber';
import { signToken } from '../../shared/tokens/tokens';
import { confirmSubscription } from '../../shared/use-cases/confirm-subscription';
import { seedsDir } from './fixtures';

/** The whole local stack in memory, its one source the seed documents, polled once. */
export async function startSeededStack(prefix: string): Promise<{ stack: LocalStack; close(): Promise<void> }> {
  const tmp = await mkdtemp(path.join(tmpdir(), prefix));
  const configFile = path.join(tmp, 'config.yaml');
  await writeFile(configFile, `sources:\n  - { id: seeds, type: folder, path: ${JSON.stringify(seedsDir)} }\n`);
  const stack = await startLocalStack({ port: 0, sesPort: 0, dynamoPort: 0, memory: true, configFile, dataDir: tmp });
  await stack.handlers.poll({ kind: 'poll' }, {} as never);
  return {
    stack,
    async close() {
      await stack.close();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * A daily subscriber signed up and confirmed through its link's use case, as a person would:
 * its email and how many stored postings its first digest was given.
 */
export async function confirmedSubscriber(
  stack: Pick<LocalStack, 'deps'>,
  id: string,
  criteria: Pick<Criteria, 'languages' | 'countries' | 'remote'>,
  delivery: Partial<Pick<Subscriber, 'hour' | 'timeZone'>> = {},
): Promise<{ id: string; email: string; backfilled: number }> {
  const email = `${id}@example.com`;
  await stack.deps.subscribers.createSubscriber({
    id,
    email,
    status: 'unconfirmed',
    criteria: { ...criteria, keywords: [] },
    frequency: 'daily',
    hour: delivery.hour ?? 8,
    timeZone: delivery.timeZone ?? 'UTC',
    locale: 'en',
    createdAt: new Date().toISOString(),
  });
  const token = signToken(stack.deps.settings.tokenKey, { purpose: 'confirm', subscriberId: id });
  const { backfilled } = await confirmSubscription(stack.deps, token);
  return { id, email, backfilled };
}
