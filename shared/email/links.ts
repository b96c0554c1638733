import { signToken } from '../tokens/tokens';

/** What a link is made of: the site it points into and the key its token is signed with. */
export type LinkSettings = { siteUrl: string; tokenKey: string };

/** The page (GET) and one-click target (POST) that unsubscribes; valid forever. */
export function unsubscribeUrl(settings: LinkSettings, subscriberId: string): string {
  const token = signToken(settings.tokenKey, { purpose: 'unsubscribe', subscriberId });
  return new URL(`/unsubscribe?token=${encodeURIComponent(token)}`, settings.siteUrl).toString();
}

/** The double opt-in link of one sign-up request (`signupId`); valid 7 days from `now`. */
export function confirmUrl(settings: LinkSettings, subscriberId: string, now: Date, signupId?: string): string {
  const token = signToken(settings.tokenKey, { purpose: 'confirm', subscriberId, signupId }, now);
  return new URL(`/confirm?token=${encodeURIComponent(token)}`, settings.siteUrl).toString();
}

/** The preference centre (edit, pause, unsubscribe, erase); valid forever, like unsubscribe. */
export function preferencesUrl(settings: LinkSettings, subscriberId: string): string {
  const token = signToken(settings.tokenKey, { purpose: 'manage', subscriberId });
  return new URL(`/preferences?token=${encodeURIComponent(token)}`, settings.siteUrl).toString();
}

/** The "not relevant" link of one job in one subscriber's digest; valid forever. */
export function notRelevantUrl(settings: LinkSettings, subscriberId: string, postingId: string): string {
  const token = signToken(settings.tokenKey, { purpose: 'not-relevant', subscriberId, postingId });
  return new URL(`/not-relevant?token=${encodeURIComponent(token)}`, settings.siteUrl).toString();
}
