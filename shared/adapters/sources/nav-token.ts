import {
  FetchDocumentError,
  type FetchDocumentOptions,
  type FetchedDocument,
  fetchDocument,
} from '../http/fetch-document';

/** A JWT as NAV issues them: three base64url parts. */
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]*/;

/** GETs with `Authorization: Bearer <token>`, the token the source's own. */
export type NavGet = (url: string, options?: FetchDocumentOptions) => Promise<FetchedDocument>;

/**
 * The authorized GET of a NAV source. With a configured `token` every request carries it, and a
 * 401 is the operator's to fix. Without one the source uses NAV's public token, which NAV
 * publishes at `<base>/api/publicToken` and replaces from time to time: it is read at the first
 * request and read again once when the feed refuses it. Errors name the address, not the source:
 * the caller says which source and what it was reading.
 */
export function navAuthorizedGet(
  tokenUrl: string | undefined,
  configured: string | undefined,
  limits: FetchDocumentOptions,
): NavGet {
  let token = configured;

  async function publicToken(signal: AbortSignal | undefined): Promise<string> {
    if (!tokenUrl) throw new Error('no token configured');
    const doc = await fetchDocument(tokenUrl, { ...limits, accept: 'text/plain', signal }).catch((err: Error) => {
      throw new Error(`no token configured, and NAV's public token could not be read: ${err.message}`, {
        cause: err,
      });
    });
    const found = doc.status === 200 ? JWT.exec(doc.body)?.[0] : undefined;
    if (!found) throw new Error(`no token configured, and ${tokenUrl} holds no token (expected a JWT)`);
    return found;
  }

  const once = (url: string, used: string, options: FetchDocumentOptions) =>
    fetchDocument(url, { ...limits, ...options, headers: { ...options.headers, authorization: `Bearer ${used}` } });

  return async (url, options = {}) => {
    token ??= await publicToken(options.signal);
    const used = token;
    try {
      return await once(url, used, options);
    } catch (err) {
      if (!(err instanceof FetchDocumentError) || err.status !== 401) throw err;
      if (!configured) {
        // The public token may have been replaced since it was read: read it again, once.
        token = await publicToken(options.signal);
        if (token !== used) {
          try {
            return await once(url, token, options);
          } catch (again) {
            if (!(again instanceof FetchDocumentError) || again.status !== 401) throw again;
          }
        }
        throw new Error(
          `HTTP 401 from ${url}: the feed refused NAV's public token; set "token" to a token of your own`,
          { cause: err },
        );
      }
      throw new Error(`HTTP 401 from ${url}: the feed refused the configured "token"`, { cause: err });
    }
  };
}
