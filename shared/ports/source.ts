import type { RawPosting } from '../posting/posting';
import type { SourceState } from './stores';

export interface FetchContext {
  /** The source's stored state: validators for conditional requests. */
  state: SourceState | undefined;
  signal?: AbortSignal;
}

/** A posting the adapter could not normalize, and why (names the field). */
export interface RejectedPosting {
  externalId?: string;
  reason: string;
}

export type FetchResult =
  | { notModified: true; etag?: string; lastModified?: string }
  | {
      notModified: false;
      postings: RawPosting[];
      rejected: RejectedPosting[];
      etag?: string;
      lastModified?: string;
      /**
       * `full` (the default): the postings are everything the source lists now, and what it no
       * longer lists is closed. `partial`: only some of them (what changed since `state.cursor`,
       * or a listing cut at a page cap): nothing is closed but `removed`.
       */
      coverage?: 'full' | 'partial';
      /**
       * External ids the source itself says are gone (a feed's "removed" or inactive entries):
       * closed, whatever the coverage. An id both here and in `postings` is the adapter's
       * mistake: each entry's latest state decides which list it goes to.
       */
      removed?: string[];
      /**
       * Where the next poll goes on reading (a feed page id, a time): stored with the source's
       * state only once this result is stored, so a crash before that reads the same changes
       * again (storing is idempotent) and nothing is skipped.
       */
      cursor?: string;
    };

/**
 * A job source: fetches and normalizes. Throws (with a message naming the problem) only when
 * nothing could be read at all; single bad postings go to `rejected`.
 */
export interface Source {
  readonly id: string;
  readonly type: string;
  fetch(ctx: FetchContext): Promise<FetchResult>;
}
