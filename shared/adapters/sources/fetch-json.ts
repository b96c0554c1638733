import { FetchDocumentError, type FetchDocumentOptions, fetchDocument } from '../http/fetch-document';
import { parseJsonBody } from './parse-json-body';

/**
 * GETs one JSON document unconditionally (a page past the first, or an API that sends no
 * validators); a failure is rethrown with the source's label, and a response past the byte limit
 * with `tooLarge` saying what to do about it.
 */
export async function fetchJson(
  label: string,
  url: string,
  options: FetchDocumentOptions,
  what: string,
  tooLarge?: string,
): Promise<unknown> {
  const doc = await fetchDocument(url, options).catch((err: Error) => {
    const hint = err instanceof FetchDocumentError && err.code === 'http.too-large' && tooLarge ? `: ${tooLarge}` : '';
    throw new Error(`${label}: ${err.message}${hint}`, { cause: err });
  });
  if (doc.status === 304) throw new Error(`${label}: unexpected 304 from ${url}`);
  return parseJsonBody(label, url, doc.body, doc.contentType, what);
}
