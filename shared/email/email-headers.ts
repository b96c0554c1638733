export interface EmailHeader {
  name: string;
  value: string;
}

/**
 * A header value with CR, LF and every other control character replaced by a space, runs of
 * white space collapsed and ends trimmed. Posting text is untrusted (invariant 5): a newline in
 * a title must never start a new header.
 */
export function headerSafe(value: string): string {
  // \p{Cc} is C0, DEL and C1; U+2028 / U+2029 are the Unicode line and paragraph separators.
  return value
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export class UnsubscribeUrlError extends Error {
  readonly code = 'email.unsubscribe-url';
  constructor(value: string) {
    super(`the unsubscribe URL must be an https URL (http only on loopback), got ${JSON.stringify(value)}`);
    this.name = 'UnsubscribeUrlError';
  }
}

/**
 * The RFC 2369 / RFC 8058 headers every email carries (invariant 2): `List-Unsubscribe` with the
 * https URL (and an optional mailto) and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
 */
export function listUnsubscribeHeaders(unsubscribeUrl: string, mailto?: string): EmailHeader[] {
  const url = oneClickUrl(unsubscribeUrl);
  const targets = [`<${url}>`];
  if (mailto)
    targets.push(
      `<mailto:${headerSafe(mailto)
        .replace(/^mailto:/i, '')
        .replace(/[<>,\s]/g, '')}>`,
    );
  return [
    { name: 'List-Unsubscribe', value: targets.join(', ') },
    { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
  ];
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

function oneClickUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UnsubscribeUrlError(value);
  }
  // RFC 8058 asks for https; plain http is allowed only for the local runtime on loopback.
  const ok = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  if (!ok) throw new UnsubscribeUrlError(value);
  // URL serialization percent-encodes spaces, < and >, so the value cannot break out of its brackets.
  return url.href;
}
