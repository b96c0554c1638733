import type { FetchDocumentOptions } from '../http/fetch-document';
import { addressAt, type FetchTextExtras, fetchText } from './fetch-text';
import { parseJsonBody } from './parse-json-body';

/**
 * Fetches one JSON document unconditionally ({@link fetchText}) and parses it: an HTML page, an
 * empty body or invalid JSON throws `<label>: expected <what>, got …`.
 */
export async function fetchJson(
  label: string,
  url: string,
  options: FetchDocumentOptions,
  what: string,
  extras: FetchTextExtras = {},
): Promise<unknown> {
  const doc = await fetchText(label, url, options, extras);
  return parseJsonBody(label, addressAt(url, extras.at), doc.body, doc.contentType, what);
}
