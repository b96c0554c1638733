import { signToken } from '../tokens/tokens';

/** What a link is made of: the site it points into and the key its token is signed with. */
export type LinkSettings = { siteUrl: string; tokenKey: string };

/**
 * A page of the site: `siteUrl` may have a path (`https://example.org/jobs`), which every link
 * keeps (`https://example.org/jobs/unsubscribe?…`), with or without its trailing slash.
 */
export function siteLink(siteUrl: string, page: string): string {
  return new URL(page, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}

/** The page (GET) and one-click target (POST) that unsubscribes; valid forever. */
export function unsubscribeUrl(settings: LinkSettings, subscriberId: string): string {
  const token = signToken(settings.tokenKey, { purpose: 'unsubscribe', subscriberId });
  return siteLink(settings.siteUrl, `unsubscribe?token=${encodeURIComponent(token)}`);
}

/** The double opt-in link of one sign-up request (`signupId`); valid 7 days from `now`. */
export function confirmUrl(settings: LinkSettings, subscriberId: string, now: Date, signupId?: string): string {
  const token = signToken(settings.tokenKey, { purpose: 'confirm', subscriberId, signupId }, now);
  return siteLink(settings.siteUrl, `confirm?token=${encodeURIComponent(token)}`);
}

/** The preference centre (edit, pause, unsubscribe, erase); valid forever, like unsubscribe. */
export function preferencesUrl(settings: LinkSettings, subscriberId: string): string {
  const token = signToken(settings.tokenKey, { purpose: 'manage', subscriberId });
  return siteLink(settings.siteUrl, `preferences?token=${encodeURIComponent(token)}`);
}

/** The "not relevant" link of one job in one subscriber's digest; valid forever. */
export function notRelevantUrl(settings: LinkSettings, subscriberId: string, postingId: string): string {
  const token = signToken(settings.tokenKey, { purpose: 'not-relevant', subscriberId, postingId });
  return siteLink(settings.siteUrl, `not-relevant?token=${encodeURIComponent(token)}`);
}
