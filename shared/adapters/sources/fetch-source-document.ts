import type { FetchContext } from '../../ports/source';
import { type FetchDocumentOptions, type FetchedDocument, fetchDocument } from '../http/fetch-document';
import type { SourceFactoryOptions } from './source-adapter';

/**
 * GETs a source's document conditionally with the validators its state holds; a failure is
 * rethrown with the source's label (`recruitee bunq: HTTP 500 from …`), the cause kept.
 */
export async function fetchSourceDocument(
  label: string,
  url: string,
  ctx: FetchContext,
  opts: SourceFactoryOptions,
  accept: string,
): Promise<FetchedDocument> {
  try {
    return await fetchDocument(url, {
      etag: ctx.state?.etag,
      lastModified: ctx.state?.lastModified,
      signal: ctx.signal,
      ...sourceFetchLimits(opts, accept),
    });
  } catch (err) {
    throw new Error(`${label}: ${(err as Error).message}`, { cause: err });
  }
}

/** The `accept` header a source asks with, and the configured time and size limits (when set). */
export function sourceFetchLimits(opts: SourceFactoryOptions, accept: string): FetchDocumentOptions {
  return {
    accept,
    ...(opts.timeoutMs !== undefined && { timeoutMs: opts.timeoutMs }),
    ...(opts.maxBytes !== undefined && { maxBytes: opts.maxBytes }),
  };
}
