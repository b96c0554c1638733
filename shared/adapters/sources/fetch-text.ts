import {
  FetchDocumentError,
  type FetchDocumentOptions,
  type FetchedDocument,
  fetchDocument,
} from '../http/fetch-document';

/** What an unconditional fetch gives back: the body as text and the type it was served as. */
export type FetchedText = Extract<FetchedDocument, { status: 200 }>;

/** What is said of an unconditional fetch beyond its address and options. */
export interface FetchTextExtras {
  /** Where in a read the request stands, added after the address in every message (`page 2`). */
  at?: string;
  /** What to do about a response past the byte limit, added to that error. */
  tooLarge?: string;
  /** The GET to use (a source's authorized one); plain `fetchDocument` by default. */
  get?: (url: string, options: FetchDocumentOptions) => Promise<FetchedDocument>;
}

/**
 * GETs (or, given `postJson`, POSTs) one document unconditionally: a job page, a detail, a page
 * past the first, or an API that sends no validators. A failure is rethrown as `<label>: …` (the
 * cause kept, so a caller can still read its status), and a 304, which nothing asked for, too.
 */
export async function fetchText(
  label: string,
  url: string,
  options: FetchDocumentOptions,
  { at, tooLarge, get = fetchDocument }: FetchTextExtras = {},
): Promise<FetchedText> {
  const where = at ? ` (${at})` : '';
  const doc = await get(url, options).catch((err: Error) => {
    const hint = err instanceof FetchDocumentError && err.code === 'http.too-large' && tooLarge ? `: ${tooLarge}` : '';
    throw new Error(`${label}: ${err.message}${where}${hint}`, { cause: err });
  });
  if (doc.status === 304) throw new Error(`${label}: unexpected 304 from ${addressAt(url, at)}`);
  return doc;
}

/** True when a fetch failed because the server answered 404 or 410: what it was asked for is gone. */
export function answeredGone(err: unknown): boolean {
  const fetchError = err instanceof FetchDocumentError ? err : (err as { cause?: unknown } | null)?.cause;
  return fetchError instanceof FetchDocumentError && (fetchError.status === 404 || fetchError.status === 410);
}

/** An address as messages name it: with where in the read the request stands, when that is said. */
export function addressAt(url: string, at: string | undefined): string {
  return at ? `${url} (${at})` : url;
}
