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
