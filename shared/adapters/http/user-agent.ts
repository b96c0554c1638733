/** Where a site operator can read who is fetching: the project's page unless a deployment names its own. */
const DEFAULT_INFO_URL = 'https://example.org/jobalert';

/** The User-Agent every fetch sends: names the product and a page about it, e.g. `jobalert/0.1 (+https://jobs.example.com)`. */
export function userAgent(infoUrl: string = DEFAULT_INFO_URL): string {
  return `jobalert/0.1 (+${infoUrl})`;
}

/** The User-Agent when none is passed: `JOBALERT_USER_AGENT` if set, else `userAgent()`. */
export function defaultUserAgent(): string {
  return process.env.JOBALERT_USER_AGENT?.trim() || userAgent();
}
