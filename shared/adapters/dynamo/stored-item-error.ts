import * as z from 'zod';

/**
 * A stored item that does not pass its schema on read. Thrown, never skipped: a corrupt item
 * dropped silently would be a posting or a subscriber lost without a trace.
 */
export class StoredItemError extends Error {
  readonly code = 'store.invalid-item';

  constructor(
    /** "posting 3f2a…", "subscriber 42": what was read, named by its id. */
    readonly item: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`stored ${item} is invalid: ${z.prettifyError(new z.ZodError(issues))}`);
    this.name = 'StoredItemError';
  }
}

/** Parses a stored item with its schema (table attributes such as PK are stripped by the schema). */
export function parseStoredItem<S extends z.ZodType>(schema: S, item: unknown, what: string): z.output<S> {
  const result = schema.safeParse(item);
  if (!result.success) throw new StoredItemError(what, result.error.issues);
  return result.data;
}
