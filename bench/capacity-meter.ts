import type { ConsumedCapacity, DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Write and read units summed over every response of one client (table and index writes alike). */
export interface CapacityMeter {
  write: number;
  read: number;
  reset(): void;
  /** Responses that carried no ConsumedCapacity (an engine that does not report it). */
  unreported: number;
}

const writeCommands = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

/** Asks every request of `client` for its consumed capacity and sums it into the returned meter. */
export function meterCapacity(client: DynamoDBClient): CapacityMeter {
  const meter: CapacityMeter = {
    write: 0,
    read: 0,
    unreported: 0,
    reset() {
      meter.write = 0;
      meter.read = 0;
      meter.unreported = 0;
    },
  };
  // Engines report CapacityUnits (not always split into read and write): the command says which.
  const add = (command: string, c: ConsumedCapacity) => {
    const parts = [c.Table, ...Object.values(c.GlobalSecondaryIndexes ?? {})].filter((p) => p !== undefined);
    const units = parts.length > 0 ? parts.reduce((n, p) => n + (p.CapacityUnits ?? 0), 0) : (c.CapacityUnits ?? 0);
    if (writeCommands.has(command)) meter.write += units;
    else meter.read += units;
  };
  const addAll = (command: string, consumed: ConsumedCapacity | ConsumedCapacity[] | undefined) => {
    for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) add(command, c);
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      const command = String(context.commandName ?? '').replace(/Command$/, '');
      if (!('TableName' in input) && !('RequestItems' in input)) return next(args);
      input.ReturnConsumedCapacity = 'INDEXES';
      try {
        const out = await next(args);
        const consumed = (out.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
        if (consumed === undefined && command !== 'DescribeTable' && command !== 'CreateTable') meter.unreported++;
        addAll(command, consumed);
        return out;
      } catch (err) {
        // A conditional write that fails consumes capacity too.
        addAll(command, (err as { ConsumedCapacity?: ConsumedCapacity }).ConsumedCapacity);
        throw err;
      }
    },
    { step: 'initialize', name: 'meterConsumedCapacity' },
  );
  return meter;
}
