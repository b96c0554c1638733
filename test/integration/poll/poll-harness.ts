import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildLocal, LOCAL_REGION } from '../../../local/local-deps';
import { createDynamoClients } from '../../../shared/adapters/dynamo/dynamo-clients';
import { ensureTable } from '../../../shared/adapters/dynamo/table-definition';
import { createLogger } from '../../../shared/adapters/log/logger';
import { createSource } from '../../../shared/adapters/sources/registry';
import { parseConfig } from '../../../shared/config/config';
import type { Metrics } from '../../../shared/ports/metrics';
import type { PollSummary } from '../../../shared/use-cases/poll-sources';
import { startTestDynamo } from '../../support/test-dynamo';

/**
 * The local composition (the same poll tick, in-process queue and worker as `npm start`) on its
 * own dynalite table, with a clock the test moves. Nothing here sends mail.
 */
export async function startPollHarness(config: Record<string, unknown> = {}, options: { metrics?: Metrics } = {}) {
  const dynamo = await startTestDynamo();
  const { client } = createDynamoClients({ endpoint: dynamo.endpoint, region: LOCAL_REGION });
  await ensureTable(client, dynamo.tableName);
  const dir = await mkdtemp(path.join(tmpdir(), 'jobalert-poll-harness-'));
  let now = new Date('2031-05-04T08:00:00.000Z');
  const local = buildLocal({
    endpoints: { dynamoEndpoint: dynamo.endpoint, sesEndpoint: 'http://127.0.0.1:9', tableName: dynamo.tableName },
    config: parseConfig({ sources: [], ...config }, 'test'),
    baseDir: dir,
    tokenKey: 'k'.repeat(40),
    siteUrl: 'http://127.0.0.1:3000',
    log: createLogger('silent'),
    clock: () => now,
    metrics: options.metrics,
  });
  return {
    ...local,
    dir,
    /** Adds a source as the config would. */
    addSource(source: Record<string, unknown>) {
      local.deps.sources.push(createSource(source as never, { baseDir: dir }));
    },
    /** What the schedule does: one tick of the poll handler, narrowed to these sources. */
    async poll(...sourceIds: string[]): Promise<PollSummary> {
      const event = { kind: 'poll', ...(sourceIds.length > 0 ? { sourceIds } : {}) };
      return (await local.handlers.poll(event, {} as never)) as PollSummary;
    },
    advance(minutes: number) {
      now = new Date(now.getTime() + minutes * 60_000);
    },
    now: () => now,
    async close() {
      await dynamo.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
