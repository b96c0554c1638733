import type { RemotePolicy } from '../../posting/posting';

/**
 * A source's own workplace label as a remote hint: "Remote", "fully", "Anywhere in the World" and
 * "Worldwide" are remote, "hybrid" hybrid, "on-site" / "office" / "none" on-site; anything else
 * (a city, "temporary", "not remote") gives no hint.
 */
export function remoteHintFromLabel(label: string | undefined | null): RemotePolicy | undefined {
  const words = label
    ?.toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
  if (!words || /\b(no|not|non)\b/.test(words)) return undefined;
  if (/\bhybrid\b/.test(words)) return 'hybrid';
  if (/\b(remote|fully|telecommute|anywhere|worldwide)\b/.test(words)) return 'remote';
  if (/^(on site|onsite|in office|office|office based|none)$/.test(words)) return 'onsite';
  return undefined;
}
