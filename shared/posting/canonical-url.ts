/**
 * Query parameters that only say how a visitor arrived (campaign tags, click ids, referrers),
 * never which job a page shows. Compared in lower case; `utm_*` is matched as a prefix.
 */
const trackingParams = new Set([
  'gclid',
  'gbraid',
  'wbraid',
  'dclid',
  'fbclid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'ref',
  'ref_src',
  'referer',
  'referrer',
  'source',
  'src',
  'trk',
  'trackingid',
  'lever-source',
  'lever-origin',
  'gh_src',
]);

const isTracking = (name: string) => {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || trackingParams.has(lower);
};

/**
 * The address that names a job, whatever link led to it: http(s) folded to https, host in lower
 * case (URL does that), default port, fragment and tracking parameters dropped, the rest sorted,
 * trailing slashes trimmed. Undefined for a value that is not an http(s) URL.
 */
export function canonicalUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.protocol = 'https:';
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  url.search = new URLSearchParams(kept).toString();
  let path = url.pathname;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  url.pathname = path;
  const out = url.toString();
  // A bare origin keeps URL's own "/" path; drop it so "https://a.example" and "…/" agree.
  return url.pathname === '/' && !url.search ? out.slice(0, -1) : out;
}
