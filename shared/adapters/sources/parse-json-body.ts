/**
 * A fetched body as JSON; throws `<label>: expected <what>, got …` for an HTML page (an error or
 * login page served with 200), an empty body or invalid JSON.
 */
export function parseJsonBody(label: string, url: string, body: string, contentType: string, what: string): unknown {
  const got = (detail: string) => new Error(`${label}: expected ${what}, got ${detail} from ${url}`);
  const start = body.trimStart();
  if (/html/i.test(contentType) || start.startsWith('<'))
    throw got(`an HTML page (${contentType || 'no content type'})`);
  if (!start) throw got('an empty body');
  try {
    return JSON.parse(body);
  } catch (err) {
    throw got(`invalid JSON (${(err as Error).message})`);
  }
}

/** What a JSON value is, for an error message: `null`, `an array`, `an object`, `a string`. */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
