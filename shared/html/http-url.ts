/**
 * The URL normalized if it is an absolute http(s) URL, else null. Only such URLs may become a
 * link: `javascript:`, `data:` and friends stay text.
 */
export function httpUrl(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
