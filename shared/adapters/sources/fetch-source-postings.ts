import type * as z from 'zod';
import type { FetchContext, FetchResult } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import type { FetchedDocument } from '../http/fetch-document';
import { collectPostings, normalizeItem } from './collect-postings';
import { fetchSourceDocument } from './fetch-source-document';
import { parseJsonBody } from './parse-json-body';
import type { SourceFactoryOptions } from './source-adapter';

/** What a source reads from its document: the postings and rejections, and where it says so, its coverage. */
type Collected = Omit<Extract<FetchResult, { notModified: false }>, 'notModified' | 'etag' | 'lastModified'>;

/**
 * The `fetch` of a source read from one first document: a conditional GET, a 304 passed on,
 * otherwise what `read` collects from the document (and the later pages or details it fetches,
 * with the poll's `ctx`), with the document's validators for the next poll.
 */
export function sourcePostingsFetch(
  label: string,
  url: string,
  opts: SourceFactoryOptions,
  accept: string,
  read: (doc: Extract<FetchedDocument, { status: 200 }>, ctx: FetchContext) => Collected | Promise<Collected>,
): (ctx: FetchContext) => Promise<FetchResult> {
  return async (ctx) => {
    const doc = await fetchSourceDocument(label, url, ctx, opts, accept);
    const validators = { etag: doc.etag, lastModified: doc.lastModified };
    if (doc.status === 304) return { notModified: true, ...validators };
    return { notModified: false, ...(await read(doc, ctx)), ...validators };
  };
}

/** How a JSON API holds its jobs, and how one becomes a posting. */
export interface JsonJobList<S extends z.ZodType> {
  /** The document expected, named when another comes (`a JSON object with a jobs array`). */
  what: string;
  /** The document's job elements; throws naming what came instead. */
  jobsOf: (data: unknown) => unknown[];
  /** A job's id, read before its schema check so that a rejection can name it. */
  idOf: (job: unknown) => string | undefined;
  /** An element that is no job (a notice), passed over without a rejection. */
  isNotJob?: (element: unknown) => boolean;
  schema: S;
  /** The posting a job makes; `data` is the whole document, for what it says of every job. */
  toRawPosting: (job: z.infer<S>, data: unknown) => RawPosting;
}

/** The `fetch` of a source whose document is one JSON list of jobs. */
export function jsonJobsFetch<S extends z.ZodType>(
  label: string,
  url: string,
  opts: SourceFactoryOptions,
  list: JsonJobList<S>,
): (ctx: FetchContext) => Promise<FetchResult> {
  return sourcePostingsFetch(label, url, opts, 'application/json', (doc) => {
    const data = parseJsonBody(label, url, doc.body, doc.contentType, list.what);
    return collectPostings(label, list.jobsOf(data), (job) =>
      list.isNotJob?.(job)
        ? 'skip'
        : { externalId: list.idOf(job), result: normalizeItem(list.schema, job, (j) => list.toRawPosting(j, data)) },
    );
  });
}
