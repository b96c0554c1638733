import { parseRetryAfter } from './retry-after';
import { backoffDelay, defaultRetryPolicy, type RetryPolicy } from './retry-policy';
import { defaultUserAgent } from './user-agent';

const MiB = 1024 * 1024;

export interface FetchDocumentOptions {
  /** The validators from the last 200: sent as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** Per attempt (default 15 s); the retry policy's deadline bounds all attempts together. */
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  accept?: string;
  /** Default: `JOBALERT_USER_AGENT`, else `jobalert/0.1 (+https://example.org/jobalert)`. */
  userAgent?: string;
  /** Overrides parts of the default policy (3 attempts, 30 s deadline); `{ attempts: 1 }` turns retries off. */
  retry?: Partial<RetryPolicy>;
  /** Extra request headers (an API's client key); the ones above win over these. */
  headers?: Record<string, string>;
  /** A JSON body: the request becomes a POST of it (a search API such as Workday's). */
  postJson?: string;
}

export type FetchedDocument =
  | { status: 304; etag?: string; lastModified?: string }
  | { status: 200; body: string; contentType: string; etag?: string; lastModified?: string };

export type FetchDocumentErrorCode =
  | 'http.status'
  | 'http.too-large'
  | 'http.timeout'
  | 'http.network'
  | 'http.aborted';

/** A fetch that failed; `retryable` says whether another attempt may help, `attempts` how many were made. */
export class FetchDocumentError extends Error {
  /** What the server's Retry-After asked for, in ms. */
  readonly retryAfterMs?: number;
  attempts = 1;

  constructor(
    message: string,
    readonly code: FetchDocumentErrorCode,
    readonly retryable: boolean,
    readonly status?: number,
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super(message, options);
    this.name = 'FetchDocumentError';
    if (options?.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * GETs (or, given `postJson`, POSTs) a document conditionally: a 304 comes back as such, a 2xx as its text (at most `maxBytes`,
 * read as a stream and cut off past the limit); anything else throws a FetchDocumentError.
 * A 429, a 5xx, a timeout or a network error is retried with jittered exponential backoff (at
 * least as long as Retry-After asks), within the policy's attempts and deadline.
 */
export async function fetchDocument(url: string, options: FetchDocumentOptions = {}): Promise<FetchedDocument> {
  const policy = { ...defaultRetryPolicy, ...options.retry };
  const { timeoutMs = 15_000 } = options;
  const deadline = policy.now() + policy.deadlineMs;
  for (let attempt = 1; ; attempt++) {
    const remaining = deadline - policy.now();
    try {
      return await fetchOnce(url, { ...options, timeoutMs: Math.max(1, Math.min(timeoutMs, remaining)) }, policy.now);
    } catch (err) {
      if (!(err instanceof FetchDocumentError)) throw err;
      err.attempts = attempt;
      if (!err.retryable || attempt >= policy.attempts) throw err;
      // A server asking for a long pause gets it: the next scheduled poll retries, not us.
      if (err.retryAfterMs !== undefined && err.retryAfterMs > policy.maxRetryAfterMs) throw err;
      const wait = Math.max(err.retryAfterMs ?? 0, backoffDelay(attempt, policy));
      if (policy.now() + wait >= deadline) throw err;
      try {
        await policy.sleep(wait, options.signal);
      } catch (cause) {
        throw new FetchDocumentError(`fetching ${url} was aborted`, 'http.aborted', false, undefined, { cause });
      }
      if (options.signal?.aborted) throw new FetchDocumentError(`fetching ${url} was aborted`, 'http.aborted', false);
    }
  }
}

async function fetchOnce(url: string, options: FetchDocumentOptions, now: () => number): Promise<FetchedDocument> {
  const { timeoutMs = 15_000, maxBytes = 10 * MiB } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = {
    ...options.headers,
    accept: options.accept ?? '*/*',
    'user-agent': options.userAgent ?? defaultUserAgent(),
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  if (options.postJson !== undefined) headers['content-type'] = 'application/json';

  const fail = (err: unknown): never => {
    if (err instanceof FetchDocumentError) throw err;
    if (timeout.aborted) {
      throw new FetchDocumentError(
        `timed out after ${formatSeconds(timeoutMs)} fetching ${url}`,
        'http.timeout',
        true,
        undefined,
        { cause: err },
      );
    }
    if (options.signal?.aborted)
      throw new FetchDocumentError(`fetching ${url} was aborted`, 'http.aborted', false, undefined, { cause: err });
    const cause = (err as { cause?: { message?: string; code?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (err as Error).message;
    throw new FetchDocumentError(`could not fetch ${url}: ${detail}`, 'http.network', true, undefined, { cause: err });
  };

  let response: Response;
  try {
    response = await fetch(url, {
      headers,
      signal,
      redirect: 'follow',
      ...(options.postJson !== undefined && { method: 'POST', body: options.postJson }),
    });
  } catch (err) {
    return fail(err);
  }
  const validators = {
    ...optional('etag', response.headers.get('etag')),
    ...optional('lastModified', response.headers.get('last-modified')),
  };
  if (response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    return { status: 304, ...validators };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const retryable = response.status === 429 || response.status >= 500;
    const retryAfterMs = retryable ? parseRetryAfter(response.headers.get('retry-after'), now()) : undefined;
    throw new FetchDocumentError(`HTTP ${response.status} from ${url}`, 'http.status', retryable, response.status, {
      ...(retryAfterMs !== undefined && { retryAfterMs }),
    });
  }
  const contentType = response.headers.get('content-type') ?? '';
  try {
    const body = await readText(response, contentType, maxBytes, url);
    return { status: 200, body, contentType, ...validators };
  } catch (err) {
    return fail(err);
  }
}

async function readText(response: Response, contentType: string, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () =>
    new FetchDocumentError(`response larger than ${formatBytes(maxBytes)} from ${url}`, 'http.too-large', false);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return decoderFor(contentType).decode(Buffer.concat(chunks, total));
}

function decoderFor(contentType: string): TextDecoder {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    // An unknown charset label: UTF-8 is the best guess for the job feeds we read.
    return new TextDecoder('utf-8');
  }
}

function optional<K extends string>(key: K, value: string | null): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

function formatBytes(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
